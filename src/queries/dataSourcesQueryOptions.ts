import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import type { DataSourcePage, DataSourceQuery } from '../api/types';
import { queryKeys } from './queryKeys';

/** What one list of the table asks for: its sort and filters, every page alike. */
export type DataSourceListQuery = Omit<DataSourceQuery, 'limit' | 'cursor'>;

/**
 * How many sources one request asks for: enough to fill a tall screen several times over, few
 * enough that the first rows come quickly.
 */
export const dataSourcePageSize = 100;

/**
 * The Data Sources list for one sort and filter, page after page, under the provider's scope
 * of the widget's key; the key holds the query, so each filter has its own cache entry.
 * Unmounting aborts the request.
 */
export function dataSourcesQueryOptions(api: ConnectionsApi, scope: string, query: DataSourceListQuery) {
  return infiniteQueryOptions({
    queryKey: queryKeys.dataSourceList(scope, query),
    // Typed by name, so that the emitted declaration names the type rather than `import("..")`.
    queryFn: ({ pageParam, signal }): Promise<DataSourcePage> =>
      api.listDataSources({ ...query, limit: dataSourcePageSize, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
