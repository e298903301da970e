import { expect, test, type Page } from '@playwright/test';
import { injectionPayloads, isMarkupPayload } from '../support/injectionPayloads';
import { dataSourcesTable, goToStripe, openConnections, stripeDemoAccount } from './support/demo';

declare global {
  interface Window {
    __pwned?: () => void;
    __pwnedCalls?: number;
  }
}

// Some hundred navigations per test, on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

/** The payloads that could run: in a real browser, each would call the sentinel or open a dialog. */
const markup = injectionPayloads.filter(isMarkupPayload);

/** What a parsed page keeps of a text: CR LF as LF, NUL dropped. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');

/**
 * Installs the sentinel in every document the page opens and records whatever ran: a call to
 * it, a dialog, an uncaught error, a console error (a page's CSP refusing an inline script says
 * so there). Failed loads are left out: the backend's 4xx answers are part of these flows.
 */
function watch(page: Page): () => Promise<void> {
  const ran: string[] = [];
  void page.addInitScript(() => {
    window.__pwnedCalls = 0;
    window.__pwned = () => {
      window.__pwnedCalls = (window.__pwnedCalls ?? 0) + 1;
    };
  });
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => ran.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      ran.push(`console: ${message.text()}`);
  });
  return async () => {
    ran.push(...Array.from({ length: await page.evaluate(() => window.__pwnedCalls ?? 0) }, () => 'window.__pwned()'));
    expect(ran).toEqual([]);
    await expectNothingInjected(page);
  };
}

async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => {
    const found = [
      ...document.querySelectorAll(
        'body script, body img, body iframe, body object, body embed, body style, body math',
      ),
    ].map((element) => element.localName);
    for (const svg of document.querySelectorAll('body svg'))
      if (!/^cw-/.test(svg.getAttribute('class') ?? '')) found.push('svg');
    for (const element of document.querySelectorAll('body *')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name) || (name === 'href' && /^\s*javascript:/i.test(value)))
          found.push(`${element.localName}[${name}]`);
      }
    }
    return found;
  });
  expect(injected).toEqual([]);
}

/** The stand-in's origin, as the demo sends the browser there. */
async function standInOrigin(page: Page): Promise<string> {
  await openConnections(page);
  await goToStripe(page);
  return new URL(page.url()).origin;
}

for (const field of ['client_id', 'redirect_uri'] as const) {
  test(`the stand-in shows a hostile ${field} as text, and runs nothing`, async ({ page }) => {
    const check = watch(page);
    const origin = await standInOrigin(page);
    for (const { text } of markup) {
      const value = field === 'client_id' ? text : `https://evil.example/${text}`;
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: 'ca_StandInDemoPlatform',
        scope: 'read_only',
        state: 's',
        [field]: value,
      });
      await page.goto(`${origin}/oauth/authorize?${query}`);
      expect(await page.locator('main').textContent()).toContain(`"${asParsed(value)}"`);
    }
    await check();
  });
}

test('the stand-in keeps a hostile email as the field’s value, and runs nothing', async ({ page }) => {
  const check = watch(page);
  await standInOrigin(page);
  await page.getByRole('button', { name: 'Sign in with Stripe to Continue' }).click();
  for (const { text } of markup.filter(({ text: candidate }) => !/[\r\n]/.test(candidate))) {
    await page.getByRole('textbox', { name: 'Email' }).fill(text);
    await page.getByLabel('Password').fill(`not-${stripeDemoAccount.password}`);
    // Past the browser's own check of the email field, as a hand-made request would be.
    await page.locator('form').evaluate((form: HTMLFormElement) => (form.noValidate = true));
    await page.getByRole('button', { name: 'Sign in to your account' }).click();
    await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
    expect(await page.getByRole('textbox', { name: 'Email' }).getAttribute('value')).toBe(asParsed(text).trim());
  }
  await check();
});

