import { expect, test } from '@playwright/test';
import { openConnections, rowsNamed, successBanner, wording } from './support/demo';

// Runs against the demo started with `--stripe-mode apps` (playwright.config.ts): Connect with
// Stripe leads to the stand-in's Stripe App install link instead of Connect's sign-in.

test('an admin installs the Stripe App through its install link, is told the connection succeeded, and sees an uninstall from Stripe’s side', async ({
  page,
}) => {
  const table = await openConnections(page);
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(0);

  await page.getByRole('button', { name: wording.en.add }).click();
  await page.getByRole('button', { name: 'Stripe', exact: true }).click();
  await page.getByRole('button', { name: wording.en.connect }).click();

  // The install page: which account, what the app may read, Install or Cancel.
  await expect(page.getByRole('heading', { level: 1, name: 'Install Connections widget demo' })).toBeVisible();
  const standIn = new URL(page.url());
  expect(standIn.pathname).toBe('/oauth/v2/authorize');
  await expect(page.getByRole('listitem').filter({ hasText: 'invoice_read' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const europe = page.getByRole('radio', { name: /Demo Store Europe/ });
  await europe.check();
  const account = (await europe.getAttribute('value')) ?? '';
  expect(account).toMatch(/^acct_/);
  await page.getByRole('button', { name: 'Install' }).click();

  await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
  const row = rowsNamed(table, 'Stripe');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(account);

  // Stripe's side: the account uninstalls the app; the stand-in sends the signed event.
  await page.goto(`${standIn.origin}/apps/installs`);
  await page.getByRole('button', { name: `Uninstall from ${account}` }).click();
  await expect(page.getByRole('button', { name: `Uninstall from ${account}` })).toHaveCount(0);

  await openConnections(page);
  await expect(row).toContainText('Needs re-authorization');
  await page.getByRole('button', { name: 'Reconnect Stripe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Install Connections widget demo' })).toBeVisible();
  await page.getByRole('radio', { name: /Demo Store Europe/ }).check();
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(successBanner(page)).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  await expect(rowsNamed(table, 'Stripe')).not.toContainText('Needs re-authorization');
});
