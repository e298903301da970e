import type { ProviderRedirect } from '../../contract/connectionsApiContract';
import { readRedirect } from './readRedirect';
import { submitForm } from './submitForm';

/**
 * What the user does on a Stripe App's install page at the stand-in, over HTTP: opens the install
 * link, then installs the app on `account` (by default the one the page has checked, the first)
 * or cancels.
 */
export async function installAtStandIn(
  installUrl: string,
  decision: 'install' | 'cancel' = 'install',
  account?: string,
): Promise<ProviderRedirect> {
  const page = await fetch(installUrl, { redirect: 'manual' });
  if (decision === 'cancel') return readRedirect(await submitForm(page, 'Cancel'));
  const checked = /name="account" value="([^"]+)" checked/.exec(await page.clone().text())?.[1] ?? '';
  return readRedirect(await submitForm(page, 'Install', { account: account ?? checked }));
}
