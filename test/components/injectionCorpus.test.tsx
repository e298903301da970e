import { act, screen, waitFor, within } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { createHttpConnectionsApi } from '../../src/api/createHttpConnectionsApi';
import type { DataSource, DataSourceStatus, Integration, IntegrationCategory } from '../../src/api/types';
import { AddDataSourcePicker } from '../../src/components/AddDataSourcePicker/AddDataSourcePicker';
import { AuthorizationCallback } from '../../src/components/AuthorizationCallback/AuthorizationCallback';
import { ConnectionSuccessBanner } from '../../src/components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { DataSourcesTable } from '../../src/components/DataSourcesTable/DataSourcesTable';
import { StripeAuthorizationPage } from '../../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { LocationAssignContext } from '../../src/context/LocationAssignContext';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { catalogIntegrations } from '../../src/testing/fixtures';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';
import { expectNoAxeViolations } from '../support/axe';
import { showEveryRow } from '../support/layOutTable';
import { accessibleNameOf, injectionPayloads, isMarkupPayload } from '../support/injectionPayloads';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';
import { renderWithConnections } from '../support/renderWithConnections';

declare global {
  interface Window {
    __pwned?: () => void;
  }
}

const texts = injectionPayloads.map((payload) => payload.text);

/**
 * The payload cut to its last `max` characters. The contract caps names and connections (a data
 * source's at 500, an integration's at 200), and the widget refuses a whole answer past them.
 */
function fitted(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? characters.slice(-max).join('') : text;
}

const sourceTexts = texts.map((text) => fitted(text, 500));
const integrationTexts = texts.map((text) => fitted(text, 200));
const now = () => new Date('2026-11-26T12:00:00.000Z');
const pwned = vi.fn();

// jsdom here runs no handler a payload could carry, so the sentinel is a second line: the DOM
// checks of `expectNothingInjected` are what holds, and test/e2e/injection.spec.ts watches it in Chromium.
beforeEach(() => {
  window.__pwned = pwned;
});

afterEach(() => {
  // Every payload that could run calls the sentinel: nothing may have.
  expect(pwned).not.toHaveBeenCalled();
  pwned.mockClear();
  delete window.__pwned;
  expect(Object.prototype).not.toHaveProperty('__pwned');
});

const statuses: DataSourceStatus[] = ['success', 'syncing', 'needs_reauthorization', 'error'];
const categories: IntegrationCategory[] = ['saas', 'database', 'file'];

/** One row per payload: the payload is the name, another payload the connection. */
const hostileSources: DataSource[] = sourceTexts.map((text, index) => ({
  id: `ds_hostile_${index}`,
  name: text,
  integrationId: 'mysql',
  connection: sourceTexts[(index + 1) % sourceTexts.length] ?? '',
  status: statuses[index % statuses.length] ?? 'success',
  lastConnectionStartedAt: '2026-11-26T03:15:00.000Z',
  lastConnectionDurationSeconds: 42,
}));

/** One integration per payload, plus Stripe under a hostile name too. */
function hostileIntegrations(stripeName: string): Integration[] {
  return [
    ...integrationTexts.map((text, index) => ({
      id: `hostile-${index}`,
      name: text,
      category: categories[index % 3] ?? 'saas',
      enabled: true,
    })),
    { id: 'stripe', name: stripeName, category: 'saas', enabled: true },
  ];
}

/** A backend error whose every part is hostile text. */
function hostileError(kind: ConstructorParameters<typeof ConnectionsApiError>[0], text: string, status = 400) {
  return new ConnectionsApiError(kind, text, { status, code: text });
}

const forbiddenElements =
  'script, img, iframe, frame, style, link, object, embed, meta, base, form, math, template, noscript, video, audio, source, details';
/** A URL that runs or renders script, read as browsers do: without spaces and control characters. */
const isScriptUrl = (value: string) =>
  /^(?:javascript|data|vbscript):/i.test([...value].filter((character) => character.charCodeAt(0) > 0x20).join(''));

/**
 * Fails on anything in `root` the widget does not render itself: elements that load or run
 * something, an `<svg>` that is not one of the widget's icons, an event-handler or inline style
 * attribute, a script URL, an input other than the picker's search box.
 */
