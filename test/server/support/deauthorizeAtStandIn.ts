import { standInClientId, standInSecretKey } from '../../../server/standin/demoCredentials';

/**
 * Asks the stand-in, as the platform, to disconnect `stripeUserId`: 200 if it was still connected,
 * 401 if not. A test's way to see whether the backend left an account connected.
 */
export async function deauthorizeAtStandIn(standInUrl: string, stripeUserId: string): Promise<number> {
  const response = await fetch(`${standInUrl}/oauth/deauthorize`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${standInSecretKey}:`).toString('base64')}`,
    },
    body: new URLSearchParams({ client_id: standInClientId, stripe_user_id: stripeUserId }),
  });
  return response.status;
}
