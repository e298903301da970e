import type { DataSource } from '../../src/api/types';
import { createExpiringRecords, type ExpiringRecords } from '../expiringRecords';

/** How long a started authorization may be completed. */
const authorizationLifetimeMs = 10 * 60 * 1000;

/**
 * How many states one session keeps; past it the oldest is forgotten (completing it is then
 * state_invalid). Far more than the tabs an administrator has open.
 */
const maxStatesPerSession = 100;

/** What a `state` was issued for. */
export interface AuthorizationTarget {
  integrationId: string;
  /** The source a re-authorization updates; undefined when a new source is being connected. */
  dataSourceId: string | undefined;
}

/**
 * Where an authorization stands. Completing it is idempotent for the code it was first completed
 * with: a repeat (a retry, or a request whose answer was lost) is answered from here, and any
 * other completion of the state is `state_used`.
 */
export type AuthorizationProgress =
  | { step: 'started' }
  /** `code` is being exchanged at Stripe; a repeat waits for the same outcome. */
  | { step: 'exchanging'; code: string; outcome: Promise<DataSource> }
  /** Stripe could not be asked or failed: the code may still be good, and may be sent again. */
  | { step: 'retryable'; code: string }
  /** What the completion answered, answered again to a repeat. */
  | { step: 'completed'; code: string; dataSource: DataSource }
  /** Denied, expired, or refused (code, scope, source gone): nothing can complete it any more. */
  | { step: 'refused' };

export interface Authorization {
  target: AuthorizationTarget;
  progress: AuthorizationProgress;
}

/**
 * One session's OAuth `state` values: unguessable, expiring after ten minutes. Each session has
 * its own, which is what binds a state to the session that started it: another session's state
 * is simply unknown here.
 */
export type AuthorizationStates = ExpiringRecords<Authorization>;

export function createAuthorizationStates(now: () => Date): AuthorizationStates {
  return createExpiringRecords({ lifetimeMs: authorizationLifetimeMs, now, maxRecords: maxStatesPerSession });
}