function expectNothingInjected(root: Element = document.body): void {
  const found: string[] = [];
  for (const element of root.querySelectorAll(forbiddenElements)) found.push(`<${element.localName}>`);
  for (const svg of root.querySelectorAll('svg')) {
    const ownIcon =
      /^cw-/.test(svg.getAttribute('class') ?? '') &&
      [...svg.querySelectorAll('*')].every((child) => ['rect', 'path', 'circle'].includes(child.localName));
    if (!ownIcon) found.push(`<svg class="${svg.getAttribute('class') ?? ''}">`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      // The one style the widget writes: the height of the gap standing for rows not rendered.
      const ownGap = name === 'style' && element.matches('tr.cw-table__gap') && /^height: \d+(\.\d+)?px;$/.test(value);
      if ((/^on/i.test(name) || name === 'style' || name === 'srcdoc') && !ownGap)
        found.push(`${element.localName}[${name}]`);
      if (/^(?:href|src|action|formaction|xlink:href|data)$/i.test(name) && isScriptUrl(value))
        found.push(`${element.localName}[${name}=${value}]`);
    }
  }
  for (const input of root.querySelectorAll('input')) {
    if (input.type !== 'search') found.push(`<input type="${input.type}">`);
  }
  expect(found, 'elements or attributes injected into the widget').toEqual([]);
}

/** Payloads distinctive enough that finding one in the page's text means it was shown. */
const distinctive = injectionPayloads.filter(({ text }) => text.trim().length >= 8).map((payload) => payload.text);

function expectNotShown(root: Element, what: readonly string[] = distinctive): void {
  const shown = root.textContent ?? '';
  expect(what.filter((text) => shown.includes(text))).toEqual([]);
}

describe('the corpus', () => {
  it('has at least 50 payloads, each with a unique name and a unique accessible name', () => {
    expect(injectionPayloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(injectionPayloads.map((payload) => payload.name)).size).toBe(injectionPayloads.length);
    expect(new Set(texts.map(accessibleNameOf)).size).toBe(texts.length);
    expect(texts.some((text) => text.length >= 10_000 && !text.includes(' '))).toBe(true);
    expect(texts.some((text) => text.length >= 10_000 && text.includes(' '))).toBe(true);
  });

  it('is caught by these checks when it is parsed as markup', () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.innerHTML = injectionPayloads
        .filter(isMarkupPayload)
        .map((payload) => payload.text)
        .join('');
      expect(() => expectNothingInjected(container)).toThrow();
    } finally {
      container.remove();
    }
  });
});

/** The table row whose Name cell holds exactly `name`. */
function rowOf(name: string): HTMLElement {
  const header = [...document.querySelectorAll('th[scope="row"]')].find((candidate) => candidate.textContent === name);
  const row = header?.closest('tr');
  if (!row) throw new Error(`No row named ${JSON.stringify(name.slice(0, 60))}`);
  return row;
}

