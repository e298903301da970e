import { oauthIntegrationId } from './beginAuthorization';
import type { BackendContext } from './OperationHandler';

/**
 * Giving up the platform's access to a Stripe account: when nothing reads it any more
 * (`revokeStripeAccess`), or at once, whatever reads it (`deauthorizeStripeAccount`, for a grant
 * that must not be kept). One module, so every place a source lets go of an account follows the
 * same rule. Every account counts, not one: Stripe keeps one connection per account and
 * platform, whoever connected it (and the stand-in's demo account is everybody's).
 */

/**
 * Gives up the platform's access to `stripeUserId` once nothing needs it: deauthorizes it at
 * Stripe unless a source of any account still reads it. The one rule for every place a source
 * lets go of an account (deleted, re-authorized with another account, gone before its grant came).
 */
export async function revokeStripeAccess(backend: BackendContext, stripeUserId: string): Promise<void> {
  if (await backend.store.dataSources.isConnectionUsed(oauthIntegrationId, stripeUserId)) return;
  await deauthorizeStripeAccount(backend, stripeUserId);
}

/**
 * Deauthorizes the platform at Stripe for `stripeUserId`. A failure is logged, not answered: what
 * the user asked for is done on our side; a production backend would queue a retry here.
 */
export async function deauthorizeStripeAccount(backend: BackendContext, stripeUserId: string): Promise<void> {
  const result = await backend.stripe.deauthorize(stripeUserId);
  if (result.kind === 'failed') backend.log(`Could not deauthorize ${stripeUserId} at Stripe. ${result.reason}`);
}
