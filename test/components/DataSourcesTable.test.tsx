import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import type { DataSource } from '../../src/api/types';
import { DataSourcesTable, type DataSourcesTableProps } from '../../src/components/DataSourcesTable/DataSourcesTable';
import type { Role } from '../../src/context/Role';
import { LocationAssignContext } from '../../src/context/LocationAssignContext';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import {
  createMemoryConnectionsApi,
  type MemoryConnectionsApiOptions,
} from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithConnections, type RenderWithConnectionsOptions } from '../support/renderWithConnections';
import { dataSourceFixture } from '../support/dataSourceFixture';

const now = () => new Date('2026-11-26T05:00:00.000Z');
const redirectUri = 'https://app.example.com/admin/connections/callback';

const source = dataSourceFixture;

function renderTable(
  options: {
    api?: MemoryConnectionsApiOptions;
    props?: DataSourcesTableProps;
    wrap?: (table: ReactElement) => ReactElement;
  } & Omit<RenderWithConnectionsOptions, 'api'> = {},
) {
  const { api: apiOptions, props, wrap = (table) => table, ...renderOptions } = options;
  const api = createMemoryConnectionsApi(apiOptions);
  const result = renderWithConnections(wrap(<DataSourcesTable now={now} redirectUri={redirectUri} {...props} />), {
    api,
    ...renderOptions,
  });
  return { ...result, api };
}

const columnNames = (table: HTMLElement) =>
  // The arrows of the sort buttons are hidden from assistive technology; drop them from the text too.
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼↕]/g, ''));
const rowNames = () => screen.getAllByRole('rowheader').map((header) => header.textContent);
const serverError = () => new ConnectionsApiError('server', 'boom', { status: 500, code: 'internal' });

/** The backend answers a Reconnect with an authorization address on a host the widget does not allow. */
function answerOffTheAllowList(api: ConnectionsApi) {
  vi.spyOn(api, 'startReauthorization').mockResolvedValue({
    authorizationUrl: 'https://evil.example/oauth/authorize?state=st_0123456789abcdefghijkl',
    state: 'st_0123456789abcdefghijkl',
    expiresAt: '2026-11-26T05:10:00.000Z',
  });
}
/**
 * What Chromium does to an open modal dialog on Escape: a cancelable `cancel` event, the dialog
 * closing unless it is canceled. jsdom has no close requests, so the test fires it (the e2e spec
 * presses the key); true when the dialog would have let the browser close it.
 */
const requestClose = (dialog: HTMLElement) => fireEvent(dialog, new Event('cancel', { cancelable: true }));