test('a hostile state goes through the stand-in and back to the callback as text, and runs nothing', async ({
  page,
}) => {
  const check = watch(page);
  const origin = await standInOrigin(page);
  const redirectUri = new URL('/admin/connections/callback', test.info().project.use.baseURL).href;
  for (const { text } of markup.slice(0, 10)) {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: 'ca_StandInDemoPlatform',
      scope: 'read_only',
      state: text,
      redirect_uri: redirectUri,
    });
    await page.goto(`${origin}/oauth/authorize?${query}`);
    await page.getByRole('button', { name: 'Deny access' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This authorization answer does not match a connection started in this browser, so it was ignored. No data source was added.',
    );
  }
  await check();
});

test('the callback route refuses a hostile code, state and error_description, showing none of them', async ({
  page,
}) => {
  const check = watch(page);
  await openConnections(page);
  for (const { text } of markup) {
    // One field at a time for the longest: three of them pass the server's limit on a request line.
    const long = text.length > 5_000;
    const query = new URLSearchParams({
      code: long ? 'ac_x' : text,
      state: text,
      error_description: long ? 'x' : text,
    });
    await page.goto(`/admin/connections/callback?${query}`);
    await expect(page.getByRole('alert')).toHaveText(
      'This authorization answer does not match a connection started in this browser, so it was ignored. No data source was added.',
    );
    await expect(page).toHaveURL((url) => url.search === '');
  }
  await check();
});

test('hostile names from the backend are text in the table, and each row keeps a visible Delete button', async ({
  page,
}) => {
  const check = watch(page);
  // The demo seeds no hostile names, so the list is answered here, within the contract's 500 characters.
  const names = injectionPayloads.map(({ text }) => [...text].slice(-500).join(''));
  // Any query: the widget asks for pages; answered as a backend from before paging, every row at once.
  await page.route(/\/api\/v1\/data-sources(\?.*)?$/, async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const dataSources = names.map((name, index) => ({
      id: `ds_hostile_${index}`,
      name,
      integrationId: 'mysql',
      connection: names[(index + 1) % names.length],
      status: index % 4 === 2 ? 'needs_reauthorization' : 'success',
      lastConnectionStartedAt: '2026-11-26T03:15:00.000Z',
      lastConnectionDurationSeconds: 42,
    }));
    await route.fulfill({ json: { dataSources } });
  });
  await page.goto('/');
  const table = dataSourcesTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', String(names.length + 1));
  const viewport = page.viewportSize()?.width ?? 0;
  // Only the rows near the box's viewport are drawn: scroll it through, reading each row as it comes.
  const seen = new Map<string, { name: string | null; deleteBox: DOMRect | undefined }>();
  for (let step = 0; step < 50 && seen.size < names.length; step += 1) {
    const rows = await table.locator('tbody tr[aria-rowindex]').evaluateAll((drawn) =>
      drawn.map((row) => ({
        index: row.getAttribute('aria-rowindex') ?? '',
        name: row.querySelector('th')?.textContent ?? null,
        deleteBox: [...row.querySelectorAll('button')]
          .find((button) => button.getAttribute('aria-label')?.startsWith('Delete '))
          ?.getBoundingClientRect()
          .toJSON() as DOMRect | undefined,
      })),
    );
    // A row is read once per step it is drawn in; the read where its button has a box counts.
    for (const { index, ...row } of rows) if (row.deleteBox?.width || !seen.has(index)) seen.set(index, row);
    await table.evaluate((element) => {
      const box = element.closest('.cw-table-scroll');
      if (box) box.scrollTop += box.clientHeight / 2;
    });
  }
  // Control characters and line breaks are shown as the browser renders them; the rest is exact.
  const visible = (text: string | null) =>
    [...(text ?? '')]
      .map((character) => (character.charCodeAt(0) < 0x20 ? ' ' : character))
      .join('')
      .replace(/\s+/g, ' ');
  const shown = [...seen.values()];
  expect(shown.map(({ name }) => visible(name)).sort()).toEqual(names.map(visible).sort());
  for (const { deleteBox, name } of shown) {
    expect(deleteBox?.width, `the Delete button of ${JSON.stringify(name)}`).toBeGreaterThan(0);
    expect(deleteBox?.right).toBeLessThanOrEqual(viewport);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await check();
});
