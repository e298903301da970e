import { deauthorizeStripeAccount } from './deauthorizeStripeAccount';
import type { BackendContext } from './OperationHandler';
import { stripeSourcesUsing } from './stripeSourcesUsing';

/**
 * Gives up the platform's access to `stripeUserId` once nothing needs it: deauthorizes it at
 * Stripe unless a source of any session still reads it. The one rule for every place a source
 * lets go of an account (deleted, re-authorized with another account, gone before its grant came).
 */
export async function revokeStripeAccess(backend: BackendContext, stripeUserId: string): Promise<void> {
  const stillUsed = stripeSourcesUsing(backend.sessions.all(), stripeUserId).next().done === false;
  if (stillUsed) return;
  await deauthorizeStripeAccount(backend, stripeUserId);
}
