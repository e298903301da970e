import { queryOptions } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import { queryKeys } from './queryKeys';

/** The integration catalog, disabled integrations included (the picker hides them). */
export function integrationsQueryOptions(api: ConnectionsApi, scope: string) {
  return queryOptions({
    queryKey: queryKeys.integrationList(scope),
    queryFn: ({ signal }) => api.listIntegrations({ signal }),
  });
}
