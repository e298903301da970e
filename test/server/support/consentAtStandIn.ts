import { standInAccount } from '../../../server/standin/demoCredentials';
import type { ProviderRedirect } from '../../contract/connectionsApiContract';
import { submitForm } from './submitForm';

function readRedirect(response: Response): ProviderRedirect {
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Expected a redirect back, got ${response.status}.`);
  const query = new URL(location).searchParams;
  const answer: ProviderRedirect = { state: query.get('state') ?? '' };
  for (const [name, key] of [
    ['code', 'code'],
    ['error', 'error'],
    ['error_description', 'errorDescription'],
  ] as const) {
    const value = query.get(name);
    if (value !== null) answer[key] = value;
  }
  return answer;
}

/**
 * What the user does at the stand-in, over HTTP: opens the authorization URL, then either denies
 * access, or continues and signs in with the demo account; answers the redirect's query.
 */
export async function consentAtStandIn(
  authorizationUrl: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<ProviderRedirect> {
  const accessPage = await fetch(authorizationUrl, { redirect: 'manual' });
  if (decision === 'deny') return readRedirect(await submitForm(accessPage, 'Deny access'));
  const signIn = await submitForm(accessPage, 'Sign in with Stripe to Continue');
  return readRedirect(await submitForm(signIn, 'Sign in to your account', { ...standInAccount }));
}
