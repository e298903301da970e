import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { chooseSetting, goToStripe, openConnections, signInAtStripe, successBanner, wording } from './support/demo';

// The stand-in's Content-Security-Policy forbids inline scripts, axe's included.
test.use({ bypassCSP: true });

for (const theme of ['Light', 'Dark']) {
  test(`every page of the widget passes axe in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    await openConnections(page);
    await chooseSetting(page, 'Theme', theme);
    await expectNoAxeViolations(page, 'the Connections page');

    await page.getByRole('button', { name: 'Delete MySQL' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete MySQL?' })).toBeVisible();
    await expectNoAxeViolations(page, 'the delete confirmation');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Add a Data Source' }).click();
    await expect(page.getByRole('button', { name: 'Stripe', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the picker');

    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('no such thing');
    await expect(page.getByText('No integration matches “no such thing”.')).toBeVisible();
    await expectNoAxeViolations(page, 'the picker without results');
    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('');

    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Connect with Stripe' })).toBeVisible();
    await expectNoAxeViolations(page, 'the Stripe authorization page');

    await page.getByRole('button', { name: 'Connect with Stripe' }).click();
    await page.getByRole('button', { name: 'Deny access' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'the callback after Deny access (an error alert)');

    await page.getByRole('link', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Connect with Stripe' }).click();
    await signInAtStripe(page);
    await expect(successBanner(page)).toBeVisible();
    await expectNoAxeViolations(page, 'the Connections page with the success banner');
  });
}

test('the Stripe stand-in’s pages pass axe', async ({ page }) => {
  await openConnections(page);
  await goToStripe(page);
  await expectNoAxeViolations(page, 'the stand-in’s access request page');

  await page.getByRole('button', { name: 'Sign in with Stripe to Continue' }).click();
  await expect(page.getByRole('button', { name: 'Sign in to your account' })).toBeVisible();
  await expectNoAxeViolations(page, 'the stand-in’s sign-in page');

  await page.getByRole('textbox', { name: 'Email' }).fill('admin@example.com');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in to your account' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'the stand-in’s sign-in page with its error');
});

test('the non-admin notice, a forged callback and the Portuguese pages pass axe', async ({ page }) => {
  await openConnections(page);
  await page.goto('/admin/connections/callback?code=ac_madeUp&state=madeUp');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'the callback with a forged answer');

  await page.getByRole('link', { name: 'Back to Connections' }).click();
  await chooseSetting(page, 'Role', 'Standard');
  await expect(page.getByText('Requires Administrator permissions').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the non-admin notice');

  await chooseSetting(page, 'Role', 'Admin');
  await chooseSetting(page, 'Language', 'Português (Brasil)');
  await expect(
    page.getByRole('table', { name: wording['pt-BR'].dataSources }).getByRole('rowheader').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the Connections page in Portuguese');
  await page.getByRole('button', { name: wording['pt-BR'].add }).click();
  await expect(page.getByRole('button', { name: 'Stripe', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the picker in Portuguese');
});
