import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';

/** The provider's answer to a started authorization, as it arrives at the redirect URI. */
export interface ProviderAnswer {
  state: string;
  code: string;
  /** The redirect URI's query as the in-memory API's simulated Stripe sends it back: `?code&scope&state`. */
  search: string;
}

/**
 * Does what Connect with Stripe does before the browser leaves: starts the authorization at
 * the backend and keeps the pending-flow record in sessionStorage, with the widget's own
 * `pendingAuthorization`. `startedAt` backdates the record (the API's clock must agree).
 */
export async function startStripeAuthorization(
  api: ConnectionsApi,
  redirectUri: string,
  startedAt = Date.now(),
): Promise<ProviderAnswer> {
  const started = await api.startAuthorization({ integrationId: 'stripe', redirectUri: new URL(redirectUri, location.href).href });
  pendingAuthorization.save(started.state, { integrationId: 'stripe', startedAt, expiresAt: Date.parse(started.expiresAt) }, startedAt);
  const { search, searchParams } = new URL(started.authorizationUrl);
  return { state: started.state, code: searchParams.get('code') ?? '', search };
}
