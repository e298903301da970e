import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataSourcesTable, openConnections, rowsNamed, stripeDemoAccount, successBanner } from './support/demo';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${maxPresses} presses`).toBeFocused();
}

test('the whole flow works with the keyboard alone', async ({ page }) => {
  const table = await openConnections(page);

  await tabTo(page, page.getByRole('button', { name: 'Add a Data Source' }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('searchbox', { name: 'Search integrations' }));
  await page.keyboard.type('stri');
  await tabTo(page, page.getByRole('button', { name: 'Stripe', exact: true }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: 'Connect with Stripe' }));
  await page.keyboard.press('Enter');

  // The stand-in's pages.
  await tabTo(page, page.getByRole('button', { name: 'Sign in with Stripe to Continue' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Email' }));
  await page.keyboard.type(stripeDemoAccount.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(stripeDemoAccount.password);
  await page.keyboard.press('Enter');

  await expect(successBanner(page)).toBeVisible();
  await expect(rowsNamed(dataSourcesTable(page), 'Stripe')).toHaveCount(1);
  await tabTo(page, page.getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Connection successful!')).toHaveCount(0);
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
});
