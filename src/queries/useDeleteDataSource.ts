import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { DataSource, DataSourcePage } from '../api/types';
import { useConnections } from '../context/ConnectionsContext';
import { isCancellation } from './isCancellation';
import { queryKeys } from './queryKeys';
import { useUnmountSignal } from '../hooks/useUnmountSignal';

/**
 * Deletes a data source. On success the row leaves every cached list at once (no flash of the
 * deleted row while the list refetches) and the whole data-sources branch is refetched so
 * anything else the backend changed shows too. Unmounting aborts a deletion still in flight.
 */
export function useDeleteDataSource() {
  const { api, onEvent, queryScope } = useConnections();
  const queryClient = useQueryClient();
  const signal = useUnmountSignal();
  return useMutation({
    mutationFn: (dataSource: DataSource) => api.deleteDataSource({ dataSourceId: dataSource.id }, { signal: signal() }),
    onSuccess: (_data, dataSource) => {
      queryClient.setQueriesData<InfiniteData<DataSourcePage>>(
        { queryKey: queryKeys.dataSourceLists(queryScope) },
        (list) => list && withoutSource(list, dataSource.id),
      );
      // Not awaited: the mutation is done when the backend said so, not when the refetch lands.
      void queryClient.invalidateQueries({ queryKey: queryKeys.dataSources(queryScope) });
      onEvent({ type: 'data_source_deleted', dataSourceId: dataSource.id });
    },
    onError: (error) => {
      if (isCancellation(error)) return;
      onEvent({ type: 'error', error });
    },
  });
}

/** `list` without the source `id`, every page's total one less if it was there. */
function withoutSource(list: InfiniteData<DataSourcePage>, id: string): InfiniteData<DataSourcePage> {
  const found = list.pages.some((page) => page.dataSources.some((candidate) => candidate.id === id));
  if (!found) return list;
  const pages = list.pages.map((page) => ({
    ...page,
    dataSources: page.dataSources.filter((candidate) => candidate.id !== id),
    total: page.total - 1,
  }));
  return { ...list, pages };
}
