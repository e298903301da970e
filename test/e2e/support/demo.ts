import { expect, type Locator, type Page } from '@playwright/test';

/** The stand-in's one Stripe account, as its sign-in page shows it. */
export const stripeDemoAccount = { email: 'admin@example.com', password: 'stripe-demo' } as const;

/** What the widget says, in the words a user reads (written out here, not taken from the catalogs). */
export const wording = {
  en: {
    connections: 'Connections',
    dataSources: 'Data Sources',
    add: 'Add a Data Source',
    connect: 'Connect with Stripe',
    success: 'Connection successful!',
  },
  'pt-BR': {
    connections: 'Conexões',
    dataSources: 'Fontes de dados',
    add: 'Adicionar uma fonte de dados',
    connect: 'Conectar com o Stripe',
    success: 'Conexão bem-sucedida!',
  },
} as const;

export type Wording = (typeof wording)[keyof typeof wording];

export function dataSourcesTable(page: Page, words: Wording = wording.en): Locator {
  return page.getByRole('table', { name: words.dataSources });
}

/** The rows whose Name is exactly `name`. */
export function rowsNamed(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
}

/** The success banner: a region named by its title. */
export function successBanner(page: Page, words: Wording = wording.en): Locator {
  return page.getByRole('region', { name: words.success });
}

/** The widget's polite live region, once it says the connection succeeded. */
export function successAnnouncement(page: Page, words: Wording = wording.en): Locator {
  return page.getByRole('status').filter({ hasText: words.success });
}

/** Opens the demo at its root, as a first-time visitor, and waits for the loaded table. */
export async function openConnections(page: Page, words: Wording = wording.en): Promise<Locator> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/admin\/connections$/);
  const table = dataSourcesTable(page, words);
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  return table;
}

/** From the Connections page to the stand-in's access request page: Add a Data Source → Stripe → Connect. */
export async function goToStripe(page: Page, words: Wording = wording.en): Promise<void> {
  await page.getByRole('button', { name: words.add }).click();
  await page.getByRole('button', { name: 'Stripe', exact: true }).click();
  await page.getByRole('button', { name: words.connect }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
}

/** At the stand-in: continue, then sign in (with the demo password unless told otherwise). */
export async function signInAtStripe(page: Page, password: string = stripeDemoAccount.password): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Stripe to Continue' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill(stripeDemoAccount.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in to your account' }).click();
}

/** Picks `option` in the demo header's select labelled `label`. */
export async function chooseSetting(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('banner').getByRole('combobox', { name: label }).selectOption({ label: option });
}

/** The address the stand-in sends the browser back to next: resolves with its URL. */
export function nextCallbackUrl(page: Page): Promise<string> {
  return page
    .waitForRequest(
      (request) => request.isNavigationRequest() && new URL(request.url()).pathname === '/admin/connections/callback',
    )
    .then((request) => request.url());
}
