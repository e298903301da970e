import { expect, test } from '@playwright/test';
import { openConnections, rowsNamed, signInAtStripe, successBanner } from './support/demo';
import { callbackResponse, choosePopupMode, openStripeWindow } from './support/popup';

test('in popup mode Stripe opens in a window, which closes, and the page that opened it shows the new source', async ({
  page,
}) => {
  const table = await openConnections(page);
  await choosePopupMode(page);
  const popup = await openStripeWindow(page);

  // The provider's page finds no window.opener, so it cannot send this tab elsewhere (reverse tabnabbing).
  expect(
    await popup.evaluate(() => {
      const opener = window.opener as Window | null;
      if (opener) opener.location.href = 'about:blank#tabnabbed';
      return opener === null;
    }),
  ).toBe(true);

  // The host's page stays where it was, and says where to go on.
  expect(new URL(popup.url()).pathname).toBe('/oauth/authorize');
  await expect(page).toHaveURL((url) => url.pathname === '/admin/connections/add/stripe');
  await expect(page.getByRole('button', { name: 'Show the Stripe window' })).toBeVisible();
  await expect(page.getByText('The sign-in page is open in another window.')).toBeVisible();

  const answered = callbackResponse(popup);
  const closed = popup.waitForEvent('close');
  await signInAtStripe(popup);
  await answered;
  await closed;

  await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  await expect(page).toHaveURL((url) => url.pathname === '/admin/connections' && url.search === '');
});

test('a denial in the window is told in the page that opened it, and adds nothing', async ({ page }) => {
  const table = await openConnections(page);
  const rowsBefore = await table.getByRole('row').count();
  await choosePopupMode(page);
  const popup = await openStripeWindow(page);

  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Deny access' }).click();
  await closed;

  await expect(page.getByRole('heading', { name: 'The connection was not completed' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Access was not granted, so no data source was added.');
  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(rowsBefore);
});

test('closing the window by hand brings the page back to Connect with Stripe, which opens a new one', async ({
  page,
}) => {
  await openConnections(page);
  await choosePopupMode(page);
  const popup = await openStripeWindow(page);
  const connect = page.getByRole('button', { name: 'Show the Stripe window' });
  await expect(connect).toBeFocused();

  await popup.close();

  const ready = page.getByRole('button', { name: 'Connect with Stripe' });
  await expect(ready).toBeVisible();
  await expect(ready).not.toHaveAttribute('aria-disabled');
  await expect(ready).toBeFocused();
  await expect(page.getByText('The sign-in page is open in another window.')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const reopened = page.waitForEvent('popup');
  await ready.click();
  await expect((await reopened).getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
});

test('a blocked window is explained, and Continue in this tab connects through Stripe in this tab', async ({
  page,
}) => {
  // What a popup blocker does to window.open.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const table = await openConnections(page);
  await choosePopupMode(page);
  await page.getByRole('button', { name: 'Add a Data Source' }).click();
  await page.getByRole('button', { name: 'Stripe', exact: true }).click();
  await page.getByRole('button', { name: 'Connect with Stripe' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your browser blocked the sign-in window.');
  await alert.getByRole('button', { name: 'Continue in this tab' }).click();

  await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
  await signInAtStripe(page);
  await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
});
