import { QueryClient } from '@tanstack/react-query';
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataSource } from '../../../src/api/types';
import type { ConnectionsEvent } from '../../../src/context/ConnectionsEvent';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import type { ConnectionsWidgetProps } from '../../../src/widget/ConnectionsWidget';
import type { ConnectionsWidgetHandle } from '../../../src/widget/mountConnectionsWidget';
import { expectNoAxeViolations } from '../../support/axe';
import { whenEnabled } from '../../support/whenEnabled';
import { mountInto } from './support/hostElement';

const stripeSource: DataSource = {
  id: 'ds_stripe',
  name: 'Stripe',
  integrationId: 'stripe',
  connection: 'acct_1Example',
  status: 'success',
  lastConnectionStartedAt: '2026-11-20T10:00:00.000Z',
  lastConnectionDurationSeconds: 30,
};

const handles: ConnectionsWidgetHandle[] = [];

/** A widget in an element of its own on the page, and the events it reports. */
async function place(options: ConnectionsWidgetProps) {
  const element = (
    document.querySelector('main') ?? document.body.appendChild(document.createElement('main'))
  ).appendChild(document.createElement('section'));
  const events: ConnectionsEvent[] = [];
  handles.push(await mountInto(element, { onEvent: (event) => events.push(event), ...options }));
  return { element, events, widget: within(element) };
}

function rowNames(element: HTMLElement, table: string) {
  return within(within(element).getByRole('table', { name: table }))
    .getAllByRole('rowheader')
    .map((header) => header.textContent);
}

beforeEach(() => {
  // The first widget keeps its page in the address bar under /a; the second, in memory under /b.
  window.history.replaceState(null, '', '/a');
});

afterEach(() => {
  act(() => handles.splice(0).forEach((handle) => handle.unmount()));
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('two widgets on one page', () => {
  it('keep the data of two backends apart under one shared QueryClient, and their ids apart', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const user = userEvent.setup();
    const first = await place({ api: createMemoryConnectionsApi(), role: 'admin', basename: '/a', queryClient });
    const second = await place({
      api: createMemoryConnectionsApi({ dataSources: [stripeSource] }),
      role: 'admin',
      locale: 'pt-BR',
      basename: '/b',
      routing: 'memory',
      queryClient,
    });

    await first.widget.findByRole('rowheader', { name: 'MySQL' });
    await second.widget.findByRole('rowheader', { name: 'Stripe' });
    expect(rowNames(first.element, 'Data Sources')).toEqual(['Google ECommerce', 'MySQL', 'Push API']);
    // Named by its own heading: with ids repeated, the label would be the first widget's.
    expect(rowNames(second.element, 'Fontes de dados')).toEqual(['Stripe']);
    const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    await expectNoAxeViolations(document.body);

    await user.click(first.widget.getByRole('button', { name: 'Delete MySQL' }));
    await user.click(first.widget.getByRole('button', { name: 'Delete data source' }));
    await first.widget.findByText('MySQL was deleted.');

    expect(rowNames(first.element, 'Data Sources')).toEqual(['Google ECommerce', 'Push API']);
    expect(rowNames(second.element, 'Fontes de dados')).toEqual(['Stripe']);
    expect(first.events).toEqual([{ type: 'data_source_deleted', dataSourceId: expect.any(String) }]);
    expect(second.events).toEqual([]);
  });

  it('each make their own QueryClient when given none', async () => {
    const first = await place({ api: createMemoryConnectionsApi(), role: 'admin', basename: '/a' });
    const second = await place({
      api: createMemoryConnectionsApi({ dataSources: [stripeSource] }),
      role: 'admin',
      basename: '/b',
      routing: 'memory',
    });

    await first.widget.findByRole('rowheader', { name: 'MySQL' });
    await second.widget.findByRole('rowheader', { name: 'Stripe' });
    expect(rowNames(second.element, 'Data Sources')).toEqual(['Stripe']);
  });

  it('route apart: one in the address bar, one in memory', async () => {
    const user = userEvent.setup();
    const first = await place({ api: createMemoryConnectionsApi(), role: 'admin', basename: '/a' });
    const second = await place({ api: createMemoryConnectionsApi(), role: 'admin', basename: '/b', routing: 'memory' });
    await second.widget.findByRole('rowheader', { name: 'MySQL' });

    await user.click(first.widget.getByRole('button', { name: 'Add a Data Source' }));
    expect(window.location.pathname).toBe('/a/add');
    expect(second.widget.getByRole('table', { name: 'Data Sources' })).toBeInTheDocument();

    await user.click(second.widget.getByRole('button', { name: 'Add a Data Source' }));
    expect(await second.widget.findByRole('searchbox', { name: 'Search integrations' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/a/add');
    expect(second.widget.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/b');
  });

  it('keep their authorizations apart: one waiting does not hold up or hear of the other', async () => {
    window.history.replaceState(null, '', '/a/add/stripe');
    const user = userEvent.setup();
    const waiting = createMemoryConnectionsApi();
    vi.spyOn(waiting, 'startAuthorization').mockReturnValue(new Promise(() => {}));
    const first = await place({ api: waiting, role: 'admin', basename: '/a' });
    const second = await place({
      api: createMemoryConnectionsApi(),
      role: 'admin',
      locale: 'pt-BR',
      basename: '/b',
      routing: 'memory',
    });

    await user.click(await whenEnabled(await first.widget.findByRole('button', { name: 'Connect with Stripe' })));
    expect(first.widget.getByRole('button', { name: 'Redirecting to Stripe…' })).toBeInTheDocument();

    await user.click(await second.widget.findByRole('button', { name: 'Adicionar uma fonte de dados' }));
    await user.click(await second.widget.findByRole('button', { name: 'Stripe' }));
    await user.click(second.widget.getByRole('button', { name: 'Conectar com o Stripe' }));

    expect(await second.widget.findByText('Conexão bem-sucedida!')).toBeInTheDocument();
    expect(await second.widget.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(second.events.map((event) => event.type)).toEqual(['authorization_started', 'authorization_completed']);
    expect(first.widget.getByRole('button', { name: 'Redirecting to Stripe…' })).toBeInTheDocument();
    expect(first.widget.queryByText('Connection successful!')).not.toBeInTheDocument();
    expect(first.events).toEqual([]);
    expect(window.location.pathname).toBe('/a/add/stripe');
  });

  it('each gate on their own role: the read-only one sends nothing while the admin one loads', async () => {
    const readOnlyApi = createMemoryConnectionsApi();
    const readOnlyCalls = vi.spyOn(readOnlyApi, 'listDataSources');
    const admin = await place({ api: createMemoryConnectionsApi(), role: 'admin', basename: '/a' });
    const readOnly = await place({
      api: readOnlyApi,
      role: 'read-only',
      locale: 'pt-BR',
      basename: '/b',
      routing: 'memory',
    });

    expect(await admin.widget.findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(readOnly.widget.getByText('Requer permissões de administrador')).toBeInTheDocument();
    expect(admin.widget.queryByText('Requires Administrator permissions')).not.toBeInTheDocument();
    expect(readOnlyCalls).not.toHaveBeenCalled();
  });
});
