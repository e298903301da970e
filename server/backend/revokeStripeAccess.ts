import { oauthIntegrationId } from './beginAuthorization';
import type { BackendContext } from './OperationHandler';
import type { Session } from './sessions';

/**
 * Deauthorizes the platform at Stripe for `stripeUserId`, unless another of the session's sources
 * still uses that account (Stripe has one connection per account, not one per source).
 *
 * A failure is logged, not answered: the source is gone from our side and its tokens with it,
 * so the user's request did what they asked; a production backend would queue a retry here.
 */
export async function revokeStripeAccess(session: Session, backend: BackendContext, stripeUserId: string): Promise<void> {
  const stillUsed = session.dataSources.some(
    (source) => source.integrationId === oauthIntegrationId && source.connection === stripeUserId,
  );
  if (stillUsed) return;
  const result = await backend.stripe.deauthorize(stripeUserId);
  if (result.kind === 'failed') backend.log(`Could not deauthorize ${stripeUserId} at Stripe. ${result.reason}`);
}
