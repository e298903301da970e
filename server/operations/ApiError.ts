import type { KnownErrorCode } from '../../src/api/contractLists';

/**
 * The one message each error code answers, whatever caused it. It is for the developer reading
 * the answer (the widget shows its own catalog's words per code, src/i18n): fixed text that never
 * carries what the request sent or what Stripe answered, so nothing of either reaches a browser
 * through an error body. What caused a refusal goes to the server's `log` (ApiError's `detail`).
 */
export const errorMessages: { readonly [Code in KnownErrorCode]: string } = {
  unauthenticated: 'Sign in first.',
  forbidden: 'Only administrators may manage connections.',
  not_found: 'There is no such integration, data source or path in this account.',
  invalid_request:
    'The request does not fit openapi.json (its path, query, media type or body); the server log says what.',
  integration_disabled: 'This integration is not enabled for this account.',
  redirect_uri_not_allowed: 'The redirect URI is not one registered for this platform (they are compared exactly).',
  invalid_cursor: 'The cursor is not one this API made for this query.',
  state_invalid: 'This authorization was not started by this user in this account.',
  state_expired: 'This authorization expired. Start it again.',
  state_used: 'This authorization was already used.',
  access_denied: 'Access was not granted at Stripe.',
  code_invalid: 'Stripe refused the authorization code (unknown, expired or already used). Start again.',
  scope_not_allowed: 'Stripe granted more access than this platform accepts: it was given back and nothing connected.',
  provider_error: 'Stripe could not complete the authorization. Try again in a moment.',
  rate_limited: 'Too many requests. Try again later.',
  internal: 'Something went wrong on the server.',
};

/**
 * A refusal the backend answers as `{ error: { code, message } }` with `status`, the message
 * being the code's own (`errorMessages`). The codes are the ones openapi.json's ErrorCode lists,
 * which the whole package shares (src/api/contractLists): a code outside it does not compile.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: KnownErrorCode;
  /** Why, for the server's log only (`logRefusal`); never answered. */
  readonly detail: string | undefined;

  constructor(status: number, code: KnownErrorCode, detail?: string) {
    super(errorMessages[code]);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** How much of a value a log line quotes. */
const quotedLength = 200;

/**
 * A value the request or Stripe supplied, fit for a log line: cut to 200 characters and quoted
 * as JSON, so that a line break or a control character in it cannot forge another line.
 */
export function quoted(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text);
}

/** Logs why `error` was answered, when it says more than its code's message: one line. */
export function logRefusal(log: (message: string) => void, error: unknown): void {
  if (!(error instanceof ApiError) || error.detail === undefined) return;
  // eslint-disable-next-line no-control-regex
  const detail = error.detail.replace(/[\u0000-\u001f\u007f]/g, ' ');
  log(`Refused with ${error.status} ${error.code}: ${detail}`);
}
