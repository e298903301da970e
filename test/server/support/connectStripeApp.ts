import type { DataSource } from '../../../src/api/types';
import type { ProviderRedirect } from '../../contract/connectionsApiContract';
import type { BackendClient } from './backendClient';
import { installAtStandIn } from './installAtStandIn';
import { testRedirectUri } from './testServers';

/**
 * Connects Stripe as the widget would: starts the authorization, lets `install` answer at Stripe
 * (by default the stand-in's install page, first account), and completes with what came back.
 */
export async function connectStripeApp(
  admin: BackendClient,
  install: (authorizationUrl: string) => Promise<ProviderRedirect> = (url) => installAtStandIn(url),
): Promise<DataSource> {
  const { authorizationUrl } = await admin.api.startAuthorization({
    integrationId: 'stripe',
    redirectUri: testRedirectUri,
  });
  const { state, code = '' } = await install(authorizationUrl);
  return admin.api.completeAuthorization({ state, code });
}
