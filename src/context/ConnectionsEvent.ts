import type { ConnectionsApiError } from '../api/ConnectionsApiError';
import type { DataSource } from '../api/types';

/** What the widget reports to the host through `onEvent`, for logging or analytics. */
export type ConnectionsEvent =
  /** The browser is about to leave for the provider (a new source, or a Reconnect of `dataSourceId`). */
  | { type: 'authorization_started'; integrationId: string; dataSourceId?: string }
  /** The backend completed an authorization; `reauthorized` when it updated an existing source. */
  | { type: 'authorization_completed'; dataSource: DataSource; reauthorized: boolean }
  /** The admin refused access at the provider. */
  | { type: 'authorization_denied'; integrationId?: string; description?: string }
  /** An authorization could not start or complete (refused URL, forged or expired state, …). */
  | { type: 'authorization_failed'; error: ConnectionsApiError | Error }
  /** A data source was deleted. */
  | { type: 'data_source_deleted'; dataSourceId: string }
  /** A source whose access had gone was re-authorized, in place (follows `authorization_completed`). */
  | { type: 'data_source_reconnected'; dataSource: DataSource }
  /** Anything else that failed: a query, a render. */
  | { type: 'error'; error: ConnectionsApiError | Error };
