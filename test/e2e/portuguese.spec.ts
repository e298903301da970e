import { expect, test } from '@playwright/test';
import {
  chooseSetting,
  goToStripe,
  openConnections,
  rowsNamed,
  signInAtStripe,
  successBanner,
  wording,
} from './support/demo';

const pt = wording['pt-BR'];

test('in Português (Brasil) the whole flow reads in Portuguese, through to "Conexão bem-sucedida!"', async ({
  page,
}) => {
  await openConnections(page);
  await chooseSetting(page, 'Language', 'Português (Brasil)');

  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('heading', { level: 1, name: 'Gerenciar dados' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: pt.connections })).toBeVisible();
  const table = page.getByRole('table', { name: pt.dataSources });
  await expect(table.getByRole('columnheader', { name: 'Nome' })).toBeVisible();

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');

  await goToStripe(page, pt);
  await signInAtStripe(page);

  await expect(successBanner(page, pt)).toBeVisible();
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
});

test('a non-admin reads the notice in Portuguese', async ({ page }) => {
  await openConnections(page);
  await chooseSetting(page, 'Language', 'Português (Brasil)');
  await chooseSetting(page, 'Perfil', 'Somente leitura');

  await expect(page.getByText('Requer permissões de administrador').first()).toBeVisible();
});
