import { QueryClient } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import type { ConnectionsEvent } from '../../../src/context/ConnectionsEvent';
import type { ConnectionsWidgetElement } from '../../../src/element/ConnectionsWidgetElement';
import { defineConnectionsWidgetElement } from '../../../src/element/index';
import { queryKeys as connectionsQueryKeys } from '../../../src/queries/queryKeys';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import { expectNoAxeViolations } from '../../support/axe';
import { whenEnabled } from '../../support/whenEnabled';
import { widgetIn } from './support/widgetIn';

let lateNames = 0;

afterEach(async () => {
  await act(async () => {
    document.body.replaceChildren();
    // Removed elements unmount their widgets in a microtask.
    await Promise.resolve();
  });
});

/** A `<connections-widget>` with these attributes, on the page. */
async function place(attributes: Record<string, string>, setUp?: (element: ConnectionsWidgetElement) => void) {
  const element = document.createElement('connections-widget');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  setUp?.(element);
  await act(async () => document.body.append(element));
  return element;
}

describe('<connections-widget>', () => {
  it('is registered by importing its entry, and is typed as the widget element', () => {
    expect(customElements.get('connections-widget')).toBeDefined();
    expectTypeOf(document.createElement('connections-widget')).toEqualTypeOf<ConnectionsWidgetElement>();
    // A second copy of the package finds the name taken and leaves the first alone.
    expect(() => defineConnectionsWidgetElement()).not.toThrow();
  });

  it('renders nothing until its api is set, then the widget in a shadow root with its own stylesheet', async () => {
    const element = await place({ 'user-role': 'admin' });
    expect(element.shadowRoot).toBeNull();

    await act(async () => {
      element.api = createMemoryConnectionsApi();
    });

    const widget = widgetIn(element);
    expect(await within(widget).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(element.shadowRoot?.querySelector('style')?.textContent).toContain(':host');
    // The host page's own queries do not reach into the shadow root, nor its styles.
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations(element);
  });

  it('renders again when an attribute changes', async () => {
    const element = await place({ 'user-role': 'admin' }, (element) => {
      element.api = createMemoryConnectionsApi();
    });
    const widget = () => widgetIn(element);
    await within(widget()).findByRole('table', { name: 'Data Sources' });

    await act(async () => {
      element.setAttribute('locale', 'pt-BR');
      element.setAttribute('theme', 'dark');
    });
    // The pt-BR catalog is a chunk of its own, fetched now.
    expect(await within(widget()).findByRole('table', { name: 'Fontes de dados' })).toBeInTheDocument();
    expect(widget().querySelector('.cw-root')).toHaveAttribute('data-theme', 'dark');
    // Portuguese inside the host's English page is marked as such, for screen readers.
    expect(within(widget()).getByRole('heading', { name: 'Conexões' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'pt-BR',
    );

    await act(async () => element.setAttribute('user-role', 'standard'));
    expect(within(widget()).getByText('Requer permissões de administrador')).toBeInTheDocument();
    expect(within(widget()).queryByRole('table')).not.toBeInTheDocument();
  });

  it.each([undefined, 'ADMIN', 'owner'])('treats user-role %s as read-only and sends nothing', async (role) => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const element = await place(role === undefined ? {} : { 'user-role': role }, (element) => {
      element.api = api;
    });

    expect(within(widgetIn(element)).getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });

  it('takes base-path as the path it lives under', async () => {
    window.history.replaceState(null, '', '/admin/connections');
    try {
      const element = await place({ 'user-role': 'admin', 'base-path': '/admin/connections' }, (element) => {
        element.api = createMemoryConnectionsApi();
      });
      await userEvent.setup().click(within(widgetIn(element)).getByRole('button', { name: 'Add a Data Source' }));
      expect(window.location.pathname).toBe('/admin/connections/add');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('uses the QueryClient given as a property', async () => {
    const queryClient = new QueryClient();
    const element = await place({ 'user-role': 'admin' }, (element) => {
      element.api = createMemoryConnectionsApi();
      element.queryClient = queryClient;
    });

    await within(widgetIn(element)).findByRole('rowheader', { name: 'MySQL' });
    expect(queryClient.getQueryCache().findAll({ queryKey: connectionsQueryKeys.all })).toHaveLength(1);
  });

  it('takes onEvent and authorizationHosts as properties', async () => {
    const events: ConnectionsEvent[] = [];
    const api: ConnectionsApi = {
      ...createMemoryConnectionsApi(),
      startAuthorization: async () => ({
        authorizationUrl: 'https://connect.stripe.com/oauth/authorize?state=st_0123456789abcdefghijkl',
        state: 'st_0123456789abcdefghijkl',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      }),
    };
    window.history.replaceState(null, '', '/add/stripe');
    try {
      const element = await place({ 'user-role': 'admin' }, (element) => {
        element.api = api;
        element.onEvent = (event) => events.push(event);
        element.authorizationHosts = ['marketplace.stripe.com'];
      });
      const widget = widgetIn(element);
      await userEvent
        .setup()
        .click(await whenEnabled(await within(widget).findByRole('button', { name: 'Connect with Stripe' })));

      expect(
        await within(widget).findByText(/connect\.stripe\.com, which is not an allowed authorization host/),
      ).toBeInTheDocument();
      expect(events).toEqual([
        { type: 'authorization_failed', error: expect.objectContaining({ host: 'connect.stripe.com' }) },
      ]);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  // That the dialog is modal there too (the widget behind it inert) is checked in Chromium, by the
  // story DataSourcesTable › Delete Confirmation In Shadow Root.
  it('opens the delete dialog within its shadow root with focus on Cancel, and Cancel gives focus back', async () => {
    const user = userEvent.setup();
    const element = await place({ 'user-role': 'admin' }, (element) => {
      element.api = createMemoryConnectionsApi();
    });
    const widget = widgetIn(element);
    const trigger = await within(widget).findByRole('button', { name: 'Delete MySQL' });
    await user.click(trigger);
    const dialog = within(widget).getByRole('dialog', { name: 'Delete MySQL?' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    // The document sees only the element: focus inside is the shadow root's to tell.
    expect(element.shadowRoot?.activeElement).toBe(cancel);

    await user.click(cancel);
    expect(within(widget).queryByRole('dialog')).not.toBeInTheDocument();
    expect(element.shadowRoot?.activeElement).toBe(trigger);
  });

  it('takes over properties set before the element was defined', async () => {
    const name = `late-widget-${++lateNames}`;
    const element = document.createElement(name) as ConnectionsWidgetElement;
    element.setAttribute('user-role', 'admin');
    element.api = createMemoryConnectionsApi();
    document.body.append(element);

    await act(async () => defineConnectionsWidgetElement(name));

    expect(await within(widgetIn(element)).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
  });

  it('renders among its own children with light-dom', async () => {
    const element = await place({ 'user-role': 'admin', 'light-dom': '' }, (element) => {
      element.api = createMemoryConnectionsApi();
    });

    expect(element.shadowRoot).toBeNull();
    expect(await screen.findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(element).toContainElement(screen.getByRole('table', { name: 'Data Sources' }));
  });

  it('keeps its widget when moved, unmounts it when removed, and waits again when api is unset', async () => {
    const element = await place({ 'user-role': 'admin' }, (element) => {
      element.api = createMemoryConnectionsApi();
    });
    const row = await within(widgetIn(element)).findByRole('rowheader', { name: 'MySQL' });
    const elsewhere = document.body.appendChild(document.createElement('section'));

    await act(async () => elsewhere.append(element));
    expect(within(widgetIn(element)).getByRole('rowheader', { name: 'MySQL' })).toBe(row);

    await act(async () => element.remove());
    expect(element.shadowRoot?.querySelector('div')).toBeNull();

    await act(async () => elsewhere.append(element));
    expect(await within(widgetIn(element)).findByRole('rowheader', { name: 'MySQL' })).not.toBe(row);

    await act(async () => {
      element.api = undefined;
    });
    expect(element.shadowRoot?.querySelector('div')).toBeNull();
  });
});