describe('DataSourcesTable', () => {
  // Every payload as a row, each looked up by role: slow in jsdom.
  it(
    'shows every payload as a name and a connection, as text, each row keeping its actions',
    { timeout: 60_000 },
    async () => {
      const api = createMemoryConnectionsApi({ dataSources: hostileSources });
      const { container, user } = renderWithConnections(<DataSourcesTable now={now} redirectUri="/callback" />, {
        api,
      });
      const table = await screen.findByRole('table', { name: 'Data Sources' });
      expect(table).toHaveAttribute('aria-rowcount', String(texts.length + 1));
      // Only the rows near the viewport render: give the box room for all of them.
      showEveryRow(container);

      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(texts.length);
      for (const source of hostileSources) {
        const row = rowOf(source.name);
        expect(row.querySelector('td.cw-table__text')?.textContent).toBe(source.connection);
        const actions = [...row.querySelectorAll('button')];
        expect(actions.at(-1)).toHaveAttribute('aria-label', `Delete ${source.name}`);
        expect(actions.at(-1)?.textContent).toBe('Delete');
        if (source.status === 'needs_reauthorization' || source.status === 'error') {
          expect(actions[0]).toHaveAttribute('aria-label', `Reconnect ${source.name}`);
        }
      }
      // As a screen reader names them (whitespace collapsed, bidi and zero-width characters kept);
      // every fifth, since each lookup names every row.
      for (const source of hostileSources.filter((_, index) => index % 5 === 0)) {
        expect(within(table).getByRole('rowheader', { name: accessibleNameOf(source.name) }).textContent).toBe(
          source.name,
        );
      }
      expectNothingInjected(container);

      // Sorting compares every hostile name; the rows and their text stay.
      const list = vi.spyOn(api, 'listDataSources');
      await user.click(within(table).getByRole('button', { name: /^Name/ }));
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: 'name', order: 'desc' }),
        expect.anything(),
      );
      await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
      expect(within(table).getAllByRole('row')).toHaveLength(texts.length + 1);
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((header) => header.textContent)
          .sort(),
      ).toEqual([...sourceTexts].sort());
      expectNothingInjected(container);
    },
  );

  it('names the source in the delete dialog as text, and shows a catalog sentence, never the backend’s message', async () => {
    const api = createMemoryConnectionsApi({ dataSources: hostileSources });
    const { container, user } = renderWithConnections(<DataSourcesTable now={now} redirectUri="/callback" />, { api });
    await screen.findByRole('table', { name: 'Data Sources' });
    showEveryRow(container);
    api.setFailure('deleteDataSource', hostileError('conflict', texts.join('\n'), 409));

    for (const payload of injectionPayloads.filter(isMarkupPayload).slice(0, 3)) {
      const row = rowOf(payload.text);
      await user.click(within(row).getByRole('button', { name: accessibleNameOf(`Delete ${payload.text}`) }));
      const dialog = screen.getByRole('dialog', { name: accessibleNameOf(`Delete ${payload.text}?`) });
      expect(within(dialog).getByRole('heading').textContent).toBe(`Delete ${payload.text}?`);
      await user.click(within(dialog).getByRole('button', { name: 'Delete data source' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The data source could not be deleted. It changed in the meantime. Reload the page and try again.',
      );
      expectNothingInjected(container);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    }
    expect(api.snapshot()).toHaveLength(texts.length);
  });

  it('refuses a list whose names pass the contract’s length, showing none of them', async () => {
    const tooLong = texts.filter((text) => [...text].length > 500);
    const api = createMemoryConnectionsApi({
      dataSources: tooLong.map(
        (text, index) => ({ ...hostileSources[0], id: `ds_long_${index}`, name: text }) as DataSource,
      ),
    });
    const { container } = renderWithConnections(<DataSourcesTable now={now} />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expectNotShown(container, tooLong);
    expectNothingInjected(container);
  });

  it('shows a catalog sentence when the list fails with a hostile message and code', async () => {
    const api = createMemoryConnectionsApi({
      failures: { listDataSources: hostileError('server', texts.join(' '), 500) },
    });
    const { container } = renderWithConnections(<DataSourcesTable now={now} />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data sources could not be loaded. The server had a problem. Try again in a moment.',
    );
    expectNotShown(container);
    expectNothingInjected(container);
  });
});

describe('AddDataSourcePicker', () => {
  // Every payload typed into the search box in turn: slow in jsdom.
  it(
    'shows every integration name as a tile’s text, and finds each when its name is typed in the search box',
    { timeout: 60_000 },
    async () => {
      const api = createMemoryConnectionsApi({ integrations: hostileIntegrations('Stripe') });
      const onSelect = vi.fn();
      const { container, user } = renderWithConnections(<AddDataSourcePicker onSelect={onSelect} />, { api });
      const search = await screen.findByRole('searchbox', { name: 'Search integrations' });

      const names = [...container.querySelectorAll('.cw-tile__name')].map((name) => name.textContent);
      expect(names.sort()).toEqual([...integrationTexts, 'Stripe'].sort());
      expectNothingInjected(container);

      for (const [index, text] of integrationTexts.entries()) {
        await user.clear(search);
        await user.click(search);
        await user.paste(text);
        // A search field drops line breaks from what is typed into it.
        expect(search).toHaveValue(text.replace(/[\r\n]/g, ''));
        const status = container.querySelector('[role="status"]')?.textContent;
        const own = [...container.querySelectorAll('.cw-tile__name')].find((name) => name.textContent === text);
        if (/[\r\n]/.test(text)) {
          expect(status).toBe(`No integration matches “${text.replace(/[\r\n]/g, '').trim()}”.`);
        } else {
          expect(own, `the tile of "${injectionPayloads[index]?.name}"`).toBeDefined();
          expect(status).toMatch(/^\d+ integrations? found\.$/);
        }
        expectNothingInjected(container);
      }

      await user.clear(search);
      await user.type(search, 'x{{name} <img src=x onerror=window.__pwned()>');
      expect(screen.getByRole('status').textContent).toBe(
        'No integration matches “x{name} <img src=x onerror=window.__pwned()>”.',
      );
      expectNothingInjected(container);

      await user.clear(search);
      await user.paste(texts[0] ?? '');
      await user.click(screen.getByRole('button', { name: texts[0] }));
      expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'hostile-0', name: texts[0] }));
    },
  );

  it('shows a catalog sentence when the catalog fails with a hostile message and code', async () => {
    const api = createMemoryConnectionsApi({
      failures: { listIntegrations: hostileError('bad_request', texts.join(' ')) },
    });
    const { container } = renderWithConnections(<AddDataSourcePicker onSelect={() => {}} />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The integrations could not be loaded. The server refused the request.',
    );
    expectNotShown(container);
    expectNothingInjected(container);
  });
});

