import type { BackendContext } from './OperationHandler';

/**
 * Deauthorizes the platform at Stripe for `stripeUserId`. A failure is logged, not answered: what
 * the user asked for is done on our side; a production backend would queue a retry here.
 */
export async function deauthorizeStripeAccount(backend: BackendContext, stripeUserId: string): Promise<void> {
  const result = await backend.stripe.deauthorize(stripeUserId);
  if (result.kind === 'failed') backend.log(`Could not deauthorize ${stripeUserId} at Stripe. ${result.reason}`);
}
