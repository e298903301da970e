import type { DataSource } from '../../src/api/types';
import { oauthIntegrationId } from './beginAuthorization';
import type { BackendContext } from './OperationHandler';
import type { Session } from './sessions';

/**
 * Giving up the platform's access to a Stripe account: when nothing reads it any more
 * (`revokeStripeAccess`), or at once, whatever reads it (`deauthorizeStripeAccount`, for a grant
 * that must not be kept). One module, so every place a source lets go of an account follows the
 * same rule.
 */

/**
 * Every Stripe source, in every session, that reads the account `stripeUserId`. All sessions, not
 * one: Stripe keeps one connection per account and platform, whoever connected it (and the
 * stand-in's one account is everybody's).
 */
export function* stripeSourcesUsing(
  sessions: Iterable<Session>,
  stripeUserId: string,
): Generator<{ session: Session; source: DataSource }> {
  for (const session of sessions) {
    for (const source of session.dataSources) {
      if (source.integrationId === oauthIntegrationId && source.connection === stripeUserId) yield { session, source };
    }
  }
}

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

/**
 * Deauthorizes the platform at Stripe for `stripeUserId`. A failure is logged, not answered: what
 * the user asked for is done on our side; a production backend would queue a retry here.
 */
export async function deauthorizeStripeAccount(backend: BackendContext, stripeUserId: string): Promise<void> {
  const result = await backend.stripe.deauthorize(stripeUserId);
  if (result.kind === 'failed') backend.log(`Could not deauthorize ${stripeUserId} at Stripe. ${result.reason}`);
}
