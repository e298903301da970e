import type { DataSource } from '../../src/api/types';
import { randomToken } from '../common/randomToken';
import type { Storage } from '../storage/openStorage';
import { ensureAccount } from './ensureAccount';
import { hashToken } from './hashToken';

/** How long a started authorization may be completed. */
export const authorizationLifetimeMs = 10 * 60 * 1000;

/**
 * How many states one account keeps; past it the oldest is forgotten (completing it is then
 * state_invalid). Far more than the tabs an administrator has open.
 */
const maxStatesPerAccount = 100;

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
 * - `started`: nothing sent yet.
 * - `exchanging`: the code is at Stripe; a repeat waits for the same outcome.
 * - `retryable`: Stripe could not be asked or failed; the code may still be good and be sent again.
 * - `completed`: the answer, answered again to a repeat.
 * - `refused`: denied, expired, or refused (code, scope, source gone); nothing can complete it.
 */
export type AuthorizationStep = 'started' | 'exchanging' | 'retryable' | 'completed' | 'refused';

export interface Authorization {
  /** The row's key (the state's hash), for `advance`. */
  key: string;
  /** The user who started it; null for a state from before states were bound to users. */
  userId: string | null;
  target: AuthorizationTarget;
  step: AuthorizationStep;
  /** The hash of the code it was completed with, once there is one. */
  codeHash: string | null;
  /** The data source a completed authorization answered. */
  answer: DataSource | undefined;
  expired: boolean;
}

/**
 * The OAuth `state` values of every account: unguessable, expiring after ten minutes, bound to
 * the account that started them (another's state is simply not found) and to the user, kept as
 * hashes.
 */
export interface AuthorizationStore {
  /** A new state for `target`, started by `userId` of `accountId` (the account is recorded if new). */
  issue(
    starter: { accountId: string; userId: string },
    target: AuthorizationTarget,
  ): Promise<{ state: string; expiresAt: Date }>;
  find(accountId: string, state: string): Promise<Authorization | undefined>;
  /**
   * Moves the authorization `key` from one of the steps `from` to `to`; false when it was in none
   * of them (another request moved it first), which makes each move happen once.
   */
  advance(
    key: string,
    from: readonly AuthorizationStep[],
    to: { step: AuthorizationStep; codeHash?: string; answer?: DataSource },
  ): Promise<boolean>;
}

interface AuthorizationRow {
  state_hash: string;
  user_id: string | null;
  integration_id: string;
  data_source_id: string | null;
  step: AuthorizationStep;
  code_hash: string | null;
  answer: string | null;
  expires_at: Date;
}

export function createAuthorizationStore({ db, schema }: Storage, now: () => Date): AuthorizationStore {
  const table = `${schema}.authorizations`;
  return {
    async issue({ accountId, userId }, target) {
      const issuedAt = now().getTime();
      await ensureAccount(db, schema, accountId);
      // An expired state is kept one more lifetime, so that a late attempt is told what happened
      // (expired, used) rather than "unknown"; after that it goes, as do the oldest past the limit.
      await db.query(
        `DELETE FROM ${table} WHERE account_id = $1 AND (expires_at <= $2 OR state_hash IN
           (SELECT state_hash FROM ${table} WHERE account_id = $1 ORDER BY issued_order DESC OFFSET $3))`,
        [accountId, new Date(issuedAt - authorizationLifetimeMs), maxStatesPerAccount - 1],
      );
      // 32 bytes: twice the 128 bits RFC 6749 §10.10 asks of a value an attacker must not guess.
      const state = randomToken(32);
      const expiresAt = new Date(issuedAt + authorizationLifetimeMs);
      await db.query(
        `INSERT INTO ${table} (state_hash, account_id, user_id, integration_id, data_source_id, step, expires_at)
         VALUES ($1, $2, $3, $4, $5, 'started', $6)`,
        [hashToken(state), accountId, userId, target.integrationId, target.dataSourceId ?? null, expiresAt],
      );
      return { state, expiresAt };
    },

    async find(accountId, state) {
      const [row] = await db.query<AuthorizationRow>(
        `SELECT state_hash, user_id, integration_id, data_source_id, step, code_hash, answer, expires_at
         FROM ${table} WHERE state_hash = $1 AND account_id = $2`,
        [hashToken(state), accountId],
      );
      if (!row) return undefined;
      return {
        key: row.state_hash,
        userId: row.user_id,
        target: { integrationId: row.integration_id, dataSourceId: row.data_source_id ?? undefined },
        step: row.step,
        codeHash: row.code_hash,
        answer: row.answer === null ? undefined : (JSON.parse(row.answer) as DataSource),
        expired: row.expires_at.getTime() <= now().getTime(),
      };
    },

    async advance(key, from, to) {
      const moved = await db.query(
        `UPDATE ${table} SET step = $2, code_hash = COALESCE($3, code_hash), answer = COALESCE($4, answer)
         WHERE state_hash = $1 AND step = ANY($5::text[]) RETURNING state_hash`,
        [key, to.step, to.codeHash ?? null, to.answer === undefined ? null : JSON.stringify(to.answer), [...from]],
      );
      return moved.length > 0;
    },
  };
}
