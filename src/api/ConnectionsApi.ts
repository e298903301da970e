import type {
  AuthorizationCompletion,
  AuthorizationStart,
  DataSource,
  DataSourcePage,
  DataSourceQuery,
  Integration,
} from './types';

/** Options every call takes: aborting the signal cancels the request. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Everything the components need from the host's backend. The widget never talks to a
 * backend any other way, so a host can pass `createHttpConnectionsApi(...)`, the in-memory
 * API of `connections-widget/testing`, or its own implementation.
 *
 * Every method rejects with a `ConnectionsApiError` when it fails.
 */
export interface ConnectionsApi {
  /** The catalog, disabled integrations included (the picker hides them). */
  listIntegrations(options?: RequestOptions): Promise<Integration[]>;
  /**
   * The data sources already connected, sorted, filtered and paged by the backend. An empty
   * query answers every source at once.
   */
  listDataSources(query?: DataSourceQuery, options?: RequestOptions): Promise<DataSourcePage>;
  /** Starts the OAuth flow for a new data source of this integration. */
  startAuthorization(
    input: { integrationId: string; redirectUri: string },
    options?: RequestOptions,
  ): Promise<AuthorizationStart>;
  /** Starts the OAuth flow again for an existing data source; completing it updates that source. */
  startReauthorization(
    input: { dataSourceId: string; redirectUri: string },
    options?: RequestOptions,
  ): Promise<AuthorizationStart>;
  /** Hands the provider's answer to the backend, which checks `state` and exchanges the code. */
  completeAuthorization(input: AuthorizationCompletion, options?: RequestOptions): Promise<DataSource>;
  /** Deletes a data source (the backend revokes its access at the provider). */
  deleteDataSource(input: { dataSourceId: string }, options?: RequestOptions): Promise<void>;
}
