import { expect, test } from '@playwright/test';
import { goToStripe, nextCallbackUrl, openConnections, rowsNamed, signInAtStripe, successBanner } from './support/demo';

test('opening the successful callback address again adds no second source and shows no error', async ({ page }) => {
  const table = await openConnections(page);
  await goToStripe(page);
  const callbackUrl = nextCallbackUrl(page);
  await signInAtStripe(page);
  await expect(successBanner(page)).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);

  await page.goto(await callbackUrl);

  await expect(page).toHaveURL((url) => url.pathname === '/admin/connections' && url.search === '');
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Connection successful!')).toHaveCount(0);
});

test('the same answer replayed in another tab is refused, and connects nothing', async ({ page, context }) => {
  const table = await openConnections(page);
  await goToStripe(page);
  const callbackUrl = nextCallbackUrl(page);
  await signInAtStripe(page);
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);

  // Same session (cookie), but a tab that never started this connection.
  const otherTab = await context.newPage();
  await otherTab.goto(await callbackUrl);
  await expect(otherTab.getByRole('alert')).toContainText('does not match a connection started in this browser');
  await otherTab.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  await expect(rowsNamed(otherTab.getByRole('table', { name: 'Data Sources' }), 'Stripe')).toHaveCount(1);
});
