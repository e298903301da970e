/**
 * What packInstall.ts checks in Chromium: the React + Vite host's production build, and the
 * plain pages of plainHostFiles.ts, all using the installed tarball.
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { ConnectionsWidgetHandle } from '../../src/widget/mountConnectionsWidget';
import { wording } from '../e2e/support/demo';

/** plain/host.js leaves the handle of its mounted widget here, for the host's own code. */
type PlainHostWindow = typeof window & { mountedWidget: ConnectionsWidgetHandle };

/** Every page lives at the same moment, so relative times (and the widths of their cells) agree. */
const now = new Date('2026-11-26T06:00:00Z');

/** Opens a page that fails the check on any uncaught error or console error of its own. */
async function openPage(browser: Browser, url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  try {
    await page.goto(url);
    await check(page);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
  }
}

/** The table a widget shows once its data has loaded. */
async function loadedTable(scope: Locator | Page, words: (typeof wording)[keyof typeof wording]): Promise<Locator> {
  const table = scope.getByRole('table', { name: words.dataSources });
  await expect(table.getByRole('rowheader', { name: 'MySQL', exact: true })).toBeVisible();
  return table;
}

/** Add a Data Source → Stripe → Connect with Stripe, through the in-memory API's simulated consent. */
async function addStripe(scope: Locator | Page, words: (typeof wording)[keyof typeof wording]): Promise<void> {
  const table = await loadedTable(scope, words);
  await expect(table.getByRole('rowheader', { name: 'Stripe', exact: true })).toHaveCount(0);
  await scope.getByRole('button', { name: words.add }).click();
  await scope.getByRole('button', { name: 'Stripe', exact: true }).click();
  await scope.getByRole('button', { name: words.connect }).click();
  await expect(scope.getByRole('status').filter({ hasText: words.success })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Stripe', exact: true })).toHaveCount(1);
}

/** The React host (consumerFiles.ts): pt-BR and dark, inside its BrowserRouter at /admin/connections/*. */
export async function checkReactHost(browser: Browser, origin: string): Promise<void> {
  await openPage(browser, `${origin}/admin/connections`, async (page) => {
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    const words = wording['pt-BR'];
    await expect(page.getByRole('heading', { level: 2, name: words.connections })).toBeVisible();
    await addStripe(page, words);
    // The host's router holds the widget's pages: back at the route the host gave it.
    await expect(page).toHaveURL(`${origin}/admin/connections`);
    for (const type of ['authorization_started', 'authorization_completed']) {
      if (!logged.some((text) => text.endsWith(`: ${type}`)))
        throw new Error(`the host's onEvent never logged ${type}`);
    }
  });
}

/** plain/index.html: mountConnectionsWidget's handle, then the custom element, on one page without React. */
export async function checkPlainHost(browser: Browser, origin: string): Promise<void> {
  await openPage(browser, `${origin}/plain/`, async (page) => {
    const mounted = page.locator('#mounted');
    const element = page.locator('connections-widget');
    await loadedTable(mounted, wording.en);
    await loadedTable(element, wording.en);

    await page.evaluate(() => (window as PlainHostWindow).mountedWidget.update({ locale: 'pt-BR', theme: 'dark' }));
    await expect(mounted.getByRole('heading', { level: 2, name: wording['pt-BR'].connections })).toBeVisible();
    await expect(mounted.locator('.cw-root').first()).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => (window as PlainHostWindow).mountedWidget.update({ role: 'read-only' }));
    await expect(mounted.getByText('Requer permissões de administrador')).toBeVisible();
    await page.evaluate(() => (window as PlainHostWindow).mountedWidget.unmount());
    await expect(mounted).toBeEmpty();
    // The other widget on the page never noticed.
    await expect(element.getByRole('heading', { level: 2, name: wording.en.connections })).toBeVisible();

    const rendersInShadowRoot = await element.evaluate(
      (node) => node.querySelector('.cw-root') === null && node.shadowRoot?.querySelector('.cw-root') !== null,
    );
    if (!rendersInShadowRoot) throw new Error('<connections-widget> did not render into its shadow root');
    await addStripe(element, wording.en);
    await element.evaluate((node) => node.setAttribute('locale', 'pt-BR'));
    await expect(element.getByRole('heading', { level: 2, name: wording['pt-BR'].connections })).toBeVisible();
    await element.evaluate((node) => node.setAttribute('user-role', 'standard'));
    await expect(element.getByText('Requer permissões de administrador')).toBeVisible();

    const emptiedOnRemoval = await element.evaluate(async (node) => {
      node.remove();
      // It unmounts a microtask after leaving the page (a move is not a removal).
      await new Promise((resolve) => setTimeout(resolve));
      return node.shadowRoot?.querySelector('.cw-root') === null;
    });
    if (!emptiedOnRemoval) throw new Error('<connections-widget> kept its widget after leaving the page');
  });
}

