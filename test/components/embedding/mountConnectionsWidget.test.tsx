import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConnectionsEvent } from '../../../src/context/ConnectionsEvent';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import { expectNoAxeViolations } from '../../support/axe';
import { mountInto, setUpHostElement } from './support/hostElement';

const hostElement = setUpHostElement();

describe('mountConnectionsWidget', () => {
  it('renders the whole widget into an element of a page without React', async () => {
    const host = hostElement();
    await mountInto(host, { api: createMemoryConnectionsApi(), role: 'admin' });

    expect(within(host).getByRole('heading', { level: 2, name: 'Connections' })).toBeInTheDocument();
    expect(await within(host).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(within(host).getByRole('button', { name: 'Add a Data Source' })).toBeInTheDocument();
    await expectNoAxeViolations(host);
  });

  it('runs the flow in its own router, under base path', async () => {
    const host = hostElement();
    window.history.replaceState(null, '', '/admin/connections');
    const user = userEvent.setup();
    await mountInto(host, { api: createMemoryConnectionsApi(), role: 'admin', basename: '/admin/connections' });

    await user.click(await within(host).findByRole('button', { name: 'Add a Data Source' }));
    await user.click(await within(host).findByRole('button', { name: 'Stripe' }));
    expect(window.location.pathname).toBe('/admin/connections/add/stripe');
    await user.click(within(host).getByRole('button', { name: 'Connect with Stripe' }));

    expect(await within(host).findByText('Connection successful!')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/admin/connections');
  });

  it('update renders again with the given options over the current ones', async () => {
    const host = hostElement();
    const api = createMemoryConnectionsApi();
    const first: ConnectionsEvent[] = [];
    const later: ConnectionsEvent[] = [];
    const user = userEvent.setup();
    const widget = await mountInto(host, { api, role: 'admin', onEvent: (event) => first.push(event) });
    await within(host).findByRole('rowheader', { name: 'MySQL' });

    await act(async () => widget.update({ locale: 'pt-BR', theme: 'dark', onEvent: (event) => later.push(event) }));

    // The role given at mount still holds: the table is there, now in Portuguese and dark.
    // The pt-BR catalog is a chunk of its own, fetched now.
    expect(await within(host).findByRole('table', { name: 'Fontes de dados' })).toBeInTheDocument();
    expect(host.querySelector('.cw-root')).toHaveAttribute('data-theme', 'dark');
    await user.click(within(host).getByRole('button', { name: 'Excluir MySQL' }));
    await user.click(within(host).getByRole('button', { name: 'Excluir fonte de dados' }));
    await within(host).findByText('MySQL foi excluída.');
    expect(first).toEqual([]);
    expect(later).toEqual([{ type: 'data_source_deleted', dataSourceId: expect.any(String) }]);

    await act(async () => widget.update({ role: 'read-only' }));

    expect(within(host).getByText('Requer permissões de administrador')).toBeInTheDocument();
    expect(within(host).queryByRole('table')).not.toBeInTheDocument();
  });

  it('unmount empties the element; unmounting again or updating afterwards does nothing', async () => {
    const host = hostElement();
    const widget = await mountInto(host, { api: createMemoryConnectionsApi(), role: 'admin' });
    await within(host).findByRole('rowheader', { name: 'MySQL' });

    act(() => widget.unmount());
    expect(host).toBeEmptyDOMElement();

    expect(() => {
      widget.unmount();
      widget.update({ role: 'admin' });
    }).not.toThrow();
    expect(host).toBeEmptyDOMElement();
  });
});
