import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthorizationCallback } from '../../src/components/AuthorizationCallback/AuthorizationCallback';
import { ConnectionsProvider } from '../../src/components/ConnectionsProvider/ConnectionsProvider';
import { ConnectionSuccessBanner } from '../../src/components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { useConnectionSuccess } from '../../src/components/ConnectionSuccessBanner/useConnectionSuccess';
import { DataSourcesTable } from '../../src/components/DataSourcesTable/DataSourcesTable';
import { StripeAuthorizationPage } from '../../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';

/** A host's own Connections page, built from the exported pieces as the README shows. */
function HostConnectionsPage() {
  const { success, dismiss } = useConnectionSuccess();
  return (
    <main>
      <h1>Admin › Connections</h1>
      {success && <ConnectionSuccessBanner {...success} onDismiss={dismiss} />}
      <DataSourcesTable redirectUri="/admin/connections/callback" />
    </main>
  );
}

function renderHost(api: MemoryConnectionsApi, initialEntry: string | { pathname: string; state: unknown }) {
  const router = createMemoryRouter(
    [
      { path: '/admin/connections', element: <HostConnectionsPage /> },
      {
        path: '/admin/connections/stripe',
        element: (
          <StripeAuthorizationPage redirectUri="/admin/connections/callback" connectionsTo="/admin/connections" />
        ),
      },
      { path: '/admin/connections/callback', element: <AuthorizationCallback connectionsTo="/admin/connections" /> },
    ],
    { initialEntries: [initialEntry] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rendered = render(
    <ConnectionsProvider api={api} role="admin" queryClient={queryClient}>
      <RouterProvider router={router} />
    </ConnectionsProvider>,
  );
  return { ...rendered, router };
}

describe('the components on their own, in a host’s routes', () => {
  it('the host’s page shows the success banner once, through useConnectionSuccess, and Dismiss hides it', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api, { redirectUri: '/admin/connections/callback' });
    const { router, unmount } = renderHost(api, `/admin/connections/callback${search}`);

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(screen.getByText('Stripe was added to your data sources.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/connections');
    // Read, then cleared from history at once: a reload of this entry shows no banner.
    expect(router.state.location.state).toBeNull();
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();

    const { pathname, state } = router.state.location;
    unmount();
    renderHost(api, { pathname, state });
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();
  });

  it('Back to Connections leads to connectionsTo on the Stripe page, and the deprecated backTo still works', () => {
    const api = createMemoryConnectionsApi();
    const { unmount } = renderHost(api, '/admin/connections/stripe');
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/admin/connections');
    unmount();

    const router = createMemoryRouter([
      { path: '*', element: <StripeAuthorizationPage redirectUri="/cb" backTo="/elsewhere" /> },
    ]);
    render(
      <ConnectionsProvider api={api} role="admin">
        <RouterProvider router={router} />
      </ConnectionsProvider>,
    );
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/elsewhere');
  });
});
