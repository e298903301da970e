/** What the provider put in the redirect URI's query, sorted into the two answers it can give. */
export type AuthorizationCallbackParams =
  | { kind: 'code'; state: string; code: string }
  | { kind: 'error'; state: string; error: string; errorDescription: string | undefined }
  | { kind: 'incomplete' };

/**
 * Reads `code`, `state`, `error` and `error_description` (Stripe's names, RFC 6749 §4.1.2).
 * An answer without a state, or with neither a code nor an error, is incomplete. `scope` is
 * not read: the backend learns the granted scope from the token exchange, not from the URL.
 */
export function parseAuthorizationCallback(search: string): AuthorizationCallbackParams {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  const code = params.get('code');
  const error = params.get('error');
  if (!state) return { kind: 'incomplete' };
  if (error) return { kind: 'error', state, error, errorDescription: params.get('error_description') ?? undefined };
  if (code) return { kind: 'code', state, code };
  return { kind: 'incomplete' };
}
