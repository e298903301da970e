import type { DataSource, DataSourceStatus, DataSourceStatusReason } from '../../src/api/types';
import type { Storage } from '../storage/openStorage';
import { ensureAccount } from './ensureAccount';
import type { GrantKey } from './grantStore';
import { dataSourceColumns, dataSourceValues, toDataSource, type DataSourceRow } from './dataSourceRow';

/** Every account's data sources, in the `data_sources` table. */
export interface DataSourceStore {
  get(accountId: string, id: string): Promise<DataSource | undefined>;
  /** The account's source of `integrationId` reading `connection`, if it has one. */
  findByConnection(accountId: string, integrationId: string, connection: string): Promise<DataSource | undefined>;
  /** Adds `sources` to the account (recorded if new). */
  insert(accountId: string, sources: readonly DataSource[]): Promise<void>;
  /** Writes every field of `source` but its id over the stored one. */
  update(accountId: string, source: DataSource): Promise<void>;
  /** Deletes the source (and its grant); false when there was none. */
  delete(accountId: string, id: string): Promise<boolean>;
  /** Whether a source of any account reads `connection` of `integrationId`. */
  isConnectionUsed(integrationId: string, connection: string): Promise<boolean>;
  /**
   * Marks every source of any account reading `connection` with `status` and `reason`, and drops
   * their grants: the access they held is gone. With `grantedBefore`, a source whose grant was
   * given at or after it is left as it is (its access is newer than what ended). Answers how many
   * sources it marked.
   */
  markConnection(
    integrationId: string,
    connection: string,
    status: DataSourceStatus,
    reason: DataSourceStatusReason,
    options?: { grantedBefore?: Date },
  ): Promise<number>;
  /**
   * Records where the source's grant came from: when it was given, and the hash of the code it
   * was exchanged for (`grants.granted_at`, `grants.code_hash`). A refresh keeps both: its tokens
   * descend from the same code.
   */
  noteGrant(key: GrantKey, origin: { grantedAt: Date; codeHash: string }): Promise<void>;
  /**
   * Marks the sources whose grant came from the code hashed `codeHash` and was given at or after
   * `since` with `status` and `reason`, and drops those grants. Answers the sources marked.
   */
  markGrantedWith(
    codeHash: string,
    since: Date,
    status: DataSourceStatus,
    reason: DataSourceStatusReason,
  ): Promise<GrantKey[]>;
}

const insertColumns = `account_id, id, name, name_key, search_text, integration_id, connection, status, status_reason, last_started_at, last_duration_seconds`;

export function createDataSourceStore({ db, schema }: Storage): DataSourceStore {
  const table = `${schema}.data_sources`;

  async function one(where: string, params: unknown[]): Promise<DataSource | undefined> {
    const [row] = await db.query<DataSourceRow>(`SELECT ${dataSourceColumns} FROM ${table} WHERE ${where}`, params);
    return row && toDataSource(row);
  }

  return {
    get: (accountId, id) => one('account_id = $1 AND id = $2', [accountId, id]),

    findByConnection: (accountId, integrationId, connection) =>
      one('account_id = $1 AND integration_id = $2 AND connection = $3 ORDER BY id LIMIT 1', [
        accountId,
        integrationId,
        connection,
      ]),

    async insert(accountId, sources) {
      await ensureAccount(db, schema, accountId);
      for (const source of sources) {
        await db.query(
          `INSERT INTO ${table} (${insertColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [accountId, ...dataSourceValues(source)],
        );
      }
    },

    async update(accountId, source) {
      await db.query(
        `UPDATE ${table} SET name = $3, name_key = $4, search_text = $5, integration_id = $6, connection = $7,
           status = $8, status_reason = $9, last_started_at = $10, last_duration_seconds = $11
         WHERE account_id = $1 AND id = $2`,
        [accountId, ...dataSourceValues(source)],
      );
    },

    async delete(accountId, id) {
      const deleted = await db.query(`DELETE FROM ${table} WHERE account_id = $1 AND id = $2 RETURNING id`, [
        accountId,
        id,
      ]);
      return deleted.length > 0;
    },

    async isConnectionUsed(integrationId, connection) {
      const rows = await db.query(`SELECT 1 FROM ${table} WHERE integration_id = $1 AND connection = $2 LIMIT 1`, [
        integrationId,
        connection,
      ]);
      return rows.length > 0;
    },

    async markConnection(integrationId, connection, status, reason, { grantedBefore } = {}) {
      // A grant of unknown age (given before grants recorded it) counts as older.
      const before = grantedBefore ?? null;
      const marked = await db.query<{ account_id: string; id: string }>(
        `UPDATE ${table} d SET status = $3, status_reason = $4 WHERE integration_id = $1 AND connection = $2
           AND NOT EXISTS (SELECT 1 FROM ${schema}.grants g WHERE g.account_id = d.account_id
             AND g.data_source_id = d.id AND g.granted_at >= $5::timestamptz)
         RETURNING account_id, id`,
        [integrationId, connection, status, reason, before],
      );
      await db.query(
        `DELETE FROM ${schema}.grants g USING ${table} d
         WHERE d.account_id = g.account_id AND d.id = g.data_source_id AND d.integration_id = $1 AND d.connection = $2
           AND ($3::timestamptz IS NULL OR g.granted_at IS NULL OR g.granted_at < $3::timestamptz)`,
        [integrationId, connection, before],
      );
      return marked.length;
    },

    async noteGrant({ accountId, dataSourceId }, { grantedAt, codeHash }) {
      await db.query(
        `UPDATE ${schema}.grants SET granted_at = $3, code_hash = $4 WHERE account_id = $1 AND data_source_id = $2`,
        [accountId, dataSourceId, grantedAt, codeHash],
      );
    },

    async markGrantedWith(codeHash, since, status, reason) {
      const marked = await db.query<{ account_id: string; id: string }>(
        `WITH revoked AS (
           DELETE FROM ${schema}.grants WHERE code_hash = $1 AND granted_at >= $2
           RETURNING account_id, data_source_id
         )
         UPDATE ${table} d SET status = $3, status_reason = $4 FROM revoked r
         WHERE d.account_id = r.account_id AND d.id = r.data_source_id
         RETURNING d.account_id, d.id`,
        [codeHash, since, status, reason],
      );
      return marked.map((row) => ({ accountId: row.account_id, dataSourceId: row.id }));
    },
  };
}
