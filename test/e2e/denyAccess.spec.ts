import { expect, test } from '@playwright/test';
import { dataSourcesTable, goToStripe, openConnections, rowsNamed } from './support/demo';

test('denying access at Stripe brings a clear alert back and adds nothing', async ({ page }) => {
  const table = await openConnections(page);
  const rowsBefore = await table.getByRole('row').count();
  await goToStripe(page);

  await page.getByRole('button', { name: 'Deny access' }).click();

  await expect(page.getByRole('heading', { name: 'The connection was not completed' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Access was not granted, so no data source was added.');
  // The answer left the address bar as soon as it was read.
  await expect(page).toHaveURL((url) => url.pathname === '/admin/connections/callback' && url.search === '');

  // A reload says the same, not "does not match a connection started in this browser".
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('Access was not granted, so no data source was added.');

  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(dataSourcesTable(page).getByRole('rowheader').first()).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(rowsBefore);
});

test('after a denial, Start again leads back to Connect with Stripe', async ({ page }) => {
  await openConnections(page);
  await goToStripe(page);
  await page.getByRole('button', { name: 'Deny access' }).click();

  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.getByRole('button', { name: 'Connect with Stripe' })).toBeVisible();
});
