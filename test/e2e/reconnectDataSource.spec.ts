import { expect, test } from '@playwright/test';
import { staleStripeSource } from '../../scripts/staleStripeSource';
import { openConnections, rowsNamed, signInAtStripe, successBanner } from './support/demo';

const { name } = staleStripeSource;

test('Reconnect re-authorizes a source whose access was revoked, without adding another', async ({ page }) => {
  const table = await openConnections(page);
  const rowsBefore = await table.getByRole('row').count();
  await expect(rowsNamed(table, name)).toContainText('Needs re-authorization');

  await page.getByRole('button', { name: `Reconnect ${name}` }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
  await signInAtStripe(page);

  await expect(successBanner(page)).toContainText(`${name} was re-authorized.`);
  await expect(table.getByRole('row')).toHaveCount(rowsBefore);
  await expect(rowsNamed(table, name)).not.toContainText('Needs re-authorization');
  await expect(page.getByRole('button', { name: `Reconnect ${name}` })).toHaveCount(0);
});
