import type { Storage } from '../storage/openStorage';
import type { TokenCipher } from '../storage/tokenCipher';
import type { StripeGrant } from '../stripe/stripeClient';

/** Which source a grant serves. */
export interface GrantKey {
  accountId: string;
  dataSourceId: string;
}

/**
 * Stripe's tokens by data source, sealed with the token key before they are written (the row's
 * identity bound in, so a token moved to another row does not open). Server-side only: no answer
 * ever includes them.
 */
export interface GrantStore {
  /** Stores `grant` for the source, replacing the one it had. */
  save(key: GrantKey, grant: StripeGrant): Promise<void>;
  get(key: GrantKey): Promise<StripeGrant | undefined>;
  delete(key: GrantKey): Promise<void>;
  /** The grants whose access token expires before `time`: the ones to refresh now. */
  expiringBefore(time: Date): Promise<GrantKey[]>;
  /**
   * Runs `fn` while no other caller, in any backend over this database, runs one for the same
   * grant (see SqlDatabase.withLock for who is excluded).
   */
  withLock<T>(key: GrantKey, fn: () => Promise<T>): Promise<T>;
}

interface GrantRow {
  stripe_user_id: string;
  access_token: string;
  refresh_token: string;
  scope: string;
  access_expires_at: Date | null;
}

export function createGrantStore({ db, schema }: Storage, cipher: TokenCipher): GrantStore {
  const table = `${schema}.grants`;
  const context = ({ accountId, dataSourceId }: GrantKey, token: 'access' | 'refresh') =>
    `${accountId}/${dataSourceId}/${token}`;

  return {
    async save(key, grant) {
      await db.query(
        `INSERT INTO ${table} (account_id, data_source_id, stripe_user_id, access_token, refresh_token, scope, access_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (account_id, data_source_id) DO UPDATE SET stripe_user_id = $3, access_token = $4,
           refresh_token = $5, scope = $6, access_expires_at = $7`,
        [
          key.accountId,
          key.dataSourceId,
          grant.stripeUserId,
          cipher.seal(grant.accessToken, context(key, 'access')),
          cipher.seal(grant.refreshToken, context(key, 'refresh')),
          grant.scope,
          grant.expiresAt,
        ],
      );
    },

    async get(key) {
      const [row] = await db.query<GrantRow>(
        `SELECT stripe_user_id, access_token, refresh_token, scope, access_expires_at FROM ${table}
         WHERE account_id = $1 AND data_source_id = $2`,
        [key.accountId, key.dataSourceId],
      );
      return (
        row && {
          stripeUserId: row.stripe_user_id,
          accessToken: cipher.open(row.access_token, context(key, 'access')),
          refreshToken: cipher.open(row.refresh_token, context(key, 'refresh')),
          scope: row.scope,
          expiresAt: row.access_expires_at,
        }
      );
    },

    async delete(key) {
      await db.query(`DELETE FROM ${table} WHERE account_id = $1 AND data_source_id = $2`, [
        key.accountId,
        key.dataSourceId,
      ]);
    },

    async expiringBefore(time) {
      const rows = await db.query<{ account_id: string; data_source_id: string }>(
        `SELECT account_id, data_source_id FROM ${table} WHERE access_expires_at < $1`,
        [time],
      );
      return rows.map((row) => ({ accountId: row.account_id, dataSourceId: row.data_source_id }));
    },

    // Named after the schema too: backends in other schemas of the same database are other deployments.
    withLock: (key, fn) => db.withLock(`${table}/${key.accountId}/${key.dataSourceId}`, fn),
  };
}
