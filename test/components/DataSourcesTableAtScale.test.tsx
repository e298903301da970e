import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { DataSource, DataSourceStatus } from '../../src/api/types';
import { DataSourcesTable } from '../../src/components/DataSourcesTable/DataSourcesTable';
import { defaultDataSourcesView, type DataSourcesView } from '../../src/components/DataSourcesTable/dataSourcesView';
import { en } from '../../src/i18n/en';
import {
  createMemoryConnectionsApi,
  type MemoryConnectionsApi,
  type MemoryConnectionsApiOptions,
} from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { layOutTable, tableScrollBox } from '../support/layOutTable';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';
import { renderWithConnections, type RenderWithConnectionsOptions } from '../support/renderWithConnections';
import { dataSourceFixture } from '../support/dataSourceFixture';

const now = () => new Date('2026-11-26T05:00:00.000Z');
const statuses: readonly DataSourceStatus[] = ['success', 'syncing', 'needs_reauthorization', 'error'];

const source = dataSourceFixture;

/** `count` sources named "Source 1" to "Source {count}" (the backend orders the numbers by value), statuses in turn. */
function manySources(count: number): DataSource[] {
  return Array.from({ length: count }, (_, index) =>
    source({
      id: `ds_${String(index + 1).padStart(5, '0')}`,
      name: `Source ${index + 1}`,
      connection: `host-${index + 1}.example.com`,
      status: statuses[index % statuses.length],
    }),
  );
}

function renderTable(
  options: { api?: MemoryConnectionsApi | MemoryConnectionsApiOptions } & Omit<
    RenderWithConnectionsOptions,
    'api'
  > = {},
) {
  const { api: given, ...renderOptions } = options;
  const api = given && 'listDataSources' in given ? given : createMemoryConnectionsApi(given);
  const result = renderWithConnections(<DataSourcesTable now={now} redirectUri="/callback" />, {
    api,
    ...renderOptions,
  });
  return { ...result, api };
}

const table = () => screen.getByRole('table', { name: 'Data Sources' });
const rowNames = () => screen.getAllByRole('rowheader').map((header) => header.textContent);
const searchBox = () => screen.getByRole('searchbox', { name: 'Search data sources' });
const statusFilter = () => screen.getByRole('combobox', { name: 'Status' });
const serverError = () => new ConnectionsApiError('server', 'boom', { status: 500, code: 'internal' });
/** The query of every list request, in order. */
const queriesOf = (list: { mock: { calls: unknown[][] } }) => list.mock.calls.map(([query]) => query);

