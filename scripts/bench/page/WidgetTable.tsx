import { QueryClient } from '@tanstack/react-query';
import { ConnectionsProvider, DataSourcesTable, type DataSource } from 'connections-widget';
import { createMemoryConnectionsApi } from 'connections-widget/testing';
import 'connections-widget/styles.css';
import { benchNow } from './generateDataSources';

/**
 * The widget's table as a host mounts it, over the test kit's in-memory backend. Built once per
 * mount, outside the timed span: a host keeps its API client and its QueryClient, and the API's
 * copy of the rows stands for the backend's database, not for the widget's work.
 */
export function createWidgetTable(dataSources: readonly DataSource[]) {
  const api = createMemoryConnectionsApi({ dataSources, latencyMs: 0 });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <ConnectionsProvider api={api} role="admin" queryClient={queryClient}>
      <DataSourcesTable now={benchNow} />
    </ConnectionsProvider>
  );
}