/**
 * Every computed property of every element that `mountConnectionsWidget` rendered into `host`
 * (the custom element mounts it into a div of its shadow root), keyed by the element's place in
 * the tree. Left out: custom properties, and the offsets of positioned elements, which are
 * resolved against where the page put the widget.
 * Written without named inner functions: Playwright sends the function's source to the page.
 */
function computedStyles(host: Element, inShadowRoot: boolean): Record<string, string> {
  const styles: Record<string, string> = {};
  const mountedInto = inShadowRoot
    ? Array.from(host.shadowRoot?.children ?? []).find((child) => child.localName === 'div')
    : host;
  const pending: [Element, string][] = Array.from(mountedInto?.children ?? [], (child, index) => [
    child,
    `${child.localName}:nth-child(${index + 1})`,
  ]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, path] = next;
    const style = getComputedStyle(element);
    for (const name of Array.from(style)) {
      if (!/^(--|top$|right$|bottom$|left$|inset-)/.test(name))
        styles[`${path} { ${name} }`] = style.getPropertyValue(name);
    }
    Array.from(element.children).forEach((child, index) =>
      pending.push([child, `${path} > ${child.localName}:nth-child(${index + 1})`]),
    );
  }
  return styles;
}

function differences(reference: Record<string, string>, hostile: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(reference), ...Object.keys(hostile)]);
  return [...keys]
    .filter((key) => reference[key] !== hostile[key])
    .map((key) => `${key}: ${reference[key]} → ${hostile[key]}`);
}

/**
 * plain/hostile.html against plain/reference.html: the host's `*`, `button` and `table` rules
 * change no computed style of either widget (the mounted one in the page's DOM, the custom
 * element in its shadow root), and the mounted one's table keeps its columns side by side
 * with nothing overflowing the widget.
 */
export async function checkHostileCss(browser: Browser, origin: string): Promise<void> {
  const snapshots: Record<string, string>[][] = [];
  for (const file of ['reference', 'hostile']) {
    await openPage(browser, `${origin}/plain/${file}.html`, async (page) => {
      const mounted = page.locator('#mounted');
      const element = page.locator('connections-widget');
      await loadedTable(mounted, wording.en);
      await loadedTable(element, wording.en);
      snapshots.push([await mounted.evaluate(computedStyles, false), await element.evaluate(computedStyles, true)]);
      if (file !== 'hostile') return;

      const layout = await mounted.evaluate((node) => ({
        columns: Array.from(node.querySelectorAll('thead th'), (cell) => cell.getBoundingClientRect()).map(
          ({ top, left }) => ({
            top: Math.round(top),
            left: Math.round(left),
          }),
        ),
        overflow: Array.from(node.querySelectorAll('.cw-root'), (root) => root.scrollWidth - root.clientWidth),
      }));
      const sideBySide = layout.columns.every(
        ({ top, left }, index, columns) =>
          index === 0 || (top === columns[0]?.top && left > (columns[index - 1]?.left ?? left)),
      );
      if (layout.columns.length < 6 || !sideBySide) {
        throw new Error(`the table's columns are not side by side: ${JSON.stringify(layout.columns)}`);
      }
      if (layout.overflow.some((pixels) => pixels > 0))
        throw new Error(`the widget overflows its box by ${layout.overflow} px`);
    });
  }
  const [reference, hostile] = snapshots;
  const places = ['mounted in the page', 'in the shadow root of <connections-widget>'];
  const problems = places.flatMap((where, index) => {
    const [before, after] = [reference?.[index] ?? {}, hostile?.[index] ?? {}];
    // An empty snapshot (no widget found) would compare equal to anything.
    if (Object.keys(before).length === 0) return [`no widget ${where} to compare`];
    const found = differences(before, after);
    return found.length > 0
      ? [
          `the host's CSS changed ${found.length} computed styles of the widget ${where}, e.g.\n${found.slice(0, 15).join('\n')}`,
        ]
      : [];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
