import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';

export interface StartedFlow {
  state: string;
  /** The query the provider returns to the callback with (`?code=…&scope=…&state=…`). */
  search: string;
}

/**
 * Does what Connect with Stripe does before the browser leaves: starts the authorization on
 * the API and records the pending flow in this browser. `expiresAt` overrides the expiry kept
 * in the browser's record.
 */
export async function startAuthorizationFlow(
  api: ConnectionsApi,
  options: { dataSourceId?: string; integrationId?: string; expiresAt?: number } = {},
): Promise<StartedFlow> {
  const { dataSourceId, integrationId = 'stripe' } = options;
  const redirectUri = new URL('/callback', window.location.href).href;
  const started = dataSourceId
    ? await api.startReauthorization({ dataSourceId, redirectUri })
    : await api.startAuthorization({ integrationId, redirectUri });
  pendingAuthorization.save(started.state, {
    integrationId,
    dataSourceId,
    startedAt: Date.now(),
    expiresAt: options.expiresAt ?? Date.parse(started.expiresAt),
  });
  return { state: started.state, search: new URL(started.authorizationUrl).search };
}
