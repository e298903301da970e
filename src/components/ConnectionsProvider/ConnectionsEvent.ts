import type { ConnectionsApiError } from '../../api/ConnectionsApiError';
import type { DataSource } from '../../api/types';

/** What the widget reports to the host through `onEvent`, for logging or analytics. */
export type ConnectionsEvent =
  | { type: 'authorization_started'; integrationId: string; dataSourceId?: string }
  | { type: 'authorization_completed'; dataSource: DataSource; reauthorized: boolean }
  | { type: 'authorization_denied'; integrationId?: string; description?: string }
  | { type: 'authorization_failed'; error: ConnectionsApiError | Error }
  | { type: 'data_source_deleted'; dataSourceId: string }
  | { type: 'error'; error: ConnectionsApiError | Error };
