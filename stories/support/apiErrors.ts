import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';

/** What a failing backend answers; the in-memory API throws these through `failures` / `setFailure`. */
export const apiErrors = {
  server: () => new ConnectionsApiError('server', 'The backend failed.', { status: 500, code: 'internal' }),
  network: () => new ConnectionsApiError('network', 'Failed to fetch.'),
  providerError: () =>
    new ConnectionsApiError('server', 'Stripe could not complete the authorization.', {
      status: 502,
      code: 'provider_error',
    }),
  scopeNotAllowed: () =>
    new ConnectionsApiError('bad_request', 'Stripe granted read_write access.', {
      status: 400,
      code: 'scope_not_allowed',
    }),
  integrationDisabled: () =>
    new ConnectionsApiError('conflict', 'Stripe is not enabled for this account.', {
      status: 409,
      code: 'integration_disabled',
    }),
} as const;
