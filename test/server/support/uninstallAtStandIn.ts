import { submitForm } from './submitForm';

/**
 * What the account's user does on the stand-in's installs page, over HTTP: opens it and presses
 * **Uninstall from `account`**. Answers the stand-in's answer (303 back to the page once done).
 */
export async function uninstallAtStandIn(standInUrl: string, account: string): Promise<Response> {
  const page = await fetch(`${standInUrl}/apps/installs`);
  return submitForm(page, `Uninstall from ${account}`);
}
