import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';

/** What a failing backend answers; the in-memory API throws these through `failures` / `setFailure`. */
export const apiErrors = {
  server: () => new ConnectionsApiError('server', 'The backend failed.', { status: 500, code: 'internal' }),
  network: () => new ConnectionsApiError('network', 'Failed to fetch.'),
} as const;
