import { expect, test } from '@playwright/test';
import {
  dataSourcesTable,
  goToStripe,
  nextCallbackUrl,
  openConnections,
  rowsNamed,
  signInAtStripe,
} from './support/demo';

test('a made-up code and state are refused with a clear alert, and nothing is added', async ({ page }) => {
  const table = await openConnections(page);
  const rowsBefore = await table.getByRole('row').count();

  await page.goto('/admin/connections/callback?code=ac_madeUpCode123&scope=read_only&state=madeUpState456');

  await expect(page.getByRole('heading', { name: 'The connection was not completed' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'This authorization answer does not match a connection started in this browser, so it was ignored. No data source was added.',
  );
  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(dataSourcesTable(page).getByRole('rowheader').first()).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(rowsBefore);
});

test('a made-up code with the state of a real pending connection is refused by the backend', async ({ page }) => {
  const table = await openConnections(page);
  await goToStripe(page);
  const state = new URL(page.url()).searchParams.get('state');
  expect(state).toBeTruthy();

  await page.goto(`/admin/connections/callback?code=ac_forged000&scope=read_only&state=${state}`);

  await expect(page.getByRole('alert')).toHaveText(
    'The authorization code was refused: it expired or was already used. Start the connection again.',
  );
  await expect(page).toHaveURL((url) => url.search === '');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'The authorization code was refused: it expired or was already used. Start the connection again.',
  );
  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(0);
});

test('another admin’s answer from Stripe, slipped into this browser, connects nothing', async ({ page, browser }) => {
  // The attacker's browser runs the flow and keeps the answer instead of delivering it.
  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  await openConnections(attackerPage);
  await goToStripe(attackerPage);
  await attackerPage.route('**/admin/connections/callback?**', (route) => route.abort());
  const stolenAnswer = nextCallbackUrl(attackerPage);
  await signInAtStripe(attackerPage);
  const callbackUrl = await stolenAnswer;
  await attacker.close();

  const table = await openConnections(page);
  await page.goto(callbackUrl);

  await expect(page.getByRole('alert')).toContainText('does not match a connection started in this browser');
  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(0);
});
