import { matchQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { DataSourcePage } from '../api/types';
import { queryKeys } from './queryKeys';

/**
 * Cuts every Data Sources list of `scope` that no table shows any more down to its first page,
 * and returns the function that stops doing so. A table always opens a list at its top, while
 * refetching an infinite query asks for every page it holds, one after the other: shown again
 * after the picker and Stripe, or after a sort toggled back, a list scrolled through thousands
 * of sources would have asked for dozens of pages to show the first hundred rows.
 */
export function keepFirstPageOfUnwatchedLists(client: QueryClient, scope: string): () => void {
  const lists = { queryKey: queryKeys.dataSourceLists(scope) };
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'observerRemoved' || !matchQuery(lists, event.query)) return;
    const { query } = event;
    // After the commit that let it go (a table moving to another list watches the new one first),
    // and only if nothing watches it again by then (StrictMode's second mount).
    queueMicrotask(() => {
      const { data, dataUpdatedAt, isInvalidated, fetchStatus } = query.state;
      const list = data as InfiniteData<DataSourcePage> | undefined;
      // A page still on its way would write the pages it started from back.
      if (query.getObserversCount() > 0 || fetchStatus === 'fetching' || !list || list.pages.length < 2) return;
      client.setQueryData<InfiniteData<DataSourcePage>>(
        query.queryKey,
        { pages: list.pages.slice(0, 1), pageParams: list.pageParams.slice(0, 1) },
        // As old as it was: cutting pages off makes nothing fresher.
        { updatedAt: dataUpdatedAt },
      );
      if (isInvalidated) void client.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: 'none' });
    });
  });
}
