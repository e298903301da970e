import { queryOptions } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import { queryKeys } from './queryKeys';

/** The Data Sources list, under the widget's own key; unmounting aborts the request. */
export function dataSourcesQueryOptions(api: ConnectionsApi) {
  return queryOptions({
    queryKey: queryKeys.dataSourceList(),
    queryFn: ({ signal }) => api.listDataSources({ signal }),
  });
}
