import type { AuthorizationStart } from '../../src/api/types';
import { ApiError, quoted } from './ApiError';
import type { OperationContext } from './OperationHandler';

/** The only integration this backend connects through OAuth; the others are connected otherwise. */
export const oauthIntegrationId = 'stripe';

/** Starts an authorization of `integrationId` (updating `dataSourceId` when given): a new state, Stripe's URL. */
export async function beginAuthorization(
  { caller, body, backend }: OperationContext,
  target: { integrationId: string; dataSourceId: string | undefined },
): Promise<AuthorizationStart> {
  const { redirectUri } = body as { redirectUri: string };
  // Exact comparison, as Stripe does: no prefix, no normalisation, so a look-alike path or
  // query on a registered host cannot receive the code.
  if (!backend.redirectUris.has(redirectUri)) {
    throw new ApiError(400, 'redirect_uri_not_allowed', `${quoted(redirectUri)} is not a registered redirect URI.`);
  }
  if (target.integrationId !== oauthIntegrationId) {
    throw new ApiError(
      400,
      'invalid_request',
      `${quoted(target.integrationId)} is not connected through an authorization; only Stripe is.`,
    );
  }
  const { state, expiresAt } = await backend.store.authorizations.issue(caller, target);
  return {
    authorizationUrl: backend.stripe.authorizationUrl({ state, redirectUri }),
    state,
    expiresAt: expiresAt.toISOString(),
  };
}
