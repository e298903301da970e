import type { ConnectionsApi } from '../api/ConnectionsApi';
import { pendingAuthorization } from '../oauth/pendingAuthorization';

export interface StartedFlow {
  state: string;
  /** The code the in-memory API's simulated provider hands back. */
  code: string;
  /** The query the provider returns to the callback with (`?code=…&scope=…&state=…`). */
  search: string;
}

export interface StartAuthorizationFlowOptions {
  /** Re-authorizes this source instead of adding a new one. */
  dataSourceId?: string;
  /** @default 'stripe' */
  integrationId?: string;
  /**
   * Where the provider returns, resolved against the page's address.
   * @default '/callback'
   */
  redirectUri?: string;
  /** Backdates the browser's record (the API's clock must agree). @default Date.now() */
  startedAt?: number;
  /** Overrides the expiry kept in the browser's record. */
  expiresAt?: number;
}

/**
 * Does what Connect with Stripe (or Reconnect) does before the browser leaves: starts the
 * authorization on `api` and records the pending flow in this browser's sessionStorage, as the
 * widget does. A test then renders `AuthorizationCallback` (or the widget at its `callback`
 * route) with `search` in the address, as if the provider had sent the browser back. With the
 * in-memory API, `code` is the one its simulated provider hands out; with another API, pass the
 * answer your own stand-in gave.
 */
export async function startAuthorizationFlow(
  api: ConnectionsApi,
  options: StartAuthorizationFlowOptions = {},
): Promise<StartedFlow> {
  const { dataSourceId, integrationId = 'stripe', startedAt = Date.now() } = options;
  const redirectUri = new URL(options.redirectUri ?? '/callback', window.location.href).href;
  const started = dataSourceId
    ? await api.startReauthorization({ dataSourceId, redirectUri })
    : await api.startAuthorization({ integrationId, redirectUri });
  pendingAuthorization.save(
    started.state,
    { integrationId, dataSourceId, startedAt, expiresAt: options.expiresAt ?? Date.parse(started.expiresAt) },
    startedAt,
  );
  const { search, searchParams } = new URL(started.authorizationUrl);
  return { state: started.state, code: searchParams.get('code') ?? '', search };
}