describe('StripeAuthorizationPage', () => {
  function renderStripePage(api: MemoryConnectionsApi) {
    const assign = vi.fn();
    const rendered = renderWithConnections(
      <LocationAssignContext.Provider value={assign}>
        <StripeAuthorizationPage redirectUri="/callback" connectionsTo="/" />
      </LocationAssignContext.Provider>,
      { api },
    );
    return { ...rendered, assign };
  }

  it('shows a catalog sentence when the start fails with a hostile message and code', async () => {
    const api = createMemoryConnectionsApi({ integrations: hostileIntegrations(texts[0] ?? '') });
    api.setFailure('startAuthorization', hostileError('bad_request', texts.join(' ')));
    const { container, user, assign } = renderStripePage(api);
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The connection to Stripe could not be started. The server refused the request.',
    );
    expect(assign).not.toHaveBeenCalled();
    expectNotShown(container);
    expectNothingInjected(container);
  });

  it.each(injectionPayloads.filter(({ text }) => URL.canParse(text)).map((payload) => [payload.name, payload.text]))(
    'refuses an authorization URL that is the payload "%s"',
    async (_name, text) => {
      const api = createMemoryConnectionsApi({ providerUrl: text });
      const { container, user, assign } = renderStripePage(api);
      await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/^The connection to Stripe could not be started\./);
      expect(assign).not.toHaveBeenCalled();
      expectNothingInjected(container);
    },
  );
});