describe('DataSourcesTable', () => {
  it('shows the product’s data sources in a table named Data Sources with the product’s columns', async () => {
    const { container } = renderTable();
    const table = await screen.findByRole('table', { name: 'Data Sources' });

    expect(columnNames(table)).toEqual([
      'Name',
      'Connection',
      'Status',
      'Last Connection Started',
      'Last Connection Duration',
      'Action',
    ]);
    // Sorted by name from the start, as the backend answers it.
    expect(rowNames()).toEqual(['Google ECommerce', 'MySQL', 'Push API']);
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

    const mysql = screen.getByRole('row', { name: /^MySQL/ });
    const cells = within(mysql)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['db.example.com:3306/store', 'Success', '2 hours ago', '12 min 34 sec', 'Delete']);
    const started = within(mysql).getByText('2 hours ago');
    expect(started.tagName).toBe('TIME');
    expect(started).toHaveAttribute('datetime', '2026-11-26T03:15:00.000Z');
    expect(started).toHaveAttribute('title', expect.stringContaining('2026'));
    expect(within(mysql).getByText('12 min 34 sec')).toHaveAttribute('datetime', 'PT754S');
    expect(within(mysql).getByRole('button', { name: 'Delete MySQL' })).toBeInTheDocument();
    expect(within(mysql).queryByRole('button', { name: /Reconnect/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('writes every status as a word on a badge, says Never and Not finished, and offers Reconnect where access needs repair', async () => {
    const { container } = renderTable({
      theme: 'dark',
      api: {
        dataSources: [
          source({ id: 'a', name: 'Alpha', status: 'success' }),
          source({ id: 'b', name: 'Beta', status: 'syncing', lastConnectionDurationSeconds: null }),
          source({
            id: 'c',
            name: 'Gamma',
            status: 'needs_reauthorization',
            lastConnectionStartedAt: null,
            lastConnectionDurationSeconds: null,
          }),
          source({ id: 'd', name: 'Delta', status: 'error' }),
        ],
      },
    });
    await screen.findByRole('table', { name: 'Data Sources' });

    const statusOf = (name: string) =>
      within(screen.getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')[1];
    expect(statusOf('Alpha')).toHaveTextContent('Success');
    expect(statusOf('Beta')).toHaveTextContent('Syncing');
    expect(statusOf('Gamma')).toHaveTextContent('Needs re-authorization');
    expect(statusOf('Delta')).toHaveTextContent('Error');

    const gamma = screen.getByRole('row', { name: /^Gamma/ });
    expect(within(gamma).getByText('Never')).toBeInTheDocument();
    expect(within(gamma).getByText('Not finished')).toBeInTheDocument();

    expect(
      screen.getAllByRole('button', { name: /^Reconnect / }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Reconnect Delta', 'Reconnect Gamma']);
    expect(container.querySelector('.cw-root')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(container);
  });

  it('says it is loading while the list is on its way', async () => {
    const { container } = renderTable({ api: { latencyMs: Infinity } });
    expect(screen.getByText('Loading data sources…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says there are no data sources yet when the list is empty', async () => {
    const { container } = renderTable({ api: { dataSources: [] } });
    expect(await screen.findByText('No data sources yet. Add one to start syncing your data.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('explains a failed load and shows the list once Try again succeeds', async () => {
    const { container, api, user } = renderTable({ api: { failures: { listDataSources: serverError() } } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data sources could not be loaded.');
    expect(alert).toHaveTextContent('The server had a problem. Try again in a moment.');
    await expectNoAxeViolations(container);

    api.setFailure('listDataSources', null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sorts by Name and by Last Connection Started from the keyboard, in both directions, never-started sources last', async () => {
    const { user, api, container } = renderTable({
      api: {
        dataSources: [
          ...productDataSources,
          source({ id: 'new', name: 'zendesk', lastConnectionStartedAt: null }),
          source({ id: 'accent', name: 'Ágora', lastConnectionStartedAt: '2026-11-20T00:00:00.000Z' }),
        ],
      },
    });
    const table = await screen.findByRole('table', { name: 'Data Sources' });
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    const startedHeader = screen.getByRole('columnheader', { name: 'Last Connection Started' });
    const list = vi.spyOn(api, 'listDataSources');
    // Sorted by name from the start. Accents and case compare as the language does: Ágora with
    // the As, zendesk with the Zs.
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(startedHeader).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(['Ágora', 'Google ECommerce', 'MySQL', 'Push API', 'zendesk']);
    /** Each sort is the backend's: the table asks anew and shows the rows in the order answered. */
    const expectSortedBy = async (sort: string, order: string, names: string[]) => {
      expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort, order }), expect.anything());
      await waitFor(() => expect(rowNames()).toEqual(names));
      expect(table).not.toHaveAttribute('aria-busy');
    };

    // The search box and the status filter come first.
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search data sources' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expectSortedBy('name', 'desc', ['zendesk', 'Push API', 'MySQL', 'Google ECommerce', 'Ágora']);

    await user.keyboard(' ');
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await expectSortedBy('name', 'asc', ['Ágora', 'Google ECommerce', 'MySQL', 'Push API', 'zendesk']);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Last Connection Started' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(startedHeader).toHaveAttribute('aria-sort', 'descending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    await expectSortedBy('lastConnectionStarted', 'desc', [
      'Push API',
      'MySQL',
      'Google ECommerce',
      'Ágora',
      'zendesk',
    ]);

    await user.keyboard('{Enter}');
    expect(startedHeader).toHaveAttribute('aria-sort', 'ascending');
    await expectSortedBy('lastConnectionStarted', 'asc', ['Ágora', 'Google ECommerce', 'MySQL', 'Push API', 'zendesk']);
    await expectNoAxeViolations(container);
  });

  describe('Delete', () => {
    // That the page behind the dialog is inert (no Tab, no click reaches it) is the browser's doing,
    // which jsdom lacks: test/e2e/deleteDataSource.spec.ts checks it in Chromium.
    it('asks first in a dialog with focus on Cancel, and Cancel leaves the source and returns focus', async () => {
      const { user, api, container } = renderTable();
      await screen.findByRole('table', { name: 'Data Sources' });
      const trigger = screen.getByRole('button', { name: 'Delete MySQL' });

      await user.click(trigger);
      const dialog = screen.getByRole('dialog', { name: 'Delete MySQL?' });
      expect(dialog).toHaveAccessibleDescription(
        'The source stops syncing and its access is revoked. Data already synced is not removed.',
      );
      const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
      const confirm = within(dialog).getByRole('button', { name: 'Delete data source' });
      expect(cancel).toHaveFocus();
      await expectNoAxeViolations(container);

      await user.tab();
      expect(confirm).toHaveFocus();
      await user.tab({ shift: true });
      expect(cancel).toHaveFocus();

      await user.click(cancel);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(trigger).toHaveFocus();
      expect(rowNames()).toContain('MySQL');
      expect(api.snapshot().map((dataSource) => dataSource.id)).toContain('ds_mysql');
    });

    it('closes on Escape and returns focus to the Delete button it came from', async () => {
      const { user } = renderTable();
      await screen.findByRole('table', { name: 'Data Sources' });
      const trigger = screen.getByRole('button', { name: 'Delete Push API' });
      trigger.focus();

      await user.keyboard('{Enter}');
      const dialog = screen.getByRole('dialog', { name: 'Delete Push API?' });
      // Refused, so the browser leaves the dialog to React, which takes it away.
      expect(requestClose(dialog)).toBe(false);

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(trigger).toHaveFocus();
      expect(rowNames()).toContain('Push API');
    });

    it('shows a failure inside the dialog with its reason, keeps the row and tells the host', async () => {
      const { user, api, events, container } = renderTable();
      await screen.findByRole('table', { name: 'Data Sources' });
      api.setFailure('deleteDataSource', serverError());

      await user.click(screen.getByRole('button', { name: 'Delete MySQL' }));
      const dialog = screen.getByRole('dialog', { name: 'Delete MySQL?' });
      await user.click(within(dialog).getByRole('button', { name: 'Delete data source' }));

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('The data source could not be deleted.');
      expect(alert).toHaveTextContent('The server had a problem. Try again in a moment.');
      expect(within(dialog).getByRole('button', { name: 'Delete data source' })).not.toHaveAttribute('aria-disabled');
      expect(rowNames()).toContain('MySQL');
      expect(events).toContainEqual({ type: 'error', error: expect.objectContaining({ kind: 'server' }) });
      await expectNoAxeViolations(container);
    });

    it('says Deleting… while the request is out, then removes the row, announces it and moves focus to the title', async () => {
      const { user, api, events, container } = renderTable();
      const realDelete = api.deleteDataSource;
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => {
        answer = resolve;
      });
      vi.spyOn(api, 'deleteDataSource').mockImplementation(async (input, options) => {
        await answered;
        return realDelete(input, options);
      });
      await screen.findByRole('table', { name: 'Data Sources' });

      await user.click(screen.getByRole('button', { name: 'Delete MySQL' }));
      const dialog = screen.getByRole('dialog', { name: 'Delete MySQL?' });
      await user.click(within(dialog).getByRole('button', { name: 'Delete data source' }));

      const deleting = within(dialog).getByRole('button', { name: 'Deleting…' });
      expect(deleting).toHaveAttribute('aria-disabled', 'true');
      expect(deleting).toHaveFocus();
      await user.click(deleting);
      expect(requestClose(dialog)).toBe(false);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(dialog).toBeInTheDocument();
      expect(api.deleteDataSource).toHaveBeenCalledTimes(1);
      await expectNoAxeViolations(container);

      answer();

      expect(await screen.findByText('MySQL was deleted.')).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(rowNames()).toEqual(['Google ECommerce', 'Push API']);
      expect(screen.getByRole('heading', { name: 'Data Sources' })).toHaveFocus();
      expect(api.snapshot().map((dataSource) => dataSource.id)).not.toContain('ds_mysql');
      expect(events).toContainEqual({ type: 'data_source_deleted', dataSourceId: 'ds_mysql' });
      await expectNoAxeViolations(container);
    });
  });

  it.each([
    ['a timestamp that is no date', { lastConnectionStartedAt: 'not a date' }],
    ['a missing name', { name: undefined }],
  ])('shows an alert instead of rows when the API answers %s', async (_, change) => {
    const malformed = { ...source({ id: 'ds_bad', name: 'Bad' }), ...change } as DataSource;
    const { container, events } = renderTable({ api: { dataSources: [productDataSources[0], malformed] } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(events).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'invalid_response' }) }]);
    await expectNoAxeViolations(container);
  });

  it('offers no Try again when the list is refused (403)', async () => {
    renderTable({
      api: {
        failures: { listDataSources: new ConnectionsApiError('forbidden', 'no', { status: 403, code: 'forbidden' }) },
      },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data sources could not be loaded. Requires Administrator permissions');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  describe('Reconnect', () => {
    const stripe = source({ id: 'ds_stripe', name: 'Stripe', status: 'needs_reauthorization' });

    it('re-authorizes that same source: the backend is asked for it and the browser is sent to the answer', async () => {
      const assign = vi.fn<(url: string) => void>();
      const { user, api, events } = renderTable({
        api: { dataSources: [stripe] },
        wrap: (table) => <LocationAssignContext.Provider value={assign}>{table}</LocationAssignContext.Provider>,
      });
      vi.spyOn(api, 'startReauthorization');
      vi.spyOn(api, 'startAuthorization');

      await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe' }));

      await vi.waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
      expect(api.startReauthorization).toHaveBeenCalledWith(
        { dataSourceId: 'ds_stripe', redirectUri },
        expect.anything(),
      );
      expect(api.startAuthorization).not.toHaveBeenCalled();
      const destination = new URL(assign.mock.calls[0]![0]);
      expect(`${destination.origin}${destination.pathname}`).toBe(redirectUri);
      const state = destination.searchParams.get('state') ?? '';
      expect(pendingAuthorization.read(state)).toMatchObject({ integrationId: 'stripe', dataSourceId: 'ds_stripe' });
      expect(events).toContainEqual({
        type: 'authorization_started',
        integrationId: 'stripe',
        dataSourceId: 'ds_stripe',
      });
      expect(screen.getByRole('button', { name: 'Reconnect Stripe' })).toHaveAttribute('aria-disabled', 'true');
    });

    it('shows why a re-authorization could not start, next to the table, and Try again starts it', async () => {
      const assign = vi.fn<(url: string) => void>();
      const { user, api, container } = renderTable({
        api: { dataSources: [stripe], failures: { startReauthorization: serverError() } },
        wrap: (table) => <LocationAssignContext.Provider value={assign}>{table}</LocationAssignContext.Provider>,
      });

      await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The re-authorization of Stripe could not be started.');
      expect(alert).toHaveTextContent('The server had a problem. Try again in a moment.');
      expect(assign).not.toHaveBeenCalled();
      await expectNoAxeViolations(container);

      api.setFailure('startReauthorization', null);
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await vi.waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('names the host when the backend answers an address outside the allowed authorization hosts', async () => {
      const assign = vi.fn<(url: string) => void>();
      const { user, api } = renderTable({
        api: { dataSources: [stripe] },
        wrap: (table) => <LocationAssignContext.Provider value={assign}>{table}</LocationAssignContext.Provider>,
      });
      answerOffTheAllowList(api);

      await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The re-authorization of Stripe could not be started.');
      expect(alert).toHaveTextContent(
        'The server sent an authorization address on evil.example, which is not an allowed authorization host.',
      );
      // Asking again would only bring the same address back.
      expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(assign).not.toHaveBeenCalled();
    });

    it.each([
      ['the browser will not store the flow', 'This browser would not store the connection in progress'],
      ['the backend answers a host off the allow-list', 'The server sent an authorization address on evil.example'],
    ])('names no other provider when a Reconnect of a non-Stripe source fails because %s', async (cause, reason) => {
      const mysql = source({
        id: 'ds_mysql',
        name: 'Shop database',
        integrationId: 'mysql',
        status: 'needs_reauthorization',
      });
      const assign = vi.fn<(url: string) => void>();
      const { user, api } = renderTable({
        api: { dataSources: [mysql] },
        wrap: (table) => <LocationAssignContext.Provider value={assign}>{table}</LocationAssignContext.Provider>,
      });
      if (cause.startsWith('the browser')) {
        vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
      } else {
        answerOffTheAllowList(api);
      }

      await user.click(await screen.findByRole('button', { name: 'Reconnect Shop database' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The re-authorization of Shop database could not be started.');
      expect(alert).toHaveTextContent(reason);
      expect(alert).not.toHaveTextContent(/Stripe/);
      expect(assign).not.toHaveBeenCalled();
    });
  });

  it.each<[string, { role?: Role; props?: DataSourcesTableProps }]>([
    ['the provider says so', { role: 'standard' }],
    ['its role prop overrides an admin provider', { props: { role: 'read-only' } }],
  ])('shows a non-admin the permission notice and asks nothing of the backend when %s', async (_case, options) => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const { container } = renderWithConnections(<DataSourcesTable now={now} {...options.props} />, {
      api,
      role: options.role,
    });

    expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Data Sources' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('lets an admin role prop override a non-admin provider', async () => {
    renderTable({ role: 'standard', props: { role: 'admin' } });
    expect(await screen.findByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
  });

  it('speaks Brazilian Portuguese', async () => {
    const { container } = renderTable({ locale: 'pt-BR' });
    const table = await screen.findByRole('table', { name: 'Fontes de dados' });

    expect(columnNames(table)).toEqual([
      'Nome',
      'Conexão',
      'Status',
      'Início da última conexão',
      'Duração da última conexão',
      'Ação',
    ]);
    const mysql = screen.getByRole('row', { name: /^MySQL/ });
    expect(
      within(mysql)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['db.example.com:3306/store', 'Sucesso', 'há 2 horas', '12 min 34 s', 'Excluir']);
    expect(within(mysql).getByRole('button', { name: 'Excluir MySQL' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders hostile names as plain text, isolated and wrappable', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const rtl = '\u202Egnp.exe';
    const long = 'L'.repeat(500);
    const { user, container } = renderTable({
      api: {
        dataSources: [
          source({ id: 'h1', name: script, connection: script }),
          source({ id: 'h2', name: rtl }),
          source({ id: 'h3', name: long, connection: long }),
        ],
      },
    });
    await screen.findByRole('table', { name: 'Data Sources' });

    // In the reference backend's order: by the names' keys, byte by byte, where the invisible
    // right-to-left override (U+202E) comes after every letter.
    expect(rowNames()).toEqual([script, long, rtl]);
    expect(container.querySelector('script, img')).toBeNull();
    for (const header of screen.getAllByRole('rowheader')) {
      expect(header).toHaveClass('cw-table__name');
      expect(header.firstElementChild?.tagName).toBe('BDI');
    }

    await user.click(screen.getByRole('button', { name: `Delete ${script}` }));
    expect(screen.getByRole('dialog', { name: `Delete ${script}?` })).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
    await expectNoAxeViolations(container);
  });
});
