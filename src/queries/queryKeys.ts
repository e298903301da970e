import type { DataSourceListQuery } from './dataSourcesQueryOptions';

/**
 * Every query key of the widget, from general to specific under one root, so the host's
 * own cache never collides with ours and invalidation can target a whole branch.
 *
 * Below the root comes the scope of one `ConnectionsProvider` (each provider makes its own):
 * two widgets sharing the host's QueryClient may talk to two different backends, so their
 * lists must not land under the same key. `queryKeys.all` still covers every widget, e.g.
 * for a host that wants all of them to refetch.
 */
export const queryKeys = {
  all: ['connections-widget'] as const,
  scope: (scope: string) => [...queryKeys.all, scope] as const,
  dataSources: (scope: string) => [...queryKeys.scope(scope), 'data-sources'] as const,
  dataSourceLists: (scope: string) => [...queryKeys.dataSources(scope), 'list'] as const,
  dataSourceList: (scope: string, query: DataSourceListQuery) => [...queryKeys.dataSourceLists(scope), query] as const,
  integrations: (scope: string) => [...queryKeys.scope(scope), 'integrations'] as const,
  integrationList: (scope: string) => [...queryKeys.integrations(scope), 'list'] as const,
};