// Each case renders the callback for every payload: many seconds of jsdom work on a loaded two-core machine.
describe('AuthorizationCallback', { timeout: 60_000 }, () => {
  function renderCallback(api: MemoryConnectionsApi) {
    return renderWithConnections(<AuthorizationCallback connectionsTo="/" startAgainTo="/stripe" />, {
      api,
      route: '/callback',
      path: '/callback',
    });
  }

  async function arrive(router: ReturnType<typeof renderCallback>['router'], query: Record<string, string>) {
    await act(() => router.navigate(`/callback?${new URLSearchParams(query)}`));
  }

  async function expectAlert(text: string | RegExp) {
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
  }

  it('refuses a hostile code, state and error_description that match no pending flow, showing none of them', async () => {
    const api = createMemoryConnectionsApi();
    const complete = vi.spyOn(api, 'completeAuthorization');
    const { container, router } = renderCallback(api);
    for (const text of texts) {
      await arrive(router, { code: text, state: text, error_description: text });
      await expectAlert('This authorization answer does not match a connection started in this browser');
      expect(router.state.location.search).toBe('');
      expectNothingInjected(container);
      expectNotShown(container);
      await arrive(router, { error: text, state: text, error_description: text });
      await expectAlert('This authorization answer does not match a connection started in this browser');
    }
    expect(complete).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('with a real state, a hostile error_description is passed on but never shown, and a hostile code is refused', async () => {
    const api = createMemoryConnectionsApi();
    const { container, router, events } = renderCallback(api);
    for (const text of texts) {
      const denied = await startAuthorizationFlow(api);
      await arrive(router, { error: 'access_denied', error_description: text, state: denied.state });
      await expectAlert('Access was not granted, so no data source was added.');
      expect(events).toContainEqual({ type: 'authorization_denied', integrationId: 'stripe', description: text });

      const forged = await startAuthorizationFlow(api);
      await arrive(router, { code: text, state: forged.state });
      await expectAlert('The authorization code was refused');
      expectNothingInjected(container);
      expectNotShown(container);
    }
  });

  // A prototype key as the backend's error code once read as a known failure, and the alert was empty.
  it('shows the catalog sentence when completing fails with a hostile code and message', async () => {
    const api = createMemoryConnectionsApi();
    const { container, router } = renderCallback(api);
    for (const text of texts) {
      const flow = await startAuthorizationFlow(api);
      api.setFailure('completeAuthorization', hostileError('bad_request', text));
      await arrive(router, { code: flow.code, state: flow.state });
      await expectAlert('The server could not finish the connection. The server refused the request.').catch(
        (error: unknown) => {
          throw new Error(`With the code ${JSON.stringify(text.slice(0, 60))}: ${String(error)}`);
        },
      );
      expect(pendingAuthorization.refusal(flow.state)).toBeUndefined();
      expectNothingInjected(container);
    }
    expectNotShown(container);
  });
});

describe('ConnectionSuccessBanner', () => {
  it('names each hostile source as text in its detail line', async () => {
    const { container } = renderWithConnections(
      <>
        {texts.map((text, index) => (
          <ConnectionSuccessBanner
            key={text}
            dataSourceName={text}
            reauthorized={index % 2 === 1}
            onDismiss={() => {}}
          />
        ))}
      </>,
    );
    await waitFor(() => expect(container.querySelectorAll('.cw-banner__detail')).toHaveLength(texts.length));
    expect([...container.querySelectorAll('.cw-banner__detail')].map((detail) => detail.textContent)).toEqual(
      texts.map((text, index) =>
        index % 2 === 1 ? `${text} was re-authorized.` : `${text} was added to your data sources.`,
      ),
    );
    expect(screen.getAllByRole('region', { name: 'Connection successful!' })).toHaveLength(texts.length);
    expectNothingInjected(container);
  });
});

describe('ConnectionsWidget', () => {
  it('runs the whole flow with hostile names everywhere: table, picker, search, banner', async () => {
    const stripeName = '<img src=x onerror=window.__pwned()>\u202Eepirts';
    const api = createMemoryConnectionsApi({
      dataSources: hostileSources,
      integrations: hostileIntegrations(stripeName),
    });
    const { container, user } = renderConnectionsWidget({ api });
    const table = await screen.findByRole('table', { name: 'Data Sources' });
    showEveryRow(container);
    expect(within(table).getAllByRole('row')).toHaveLength(texts.length + 1);
    expectNothingInjected(container);

    await user.click(screen.getByRole('button', { name: 'Add a Data Source' }));
    await user.type(await screen.findByRole('searchbox', { name: 'Search integrations' }), '<img');
    await user.click(screen.getByRole('button', { name: stripeName }));
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));

    const banner = await screen.findByRole('region', { name: 'Connection successful!' });
    expect(within(banner).getByText(`${stripeName} was added to your data sources.`)).toBeInTheDocument();
    // The list is fetched again after the connection, which takes a moment with this many rows.
    const row = await waitFor(
      () => {
        // The table is a new one, back from the picker: every row rendered again.
        showEveryRow(container);
        return rowOf(stripeName);
      },
      { timeout: 5_000 },
    );
    expect(within(row).getByRole('rowheader', { name: stripeName })).toBeInTheDocument();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(texts.length + 1);
    expectNothingInjected(container);
  });

  it('reads JSON answers carrying prototype keys without polluting anything, and shows catalog sentences', async () => {
    const hostileBody = (body: string, status = 200) =>
      Promise.resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
    const source = JSON.stringify(hostileSources[0]);
    const api = createHttpConnectionsApi({
      baseUrl: '/api/v1',
      fetch: (input) => {
        const url = String(input);
        if (new URL(url, 'http://localhost').pathname.endsWith('/data-sources')) {
          // A documented page, but one source carries a __proto__ key.
          return hostileBody(
            `{"dataSources":[${source.replace('{', '{"__proto__":{"__pwned":true},')}],"nextCursor":null,"total":1}`,
          );
        }
        return hostileBody(
          JSON.stringify({ error: { code: 'constructor', message: texts.join(' ') } }).replace(
            '{',
            '{"__proto__":{"__pwned":true},',
          ),
          400,
        );
      },
    });
    const { container } = renderConnectionsWidget({ api: api as MemoryConnectionsApi });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expect(({} as Record<string, unknown>).__pwned).toBeUndefined();
    expectNothingInjected(container);
  });
});

describe('the catalog entries beside hostile ones', () => {
  it('keeps the product catalog findable when hostile names surround it', async () => {
    const api = createMemoryConnectionsApi({
      integrations: [...hostileIntegrations('Stripe'), ...catalogIntegrations.filter(({ id }) => id !== 'stripe')],
    });
    const { user } = renderWithConnections(<AddDataSourcePicker onSelect={() => {}} />, { api });
    await user.type(await screen.findByRole('searchbox', { name: 'Search integrations' }), 'postgre');
    expect(screen.getByRole('button', { name: 'PostgreSQL' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 integration found.');
  });
});
