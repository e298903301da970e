import { focusManager, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { ConnectionsWidget } from '../../src/widget/ConnectionsWidget';

/** A query of the host's own, beside the widget, in the same client. */
function HostQuery({ fetchHost }: { fetchHost: () => Promise<string> }) {
  const { data } = useQuery({ queryKey: ['host', 'inbox'], queryFn: fetchHost });
  return <p>Host inbox: {data ?? '…'}</p>;
}

function renderInHostClient(api: MemoryConnectionsApi, queryClient?: QueryClient, fetchHost?: () => Promise<string>) {
  const widget = <ConnectionsWidget api={api} role="admin" routing="memory" queryClient={queryClient} />;
  if (!queryClient || !fetchHost) return render(widget);
  return render(
    <QueryClientProvider client={queryClient}>
      <HostQuery fetchHost={fetchHost} />
      {widget}
    </QueryClientProvider>,
  );
}

afterEach(() => focusManager.setFocused(undefined));

describe("the widget's queries in a host's QueryClient", () => {
  it('show a refusal at once: a 403 is never asked again, whatever retries the client has', async () => {
    // TanStack's defaults: three retries, the first after a second.
    const queryClient = new QueryClient();
    const api = createMemoryConnectionsApi({ role: 'standard' });
    const list = vi.spyOn(api, 'listDataSources');
    renderInHostClient(api, queryClient);

    expect(await screen.findByRole('alert')).toHaveTextContent('Requires Administrator permissions');
    expect(list).toHaveBeenCalledTimes(1);
  });

  it("retry a failure that asking again can cure as the host's client says", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 0 } } });
    const api = createMemoryConnectionsApi({
      failures: { listDataSources: new ConnectionsApiError('server', 'The server had a problem.', { status: 500 }) },
    });
    const list = vi.spyOn(api, 'listDataSources');
    renderInHostClient(api, queryClient);

    expect(await screen.findByRole('alert')).toHaveTextContent('The data sources could not be loaded.');
    expect(list).toHaveBeenCalledTimes(3);
  });

  it("do not refetch on focus, while the host's own queries still do", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const fetchHost = vi.fn(async () => '3 unread');
    renderInHostClient(api, queryClient, fetchHost);
    await screen.findByRole('table', { name: 'Data Sources' });
    await screen.findByText('Host inbox: 3 unread');
    expect(list).toHaveBeenCalledTimes(1);

    focusManager.setFocused(false);
    focusManager.setFocused(true);

    await waitFor(() => expect(fetchHost).toHaveBeenCalledTimes(2));
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe("the widget's own QueryClient", () => {
  it('tries a server failure once more, then says so', async () => {
    const api = createMemoryConnectionsApi({
      failures: { listDataSources: new ConnectionsApiError('server', 'The server had a problem.', { status: 500 }) },
    });
    const list = vi.spyOn(api, 'listDataSources');
    renderInHostClient(api);

    // TanStack waits a second before the retry.
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'The data sources could not be loaded.',
    );
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('shows a refusal at once', async () => {
    const api = createMemoryConnectionsApi({ role: 'standard' });
    const list = vi.spyOn(api, 'listDataSources');
    renderInHostClient(api);

    expect(await screen.findByRole('alert')).toHaveTextContent('Requires Administrator permissions');
    expect(list).toHaveBeenCalledTimes(1);
  });
});
