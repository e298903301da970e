import { isConnectionsApiError, type ConnectionsApiErrorKind } from './ConnectionsApiError';

/**
 * Kinds a second attempt can cure: no answer, an answer too late, the backend or the provider
 * failing (`provider_error` is a 502, and the backend lets the same code be exchanged again), a
 * rate limit, and an answer garbled on its way (a proxy's error page, a truncated body). A
 * refusal (400, 401, 403, 404, 409) will be refused again.
 */
const retryableKinds: ReadonlySet<ConnectionsApiErrorKind> = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
  'invalid_response',
]);

/**
 * Whether asking again can help, which is when a Try again button is worth offering. A failure
 * that is not a `ConnectionsApiError` (a render error, a host's client throwing) says nothing
 * either way, so it may be tried again.
 */
export function isRetryableError(error: unknown): boolean {
  return !isConnectionsApiError(error) || retryableKinds.has(error.kind);
}
