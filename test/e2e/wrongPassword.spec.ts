import { expect, test } from '@playwright/test';
import {
  goToStripe,
  openConnections,
  rowsNamed,
  signInAtStripe,
  stripeDemoAccount,
  successBanner,
} from './support/demo';

test('a wrong password is refused at Stripe, and the right one then connects', async ({ page }) => {
  const table = await openConnections(page);
  await goToStripe(page);
  const standInOrigin = new URL(page.url()).origin;

  await signInAtStripe(page, 'not-the-password');

  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
  expect(new URL(page.url()).origin).toBe(standInOrigin);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(stripeDemoAccount.email);

  await page.getByLabel('Password').fill(stripeDemoAccount.password);
  await page.getByRole('button', { name: 'Sign in to your account' }).click();
  await expect(successBanner(page)).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
});
