import { expect, test, type Locator, type Page } from '@playwright/test';
import { openConnections, rowsNamed, wording } from './support/demo';

/** Whether the dialog was opened with showModal(): in the top layer, the rest of the page inert. */
function isModal(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((element) => element instanceof HTMLDialogElement && element.matches(':modal'));
}

/** Where focus is: in the dialog, on an element of the page behind it, or on none (the browser's own controls). */
function focusPlace(dialog: Locator): Promise<'dialog' | 'page' | 'none'> {
  return dialog.evaluate((element) => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'none';
    return element.contains(focused) ? 'dialog' : 'page';
  });
}

/** A real press at the middle of `target`, wherever it is painted: unlike click(), no checks first. */
async function pressAt(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The target is not on the page.');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

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

test('the confirmation is modal: the page behind it takes no click and no Tab, and Escape closes it', async ({
  page,
}) => {
  await openConnections(page);
  const trigger = page.getByRole('button', { name: 'Delete Push API' });
  const add = page.getByRole('button', { name: wording.en.add });

  await trigger.click();
  const dialog = page.getByRole('dialog', { name: 'Delete Push API?' });
  expect(await isModal(dialog)).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  // Add a Data Source is painted under the backdrop: the press lands on the dialog, which stays.
  await pressAt(page, add);
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('heading', { name: wording.en.add })).toHaveCount(0);
  expect(await focusPlace(dialog)).toBe('dialog');

  // Past either end of the dialog, Tab leaves for the browser's controls, then comes back in.
  const stops: string[] = [];
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    stops.push(await focusPlace(dialog));
  }
  expect(stops).toContain('dialog');
  expect(stops).not.toContain('page');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test('while the deletion is out Escape does nothing, however often; then the row goes and focus moves to the title', async ({
  page,
}) => {
  const table = await openConnections(page);
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  await page.route(
    (url) => url.pathname.includes('/data-sources/'),
    async (route) => {
      if (route.request().method() === 'DELETE') await answered;
      await route.fallback();
    },
  );

  await page.getByRole('button', { name: 'Delete Push API' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Push API?' });
  await dialog.getByRole('button', { name: 'Delete data source' }).click();
  await expect(dialog.getByRole('button', { name: 'Deleting…' })).toBeFocused();

  // Chromium honours a refused Escape once per user activation: the second one closes the dialog
  // regardless, and the widget has to open it again.
  for (let press = 0; press < 3; press++) {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    expect(await isModal(dialog), `modal after Escape ${press + 1}`).toBe(true);
  }

  answer();
  await expect(dialog).toHaveCount(0);
  await expect(rowsNamed(table, 'Push API')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: wording.en.dataSources })).toBeFocused();
});

test('confirming deletes the source, for good', async ({ page }) => {
  const table = await openConnections(page);

  await page.getByRole('button', { name: 'Delete Push API' }).click();
  await page
    .getByRole('dialog', { name: 'Delete Push API?' })
    .getByRole('button', { name: 'Delete data source' })
    .click();

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rowsNamed(table, 'Push API')).toHaveCount(0);
  await expect(page.getByText('Push API was deleted.')).toBeVisible();
  await expect(rowsNamed(table, 'MySQL')).toHaveCount(1);

  await page.reload();
  await expect(rowsNamed(table, 'MySQL')).toHaveCount(1);
  await expect(rowsNamed(table, 'Push API')).toHaveCount(0);
});
