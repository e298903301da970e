/**
 * Why a call failed, coarse enough for a component to choose what to show:
 * - `network`: no answer (offline, DNS, CORS, connection reset)
 * - `timeout`: no answer in time
 * - `aborted`: the caller aborted the request (not an error to show)
 * - `bad_request`: the backend refused the input (400, 422)
 * - `unauthorized`: no session (401); `forbidden`: not an administrator (403)
 * - `not_found` (404), `conflict` (409), `rate_limited` (429), `server` (5xx)
 * - `invalid_response`: an answer that does not match the contract
 */
export type ConnectionsApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'invalid_response';

export interface ConnectionsApiErrorOptions {
  /** The backend's error code (`state_expired`, `code_invalid`, …), when it sent one. */
  code?: string;
  /** The HTTP status, when there was an answer. */
  status?: number;
  cause?: unknown;
}

/** The one error type every `ConnectionsApi` method rejects with. */
export class ConnectionsApiError extends Error {
  override readonly name = 'ConnectionsApiError';
  readonly kind: ConnectionsApiErrorKind;
  readonly code: string | undefined;
  readonly status: number | undefined;

  constructor(kind: ConnectionsApiErrorKind, message: string, options: ConnectionsApiErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.code = options.code;
    this.status = options.status;
  }
}

/** True for a `ConnectionsApiError`, also one made by another copy of this package. */
export function isConnectionsApiError(error: unknown): error is ConnectionsApiError {
  return error instanceof ConnectionsApiError || (error instanceof Error && error.name === 'ConnectionsApiError');
}
