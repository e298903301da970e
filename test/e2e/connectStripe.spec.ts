import { expect, test } from '@playwright/test';
import {
  goToStripe,
  openConnections,
  rowsNamed,
  signInAtStripe,
  successAnnouncement,
  successBanner,
} from './support/demo';

test('an admin connects Stripe through Stripe’s pages and finds the new source in the table', async ({ page }) => {
  const table = await openConnections(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Manage Data' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Connections' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(0);
  // As the product places it: on the right, above the Data Sources table.
  const add = await page.getByRole('button', { name: 'Add a Data Source' }).boundingBox();
  // The table's frame scrolls sideways only in a narrow space: on a desktop the whole table,
  // a source needing re-authorization included, fits in it.
  const tableAt = await table.locator('xpath=..').boundingBox();
  const tableSize = await table.boundingBox();
  expect(add && tableAt && tableSize).toBeTruthy();
  expect(tableSize!.width).toBeLessThanOrEqual(tableAt!.width);
  expect(add!.y + add!.height).toBeLessThanOrEqual(tableAt!.y);
  expect(Math.abs(add!.x + add!.width - (tableAt!.x + tableAt!.width))).toBeLessThanOrEqual(2);

  const demoOrigin = new URL(page.url()).origin;

  await goToStripe(page);
  // Stripe's pages are on another origin; the widget followed the URL the backend handed it.
  expect(new URL(page.url()).origin).not.toBe(demoOrigin);
  expect(new URL(page.url()).pathname).toBe('/oauth/authorize');

  await signInAtStripe(page);

  await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
  // Said by the live region the widget had on the page before it came back to it.
  await expect(successAnnouncement(page)).toHaveText('Connection successful! Stripe was added to your data sources.');
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  // "At the top of the screen": above the Add button and the table.
  const bannerBox = await successBanner(page).boundingBox();
  const tableBox = await table.boundingBox();
  expect(bannerBox && tableBox && bannerBox.y < tableBox.y).toBe(true);
  await expect(page).toHaveURL((url) => url.pathname === '/admin/connections' && url.search === '');

  await page.reload();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  await expect(page.getByText('Connection successful!')).toHaveCount(0);
});

test('the banner can be dismissed, and focus goes to the page heading', async ({ page }) => {
  await openConnections(page);
  await goToStripe(page);
  await signInAtStripe(page);
  await expect(successBanner(page)).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Connection successful!')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Connections' })).toBeFocused();
});
