import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { openConnections } from './support/demo';
import { choosePopupMode, openStripeWindow } from './support/popup';

// axe is injected as an inline script, which the demo's Content-Security-Policy rightly refuses.
test.use({ bypassCSP: true });

test('the Stripe page while Stripe’s window is open passes axe', async ({ page }) => {
  await openConnections(page);
  await choosePopupMode(page);
  await openStripeWindow(page);
  await expect(page.getByText('The sign-in page is open in another window.')).toBeVisible();
  await expectNoAxeViolations(page, 'the Stripe page while Stripe’s window is open');
});

test('the Stripe page after a blocked window passes axe', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openConnections(page);
  await choosePopupMode(page);
  await page.getByRole('button', { name: 'Add a Data Source' }).click();
  await page.getByRole('button', { name: 'Stripe', exact: true }).click();
  await page.getByRole('button', { name: 'Connect with Stripe' }).click();
  await expect(page.getByRole('button', { name: 'Continue in this tab' })).toBeVisible();
  await expectNoAxeViolations(page, 'the Stripe page after a blocked window');
});

test('the Two widgets page passes axe', async ({ page }) => {
  await page.goto('/admin/two-widgets');
  await expect(page.getByRole('table', { name: 'Data Sources' })).toHaveCount(2);
  await expectNoAxeViolations(page, 'the Two widgets page');
});
