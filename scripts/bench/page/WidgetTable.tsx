import { QueryClient } from '@tanstack/react-query';
import { ConnectionsProvider, DataSourcesTable, type ConnectionsApi } from 'connections-widget';
import 'connections-widget/styles.css';
import { benchNow } from './generateDataSources';

/**
 * The widget's table as a host mounts it, over `api`: the test kit's in-memory backend, run in a
 * Web Worker (workerConnectionsApi.ts) as the host's server runs off the browser's main thread,
 * so that its filtering and sorting of every source is not counted as the widget's work. Built
 * once per mount, outside the timed span: a host keeps its API client and its QueryClient.
 */
export function createWidgetTable(api: ConnectionsApi) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <ConnectionsProvider api={api} role="admin" queryClient={queryClient}>
      <DataSourcesTable now={benchNow} />
    </ConnectionsProvider>
  );
}