describe('DataSourcesTable, searched and filtered by the backend', () => {
  it('asks once after a pause in typing, keeps the previous rows busy meanwhile, then shows the matches and their count', async () => {
    const { user, api, container } = renderTable({ api: { latencyMs: 300 } });
    await screen.findByRole('table', { name: 'Data Sources' });
    const list = vi.spyOn(api, 'listDataSources');

    // "sto" is in MySQL's connection, db.example.com:3306/store.
    await user.type(searchBox(), 'sto');
    await waitFor(() => expect(list).toHaveBeenCalled());
    expect(queriesOf(list)).toEqual([expect.objectContaining({ q: 'sto', sort: 'name', order: 'asc' })]);
    // The answer is on its way: the old rows stay, marked busy.
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']);

    await waitFor(() => expect(rowNames()).toEqual(['MySQL']));
    expect(table()).not.toHaveAttribute('aria-busy');
    expect(screen.getByText('1 data source found.')).toHaveAttribute('role', 'status');
    expect(list).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('asks at once on Enter, without waiting for the pause', async () => {
    const { user, api } = renderTable();
    await screen.findByRole('table', { name: 'Data Sources' });
    const list = vi.spyOn(api, 'listDataSources');

    await user.type(searchBox(), 'push{Enter}');
    // Asked before the 250 ms pause could have passed, and only for the whole word.
    expect(queriesOf(list)).toEqual([expect.objectContaining({ q: 'push' })]);
    await waitFor(() => expect(rowNames()).toEqual(['Push API']));
  });

  it('shows only the sources that need attention, and narrows them further with a search', async () => {
    const { user, api, container } = renderTable({
      api: {
        dataSources: [
          ...productDataSources,
          source({ id: 'a', name: 'Stripe EU', status: 'needs_reauthorization' }),
          source({ id: 'b', name: 'Stripe US', status: 'error' }),
          source({ id: 'c', name: 'Zendesk', status: 'error' }),
          source({ id: 'd', name: 'Stripe UK', status: 'syncing' }),
        ],
      },
    });
    await screen.findByRole('table', { name: 'Data Sources' });
    const list = vi.spyOn(api, 'listDataSources');

    await user.selectOptions(statusFilter(), 'Needs attention');
    expect(statusFilter()).toHaveDisplayValue('Needs attention');
    await waitFor(() => expect(rowNames()).toEqual(['Stripe EU', 'Stripe US', 'Zendesk']));
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: ['needs_reauthorization', 'error'] }),
      expect.anything(),
    );
    expect(screen.getByText('3 data sources found.')).toBeInTheDocument();

    await user.type(searchBox(), 'stripe{Enter}');
    await waitFor(() => expect(rowNames()).toEqual(['Stripe EU', 'Stripe US']));
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'stripe', status: ['needs_reauthorization', 'error'] }),
      expect.anything(),
    );
    expect(screen.getByText('2 data sources found.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when nothing matches, and Clear search and filter brings back every source and empties the box', async () => {
    const { user, container } = renderTable();
    await screen.findByRole('table', { name: 'Data Sources' });

    await user.selectOptions(statusFilter(), 'Error');
    await user.type(searchBox(), 'nothing like it{Enter}');
    expect(await screen.findByText('No data sources match your search and filter.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    await waitFor(() => expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']));
    expect(searchBox()).toHaveValue('');
    expect(statusFilter()).toHaveDisplayValue('All statuses');
    expect(screen.queryByText('No data sources match your search and filter.')).not.toBeInTheDocument();
  });

  it('lets Clear win over a search still waiting out its pause', async () => {
    const { user, api } = renderTable();
    await screen.findByRole('table', { name: 'Data Sources' });
    // No product source is in error: the empty result offers Clear.
    await user.selectOptions(statusFilter(), 'Error');
    const clear = await screen.findByRole('button', { name: 'Clear search and filter' });
    const list = vi.spyOn(api, 'listDataSources');

    // Typed, then cleared before the pause ends: the typed search must not come back after it.
    await user.type(searchBox(), 'mysql');
    await user.click(clear);
    await waitFor(() => expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searchBox()).toHaveValue('');
    // The Clear button is gone: focus waits in the empty box for the next search.
    expect(searchBox()).toHaveFocus();
    expect(queriesOf(list).map((query) => (query as { q?: string }).q)).not.toContain('mysql');
    expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']);
  });
});

describe('DataSourcesTable controlled by a host whose view arrives late', () => {
  /** A host applying each view change a little later, as a router that navigates in a transition does. */
  function LateHost({ delayMs }: { delayMs: number }) {
    const [view, setView] = useState<DataSourcesView>(defaultDataSourcesView);
    return (
      <>
        {/* Back and Forward, as the host's history would apply them. */}
        <button type="button" onClick={() => setView(defaultDataSourcesView)}>
          Back
        </button>
        <button type="button" onClick={() => setView({ ...defaultDataSourcesView, q: 'mysql' })}>
          Forward
        </button>
        <DataSourcesTable
          now={now}
          redirectUri="/callback"
          view={view}
          onViewChange={(next) => setTimeout(() => setView(next), delayMs)}
        />
      </>
    );
  }

  it('keeps what the admin typed in the box while the view catches up, and follows a later change from outside', async () => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const { user } = renderWithConnections(<LateHost delayMs={150} />, { api });
    await screen.findByRole('table', { name: 'Data Sources' });

    await user.type(searchBox(), 'my');
    // The pause ends and the host has not applied the search yet: the box still says what was typed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searchBox()).toHaveValue('my');
    await user.type(searchBox(), 'sql');
    expect(searchBox()).toHaveValue('mysql');
    // "my" finds MySQL too: wait for the host to apply the whole search.
    await waitFor(() => expect(queriesOf(list).at(-1)).toMatchObject({ q: 'mysql' }));
    await waitFor(() => expect(rowNames()).toEqual(['MySQL']));
    expect(searchBox()).toHaveValue('mysql');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(searchBox()).toHaveValue('');
    await waitFor(() => expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(searchBox()).toHaveValue('mysql');
    await waitFor(() => expect(rowNames()).toEqual(['MySQL']));
  });
});

