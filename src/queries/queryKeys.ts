/**
 * Every query key of the widget, from general to specific under one root, so the host's
 * own cache never collides with ours and invalidation can target a whole branch.
 */
export const queryKeys = {
  all: ['connections-widget'] as const,
  dataSources: () => [...queryKeys.all, 'data-sources'] as const,
  dataSourceList: () => [...queryKeys.dataSources(), 'list'] as const,
  integrations: () => [...queryKeys.all, 'integrations'] as const,
  integrationList: () => [...queryKeys.integrations(), 'list'] as const,
};
