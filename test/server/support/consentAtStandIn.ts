import { standInAccount } from '../../../server/standin/demoCredentials';
import type { ProviderRedirect } from '../../contract/connectionsApiContract';
import { readRedirect } from './readRedirect';
import { submitForm } from './submitForm';

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