// A thousand sources, and Tab and axe walking a DOM of 90 rows, take a while in jsdom.
describe('DataSourcesTable with a thousand sources', { timeout: 60_000 }, () => {
  it('asks for the first page of 100 and renders a bounded window, each row telling its place in the whole', async () => {
    const api = createMemoryConnectionsApi({ dataSources: manySources(1000) });
    const list = vi.spyOn(api, 'listDataSources');
    renderTable({ api });
    const rows = await screen.findByRole('table', { name: 'Data Sources' });

    expect(queriesOf(list)).toEqual([{ sort: 'name', order: 'asc', limit: 100, cursor: undefined }]);
    expect(rows).toHaveAttribute('aria-rowcount', '1001');
    expect(rows.querySelectorAll('tr').length).toBeLessThanOrEqual(60);
    const bodyRows = within(rows).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      Array.from({ length: bodyRows.length }, (_, index) => String(index + 2)),
    );
    // Numbers by value: Source 2 comes before Source 10.
    expect(rowNames().slice(0, 3)).toEqual(['Source 1', 'Source 2', 'Source 3']);
    expect(screen.queryByRole('rowheader', { name: 'Source 1000' })).not.toBeInTheDocument();
  });

  it('says when the next page could not be loaded, and Try again loads it', async () => {
    const api = createMemoryConnectionsApi({ dataSources: manySources(1000) });
    const firstPages = api.listDataSources.bind(api);
    let nextPagesFail = true;
    const list = vi
      .spyOn(api, 'listDataSources')
      .mockImplementation((query, options) =>
        query?.cursor !== undefined && nextPagesFail ? Promise.reject(serverError()) : firstPages(query, options),
      );
    const { user, container } = renderTable({ api });
    await screen.findByRole('table', { name: 'Data Sources' });

    // Scrolled to row 70 of the 100 loaded: near enough the end to ask for more.
    layOutTable(container, { clientHeight: 520, scrollTop: 70 * 52, rowHeight: 52 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('More data sources could not be loaded.');
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ limit: 100, cursor: expect.any(String) }),
      expect.anything(),
    );
    // The rows already loaded stay.
    expect(screen.getByRole('rowheader', { name: 'Source 70' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    nextPagesFail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    // Focus does not fall to the page with the button gone: it is on the first row just loaded.
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Source 101' }).closest('tr')).toHaveFocus());
    layOutTable(container, { clientHeight: 520, scrollTop: 110 * 52, rowHeight: 52 });
    const row = (await screen.findByRole('rowheader', { name: 'Source 111' })).closest('tr');
    expect(row).toHaveAttribute('aria-rowindex', '112');
    expect(table()).toHaveAttribute('aria-rowcount', '1001');
  });

  it('keeps the focused row and its neighbours rendered, so Tab reaches the next row wherever the box is scrolled', async () => {
    const { user, container } = renderTable({ api: { dataSources: manySources(1000) } });
    await screen.findByRole('table', { name: 'Data Sources' });
    layOutTable(container, { clientHeight: 520, rowHeight: 52 });
    const rowNamed = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

    // Source 18 is the last row drawn for a viewport of rows 1 to 10.
    const last = within(rowNamed('Source 18')).getAllByRole('button').at(-1) as HTMLElement;
    act(() => last.focus());
    // Scrolled far away, as a wheel would, while focus stays.
    layOutTable(container, { clientHeight: 520, scrollTop: 60 * 52, rowHeight: 52 });
    expect(screen.queryByRole('rowheader', { name: 'Source 10' })).not.toBeInTheDocument();
    expect(last).toHaveFocus();

    await user.tab();
    expect(within(rowNamed('Source 19')).getAllByRole('button')[0]).toHaveFocus();
    // The newly focused row's next neighbour is drawn too, ready for the next Tab.
    expect(screen.getByRole('rowheader', { name: 'Source 20' })).toBeInTheDocument();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });

  it('gives focus back to the Delete button of a row scrolled far away once the dialog is cancelled', async () => {
    const { user, container } = renderTable({ api: { dataSources: manySources(1000) } });
    await screen.findByRole('table', { name: 'Data Sources' });
    layOutTable(container, { clientHeight: 520, rowHeight: 52 });
    const trigger = screen.getByRole('button', { name: 'Delete Source 5' });
    act(() => trigger.focus());
    // Page Down moved the box on while focus stayed on the button.
    layOutTable(container, { clientHeight: 520, scrollTop: 60 * 52, rowHeight: 52 });

    await user.keyboard('{Enter}');
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete Source 5?' })).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.getByRole('button', { name: 'Delete Source 5' })).toHaveFocus();
  });

  it('starts another sort or filter at its top, wherever the old list was scrolled', async () => {
    const { user, container } = renderTable({ api: { dataSources: manySources(1000) } });
    await screen.findByRole('table', { name: 'Data Sources' });
    layOutTable(container, { clientHeight: 520, scrollTop: 70 * 52, rowHeight: 52 });
    expect(screen.queryByRole('rowheader', { name: 'Source 1' })).not.toBeInTheDocument();

    // Every fourth source is in error: Source 4, 8, 12… The first of them is drawn, not row 70 of the old list.
    await user.selectOptions(statusFilter(), 'Error');
    await waitFor(() => expect(rowNames().slice(0, 2)).toEqual(['Source 4', 'Source 8']));
    expect(tableScrollBox(container).scrollTop).toBe(0);

    layOutTable(container, { clientHeight: 520, scrollTop: 50 * 52, rowHeight: 52 });
    await user.click(within(table()).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(rowNames()[0]).toBe('Source 1000'));
    expect(tableScrollBox(container).scrollTop).toBe(0);
  });
});

describe('A long list asks for no page it does not show', { timeout: 60_000 }, () => {
  /** Renders the widget over a thousand sources and scrolls until the second page is loaded. */
  async function scrolledToSecondPage() {
    const api = createMemoryConnectionsApi({ dataSources: manySources(1000) });
    const list = vi.spyOn(api, 'listDataSources');
    const rendered = renderConnectionsWidget({ api });
    await screen.findByRole('table', { name: 'Data Sources' });
    layOutTable(rendered.container, { clientHeight: 520, scrollTop: 80 * 52, rowHeight: 52 });
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
    layOutTable(rendered.container, { clientHeight: 520, scrollTop: 110 * 52, rowHeight: 52 });
    await screen.findByRole('rowheader', { name: 'Source 111' });
    return { ...rendered, list };
  }

  it('shown again after the picker, it asks for its first page only, not every page it had', async () => {
    const { user, list } = await scrolledToSecondPage();
    list.mockClear();

    await user.click(screen.getByRole('button', { name: 'Add a Data Source' }));
    await user.click(await screen.findByRole('link', { name: 'Back to Connections' }));
    await screen.findByRole('table', { name: 'Data Sources' });
    await waitFor(() => expect(list).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queriesOf(list)).toEqual([{ sort: 'name', order: 'asc', limit: 100, cursor: undefined }]);
    expect(rowNames()[0]).toBe('Source 1');
  });

  it('deleting a source asks for no page again: the row leaves the pages in hand', async () => {
    const { user, list } = await scrolledToSecondPage();
    list.mockClear();

    await user.click(screen.getByRole('button', { name: 'Delete Source 111' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete data source' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Source 111' })).not.toBeInTheDocument());
    expect(table()).toHaveAttribute('aria-rowcount', '1000');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(list).not.toHaveBeenCalled();
  });
});

