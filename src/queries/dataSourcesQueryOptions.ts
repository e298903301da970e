import { queryOptions } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import { queryKeys } from './queryKeys';

/** The Data Sources list, under the provider's scope of the widget's key; unmounting aborts the request. */
export function dataSourcesQueryOptions(api: ConnectionsApi, scope: string) {
  return queryOptions({
    queryKey: queryKeys.dataSourceList(scope),
    queryFn: ({ signal }) => api.listDataSources({ signal }),
  });
}
