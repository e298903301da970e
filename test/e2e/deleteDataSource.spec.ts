import { expect, test } from '@playwright/test';
import { openConnections, rowsNamed } from './support/demo';

test('deleting a source asks for confirmation first, and Cancel keeps it', async ({ page }) => {
  const table = await openConnections(page);

  await page.getByRole('button', { name: 'Delete Push API' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Push API?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete Push API' })).toBeFocused();
  await expect(rowsNamed(table, 'Push API')).toHaveCount(1);
});

test('confirming deletes the source, for good', async ({ page }) => {
  const table = await openConnections(page);

  await page.getByRole('button', { name: 'Delete Push API' }).click();
  await page.getByRole('dialog', { name: 'Delete Push API?' }).getByRole('button', { name: 'Delete data source' }).click();

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rowsNamed(table, 'Push API')).toHaveCount(0);
  await expect(page.getByText('Push API was deleted.')).toBeVisible();
  await expect(rowsNamed(table, 'MySQL')).toHaveCount(1);

  await page.reload();
  await expect(rowsNamed(table, 'MySQL')).toHaveCount(1);
  await expect(rowsNamed(table, 'Push API')).toHaveCount(0);
});