describe('DataSourcesTable over pages that changed between requests', () => {
  it('shows a source that came back in a later page once, and counts at least the rows it shows', async () => {
    const [first, second, third] = manySources(3) as [DataSource, DataSource, DataSource];
    const api = createMemoryConnectionsApi();
    // Source 1 was renamed after the first page came: the second page has it again, at its new place.
    vi.spyOn(api, 'listDataSources').mockImplementation(async (query) =>
      query?.cursor === undefined
        ? { dataSources: [first, second], nextCursor: 'after-2', total: 2 }
        : { dataSources: [third, { ...first, name: 'Zeta' }], nextCursor: null, total: 2 },
    );
    const errors = vi.spyOn(console, 'error');
    renderTable({ api });

    await waitFor(() => expect(rowNames()).toEqual(['Source 2', 'Source 3', 'Zeta']));
    expect(table()).toHaveAttribute('aria-rowcount', '4');
    expect(
      within(table())
        .getAllByRole('row')
        .map((row) => row.getAttribute('aria-rowindex')),
    ).toEqual(['1', '2', '3', '4']);
    // No two rows under one React key.
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('DataSourcesTable when the backend no longer takes its cursors', () => {
  const cursorRefused = () =>
    new ConnectionsApiError('bad_request', 'The cursor is not one this API made.', {
      status: 400,
      code: 'invalid_cursor',
    });

  it('starts the list again from its first page, without an alert, and goes on loading', async () => {
    const api = createMemoryConnectionsApi({ dataSources: manySources(1000) });
    const answer = api.listDataSources.bind(api);
    // The cursors of the first answer stop being taken, as after a change of the backend's cursor key.
    let firstAnswer = true;
    const list = vi.spyOn(api, 'listDataSources').mockImplementation(async (query, options) => {
      const page = await answer(query, options);
      if (query?.cursor === undefined && firstAnswer) {
        firstAnswer = false;
        return { ...page, nextCursor: 'stale' };
      }
      if (query?.cursor === 'stale') throw cursorRefused();
      return page;
    });
    const { container } = renderTable({ api });
    await screen.findByRole('table', { name: 'Data Sources' });
    const alerts: string[] = [];
    const observer = new MutationObserver(() => {
      for (const alert of screen.queryAllByRole('alert')) alerts.push(alert.textContent ?? '');
    });
    observer.observe(container, { childList: true, subtree: true });

    layOutTable(container, { clientHeight: 520, scrollTop: 80 * 52, rowHeight: 52 });
    layOutTable(container, { clientHeight: 520, scrollTop: 110 * 52, rowHeight: 52 });
    expect(await screen.findByRole('rowheader', { name: 'Source 111' })).toBeInTheDocument();
    observer.disconnect();
    expect(alerts).toEqual([]);
    expect(queriesOf(list).map((query) => (query as { cursor?: string }).cursor)).toEqual([
      undefined,
      'stale',
      undefined,
      expect.any(String),
    ]);
  });

  it('says so, once, when the backend refuses every cursor', async () => {
    const api = createMemoryConnectionsApi({ dataSources: manySources(1000) });
    const answer = api.listDataSources.bind(api);
    const list = vi
      .spyOn(api, 'listDataSources')
      .mockImplementation(async (query, options) =>
        query?.cursor === undefined ? answer(query, options) : Promise.reject(cursorRefused()),
      );
    const { container } = renderTable({ api });
    await screen.findByRole('table', { name: 'Data Sources' });

    layOutTable(container, { clientHeight: 520, scrollTop: 80 * 52, rowHeight: 52 });
    expect(await screen.findByRole('alert')).toHaveTextContent('More data sources could not be loaded.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The first page, its next, the first again, its next: then it stops asking.
    expect(list).toHaveBeenCalledTimes(4);
  });
});

describe('DataSourcesTable, a source’s status reason', () => {
  const revoked = source({
    id: 'r',
    name: 'Stripe',
    status: 'needs_reauthorization',
    statusReason: 'refresh_refused',
  });

  it('says in words why access needs repair, under the badge', async () => {
    renderTable({ api: { dataSources: [revoked] } });
    const row = (await screen.findByRole('rowheader', { name: 'Stripe' })).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(
      'Needs re-authorizationThe provider stopped renewing access.',
    );
  });

  it('says it in Brazilian Portuguese too', async () => {
    renderTable({ api: { dataSources: [revoked] }, locale: 'pt-BR' });
    const row = (await screen.findByRole('rowheader', { name: 'Stripe' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('O provedor deixou de renovar o acesso.')).toBeInTheDocument();
  });
});

describe('DataSourcesTable languages', () => {
  it('speaks Spanish once its catalog has arrived', async () => {
    renderTable({ locale: 'es' });
    const heading = await screen.findByRole('heading', { name: 'Fuentes de datos' });
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'es');
    expect(await screen.findByRole('searchbox', { name: 'Buscar fuentes de datos' })).toBeInTheDocument();
  });

  it('takes the host’s wording over the catalog, one message at a time', async () => {
    renderTable({ messages: { 'dataSources.title': 'Sources' } });
    expect(await screen.findByRole('table', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
  });

  it('speaks a language it does not ship, at once, when the host gives every message', () => {
    renderTable({ locale: 'it', messages: { ...en, 'dataSources.title': 'Origini dati' } });
    // No catalog to wait for: there on the first render.
    expect(screen.getByRole('heading', { name: 'Origini dati' }).closest('[lang]')).toHaveAttribute('lang', 'it');
  });
});

describe('ConnectionsWidget keeps the table’s view in the URL', () => {
  it('reads the search, filter and sort from the address, and writes what the admin types back into it, replacing', async () => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const { user, router } = renderConnectionsWidget({
      api,
      route: '/?q=mysql&status=success&sort=lastConnectionStarted&order=asc',
    });

    expect(await screen.findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['MySQL']);
    expect(searchBox()).toHaveValue('mysql');
    expect(statusFilter()).toHaveDisplayValue('Success');
    expect(screen.getByRole('columnheader', { name: 'Last Connection Started' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(queriesOf(list)).toEqual([
      { q: 'mysql', status: ['success'], sort: 'lastConnectionStarted', order: 'asc', limit: 100, cursor: undefined },
    ]);

    await user.clear(searchBox());
    await user.type(searchBox(), 'push');
    await waitFor(() => expect(router.state.location.search).toContain('q=push'));
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      q: 'push',
      status: 'success',
      sort: 'lastConnectionStarted',
      order: 'asc',
    });
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(rowNames()).toEqual(['Push API']));
  });

  it('falls back to the defaults for a hostile address', async () => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const { container } = renderConnectionsWidget({
      api,
      route: `/?sort=evil&order=sideways&status=${encodeURIComponent('<script>')}`,
    });

    await screen.findByRole('rowheader', { name: 'MySQL' });
    expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']);
    expect(searchBox()).toHaveValue('');
    expect(statusFilter()).toHaveDisplayValue('All statuses');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    expect(queriesOf(list)).toEqual([{ sort: 'name', order: 'asc', limit: 100, cursor: undefined }]);
    expect(container.querySelector('script')).toBeNull();
  });

  it('cuts a search longer than the box takes to the 200 characters the backend is asked for', async () => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    renderConnectionsWidget({ api, route: `/?q=${'m'.repeat(10_000)}` });

    expect(await screen.findByText('No data sources match your search and filter.')).toBeInTheDocument();
    expect(searchBox()).toHaveValue('m'.repeat(200));
    expect(queriesOf(list)).toEqual([
      { sort: 'name', order: 'asc', q: 'm'.repeat(200), limit: 100, cursor: undefined },
    ]);
  });
});
