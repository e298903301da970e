import type { DataSource } from '../../src/api/types';
import { oauthIntegrationId } from './beginAuthorization';
import type { Session } from './sessions';

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
