export { createMemoryConnectionsApi } from './createMemoryConnectionsApi';
export type { MemoryApiMethod, MemoryConnectionsApi, MemoryConnectionsApiOptions } from './createMemoryConnectionsApi';
export { catalogIntegrations, productDataSources } from './fixtures';
export { startAuthorizationFlow } from './startAuthorizationFlow';
export type { StartAuthorizationFlowOptions, StartedFlow } from './startAuthorizationFlow';
