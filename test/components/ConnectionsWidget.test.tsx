import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataSource } from '../../src/api/types';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { ConnectionsWidget } from '../../src/widget/ConnectionsWidget';
import { expectNoAxeViolations } from '../support/axe';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';
import { whenEnabled } from '../support/whenEnabled';

const hosted = { route: '/admin/connections', hostPath: '/admin/connections/*' } as const;

function dataRows() {
  const table = screen.getByRole('table', { name: 'Data Sources' });
  return within(table).getAllByRole('row').slice(1);
}

/** From the Connections page through the picker to Connect with Stripe, by the given labels. */
async function connectStripe(
  user: ReturnType<typeof userEvent.setup>,
  labels = { add: 'Add a Data Source', connect: 'Connect with Stripe' },
) {
  await user.click(await screen.findByRole('button', { name: labels.add }));
  await user.click(await screen.findByRole('button', { name: 'Stripe' }));
  await user.click(screen.getByRole('button', { name: labels.connect }));
}

function spyOnEveryMethod(api: MemoryConnectionsApi) {
  return (Object.keys(api) as (keyof MemoryConnectionsApi)[]).map((method) => vi.spyOn(api, method));
}

// Whole flows through the picker's many tiles, with axe: slower than a unit test on a busy machine.
describe('ConnectionsWidget', { timeout: 20_000 }, () => {
  it('connects Stripe from the table to the banner and the new row, as an admin would', async () => {
    const { user, router, events, container } = renderConnectionsWidget(hosted);

    expect(screen.getByRole('heading', { level: 2, name: 'Connections' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'MySQL' });
    expect(dataRows()).toHaveLength(3);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Add a Data Source' }));
    expect(router.state.location.pathname).toBe('/admin/connections/add');
    expect(screen.getByRole('heading', { name: 'Add a Data Source' })).toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'Stripe' }));
    await expectNoAxeViolations(container);

    expect(router.state.location.pathname).toBe('/admin/connections/add/stripe');
    expect(screen.getByRole('heading', { name: 'Connect Stripe' })).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Connect with Stripe' }));

    // The in-memory API's simulated provider returns to the callback, which completes and goes home.
    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(screen.getByText('Stripe was added to your data sources.')).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/admin/connections', search: '' });
    expect(screen.getByRole('heading', { name: 'Connections' })).toHaveFocus();
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(dataRows()).toHaveLength(4);
    expect(events.map((event) => event.type)).toEqual(['authorization_started', 'authorization_completed']);
    await expectNoAxeViolations(container);
  });

  it('opens the picker with the Add a Data Source button, by keyboard too', async () => {
    const { user, router } = renderConnectionsWidget(hosted);

    const add = await screen.findByRole('button', { name: 'Add a Data Source' });
    expect(add).toHaveAttribute('type', 'button');
    expect(add).toHaveClass('cw-button--primary');
    add.focus();
    await user.keyboard('{Enter}');

    expect(router.state.location.pathname).toBe('/admin/connections/add');
    expect(screen.getByRole('heading', { name: 'Add a Data Source' })).toHaveFocus();
  });

  it('announces the success through a live region that was there before the page changed', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    renderConnectionsWidget({ api, route: `/callback${search}` });
    const regionsBefore = screen.getAllByRole('status');
    const region = regionsBefore.find((candidate) => candidate.textContent === '');
    expect(region).toBeDefined();

    const title = await screen.findByText('Connection successful!');

    await waitFor(() =>
      expect(region).toHaveTextContent(/^Connection successful! Stripe was added to your data sources\.$/),
    );
    expect(region).toBeInTheDocument();
    // The visible banner is a region named by its title, not a second live region saying it again.
    expect(screen.getByRole('region', { name: 'Connection successful!' })).toContainElement(title);
    expect(title.closest('[role="status"]')).toBeNull();
  });

  it('empties the live region when the banner is dismissed', async () => {
    const { user } = renderConnectionsWidget();
    await connectStripe(user);
    // The callback completes, then the list is fetched again: a while on a busy machine.
    const region = await waitFor(
      () => {
        const found = screen
          .getAllByRole('status')
          .find((candidate) => candidate.textContent?.startsWith('Connection successful!'));
        expect(found).toBeDefined();
        return found;
      },
      { timeout: 5_000 },
    );

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(region).toBeInTheDocument();
    expect(region).toHaveTextContent(/^$/);
  });

  it('marks its language, so pt-BR inside an English page is read as Portuguese', async () => {
    document.documentElement.lang = 'en';
    const { container } = renderConnectionsWidget({ locale: 'pt-BR' });

    const heading = await screen.findByRole('heading', { name: 'Conexões' });
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'pt-BR');
    expect(container.querySelector('.cw-root')).toHaveAttribute('lang', 'pt-BR');
    document.documentElement.removeAttribute('lang');
  });

  it('speaks English, and marks it so, for a locale it does not have', () => {
    // Italian ships no catalog (French now does), and no messages are given for it.
    renderConnectionsWidget({ locale: 'it' });

    expect(screen.getByRole('heading', { name: 'Connections' }).closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('shows the banner once: the same history entry rendered again has none', async () => {
    const first = renderConnectionsWidget(hosted);
    await connectStripe(first.user);
    await screen.findByText('Connection successful!');

    first.reload();

    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();
  });

  it('puts focus on the heading when the banner is dismissed', async () => {
    const { user } = renderConnectionsWidget();
    await connectStripe(user);

    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connections' })).toHaveFocus();
  });

  it('re-authorizes a source that needs it in the same row', async () => {
    const stripeSource: DataSource = {
      id: 'ds_stripe',
      name: 'Stripe',
      integrationId: 'stripe',
      connection: 'acct_1Example',
      status: 'needs_reauthorization',
      lastConnectionStartedAt: '2026-11-20T10:00:00.000Z',
      lastConnectionDurationSeconds: 30,
    };
    const api = createMemoryConnectionsApi({ dataSources: [...productDataSources, stripeSource] });
    const { user, events } = renderConnectionsWidget({ ...hosted, api });

    await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe' }));

    expect(await screen.findByText('Stripe was re-authorized.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reconnect Stripe' })).not.toBeInTheDocument());
    expect(dataRows()).toHaveLength(4);
    expect(api.snapshot().filter((source) => source.integrationId === 'stripe')).toEqual([
      expect.objectContaining({ id: 'ds_stripe', status: 'syncing' }),
    ]);
    expect(events).toContainEqual({
      type: 'authorization_started',
      integrationId: 'stripe',
      dataSourceId: 'ds_stripe',
    });
    expect(events).toContainEqual(expect.objectContaining({ type: 'authorization_completed', reauthorized: true }));
    expect(events).toContainEqual({
      type: 'data_source_reconnected',
      dataSource: expect.objectContaining({ id: 'ds_stripe' }),
    });
  });

  it('lives under the host route it is mounted at, and gives that path as the redirect URI', async () => {
    const api = createMemoryConnectionsApi();
    const start = vi.spyOn(api, 'startAuthorization');
    const { user } = renderConnectionsWidget({
      route: '/admin/connections/add/stripe',
      hostPath: '/admin/connections/*',
      api,
    });

    expect(screen.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/admin/connections');
    await user.click(await whenEnabled(await screen.findByRole('button', { name: 'Connect with Stripe' })));

    expect(start).toHaveBeenCalledWith(
      { integrationId: 'stripe', redirectUri: `${window.location.origin}/admin/connections/callback` },
      expect.anything(),
    );
    await screen.findByText('Connection successful!');
  });

  it('runs its own router under basename when the host has none', async () => {
    window.history.replaceState(null, '', '/admin/connections');
    try {
      const api = createMemoryConnectionsApi();
      const start = vi.spyOn(api, 'startAuthorization');
      const user = userEvent.setup();
      render(<ConnectionsWidget api={api} role="admin" basename="/admin/connections" />);

      await connectStripe(user);

      expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
      expect(window.location.pathname).toBe('/admin/connections');
      expect(window.location.search).toBe('');
      expect(start).toHaveBeenCalledWith(
        expect.objectContaining({ redirectUri: `${window.location.origin}/admin/connections/callback` }),
        expect.anything(),
      );
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('leads an unknown address to the Connections page', async () => {
    const { router } = renderConnectionsWidget({
      route: '/admin/connections/no/such/page',
      hostPath: '/admin/connections/*',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/connections'));
    expect(screen.getByRole('heading', { name: 'Connections' })).toBeInTheDocument();
  });

  it('does not take focus on its first render', async () => {
    renderConnectionsWidget({ route: '/add/stripe' });
    expect(screen.getByRole('heading', { name: 'Connect Stripe' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it.each(['standard', 'read-only'] as const)(
    'shows a %s user the notice on every page and sends nothing',
    async (role) => {
      const api = createMemoryConnectionsApi();
      const calls = spyOnEveryMethod(api);
      const { container } = renderConnectionsWidget({ api, role });

      expect(screen.getByRole('heading', { name: 'Connections' })).toBeInTheDocument();
      expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Add a Data Source' })).not.toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      await expectNoAxeViolations(container);

      for (const route of ['/add', '/add/stripe', '/add/mysql', '/callback?code=ac_1&state=s']) {
        const page = renderConnectionsWidget({ api, role, route });
        expect(within(page.container).getByText('Requires Administrator permissions')).toBeInTheDocument();
        page.unmount();
      }
      for (const call of calls) expect(call).not.toHaveBeenCalled();
    },
  );

  it('says an integration it cannot connect itself is not available here yet', async () => {
    const { container } = renderConnectionsWidget({ route: '/add/mysql' });

    expect(await screen.findByText('MySQL cannot be connected from this page yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(container);
  });

  it.each(['salesforce', 'no-such-integration'])('says integration %s is not available for the account', async (id) => {
    renderConnectionsWidget({ route: `/add/${id}` });
    expect(await screen.findByText('This integration is not available for your account.')).toBeInTheDocument();
  });

  it('shows the callback failure inside the widget, with links back', async () => {
    const { user, router, container } = renderConnectionsWidget({
      ...hosted,
      route: '/admin/connections/callback?code=ac_1&state=forged',
    });

    expect(await screen.findByRole('heading', { name: 'The connection was not completed' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    expect(router.state.location.pathname).toBe('/admin/connections/add/stripe');
  });

  it('speaks Brazilian Portuguese through the flow', async () => {
    const { user } = renderConnectionsWidget({ locale: 'pt-BR' });

    await connectStripe(user, { add: 'Adicionar uma fonte de dados', connect: 'Conectar com o Stripe' });

    expect(await screen.findByText('Conexão bem-sucedida!')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Fontes de dados' })).toBeInTheDocument();
  });
});
