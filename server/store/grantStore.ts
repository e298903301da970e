import type { Storage } from '../storage/openStorage';
import { UnreadableTokenError, type TokenCipher } from '../storage/tokenCipher';
import type { StripeGrant } from '../stripe/stripeClient';

/** Which source a grant serves. */
export interface GrantKey {
  accountId: string;
  dataSourceId: string;
}

/**
 * A stored grant whose tokens no token key opens (sealed under a key no longer given, or
 * altered): it can never be used again, only replaced by a new authorization.
 */
export class UnreadableGrantError extends Error {
  override readonly name = 'UnreadableGrantError';
}

/**
 * Stripe's tokens by data source, sealed with the newest token key before they are written (the
 * row's identity bound in, so a token moved to another row does not open). Server-side only: no
 * answer ever includes them.
 */
export interface GrantStore {
  /** Stores `grant` for the source, replacing the one it had. */
  save(key: GrantKey, grant: StripeGrant): Promise<void>;
  /** The source's grant, undefined when it has none; an UnreadableGrantError when no token key opens it. */
  get(key: GrantKey): Promise<StripeGrant | undefined>;
  delete(key: GrantKey): Promise<void>;
  /** The grants whose access token expires before `time`: the ones to refresh now. */
  expiringBefore(time: Date): Promise<GrantKey[]>;
  /** Up to `limit` grants with a token not sealed under the newest key (an older key, or from before key ids). */
  sealedUnderOlderKeys(limit: number): Promise<GrantKey[]>;
  /**
   * Seals the grant's tokens again under the newest key, unless they already are or the row
   * changed meanwhile (a refresh, a new authorization: those are sealed under the newest key
   * anyway). True when it wrote; an UnreadableGrantError when no token key opens them.
   */
  reseal(key: GrantKey): Promise<boolean>;
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
  const open = (key: GrantKey, row: GrantRow, token: 'access' | 'refresh') => {
    try {
      return cipher.open(token === 'access' ? row.access_token : row.refresh_token, context(key, token));
    } catch (error) {
      if (!(error instanceof UnreadableTokenError)) throw error;
      throw new UnreadableGrantError(
        `The ${token} token stored for ${key.dataSourceId} does not open. ${error.message}`,
      );
    }
  };
  const keysWhere = async (condition: string, params: readonly unknown[]): Promise<GrantKey[]> => {
    const rows = await db.query<{ account_id: string; data_source_id: string }>(
      `SELECT account_id, data_source_id FROM ${table} WHERE ${condition}`,
      params,
    );
    return rows.map((row) => ({ accountId: row.account_id, dataSourceId: row.data_source_id }));
  };
  const read = async (key: GrantKey) => {
    const [row] = await db.query<GrantRow>(
      `SELECT stripe_user_id, access_token, refresh_token, scope, access_expires_at FROM ${table}
       WHERE account_id = $1 AND data_source_id = $2`,
      [key.accountId, key.dataSourceId],
    );
    return row;
  };

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
      const row = await read(key);
      return (
        row && {
          stripeUserId: row.stripe_user_id,
          accessToken: open(key, row, 'access'),
          refreshToken: open(key, row, 'refresh'),
          scope: row.scope,
          expiresAt: row.access_expires_at,
        }
      );
    },

    async reseal(key) {
      const row = await read(key);
      const newest = cipher.newestPrefix;
      if (!row || (row.access_token.startsWith(newest) && row.refresh_token.startsWith(newest))) return false;
      const access = cipher.seal(open(key, row, 'access'), context(key, 'access'));
      const refresh = cipher.seal(open(key, row, 'refresh'), context(key, 'refresh'));
      // Only over the values read: a token stored since then is newer, and sealed under the newest key.
      const written = await db.query<{ data_source_id: string }>(
        `UPDATE ${table} SET access_token = $3, refresh_token = $4
         WHERE account_id = $1 AND data_source_id = $2 AND access_token = $5 AND refresh_token = $6
         RETURNING data_source_id`,
        [key.accountId, key.dataSourceId, access, refresh, row.access_token, row.refresh_token],
      );
      return written.length > 0;
    },

    async delete(key) {
      await db.query(`DELETE FROM ${table} WHERE account_id = $1 AND data_source_id = $2`, [
        key.accountId,
        key.dataSourceId,
      ]);
    },

    expiringBefore: (time) => keysWhere('access_expires_at < $1', [time]),

    sealedUnderOlderKeys: (limit) =>
      keysWhere('NOT (starts_with(access_token, $1) AND starts_with(refresh_token, $1)) LIMIT $2', [
        cipher.newestPrefix,
        limit,
      ]),

    // Named after the schema too: backends in other schemas of the same database are other deployments.
    withLock: (key, fn) => db.withLock(`${table}/${key.accountId}/${key.dataSourceId}`, fn),
  };
}
