import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { DataSource, DataSourcePage } from '../api/types';
import { useConnections } from '../context/ConnectionsContext';
import { isCancellation } from './isCancellation';
import { queryKeys } from './queryKeys';
import { useUnmountSignal } from '../hooks/useUnmountSignal';

/**
 * Deletes a data source. On success the row leaves every cached list at once, and the whole
 * data-sources branch is marked stale, so a list opened later shows anything else the backend
 * changed. Unmounting aborts a deletion still in flight.
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
      // Stale, to be asked again when a table next opens them, not now: the cut above is exact,
      // and refetching a list asks for every page it holds, one after the other.
      void queryClient.invalidateQueries({ queryKey: queryKeys.dataSources(queryScope), refetchType: 'none' });
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
