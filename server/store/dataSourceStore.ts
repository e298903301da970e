import type { DataSource, DataSourceStatus, DataSourceStatusReason } from '../../src/api/types';
import type { Storage } from '../storage/openStorage';
import { ensureAccount } from './ensureAccount';
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
   * their grants: the access they held is gone. Answers how many sources it marked.
   */
  markConnection(
    integrationId: string,
    connection: string,
    status: DataSourceStatus,
    reason: DataSourceStatusReason,
  ): Promise<number>;
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

    async markConnection(integrationId, connection, status, reason) {
      const marked = await db.query<{ account_id: string; id: string }>(
        `UPDATE ${table} SET status = $3, status_reason = $4 WHERE integration_id = $1 AND connection = $2
         RETURNING account_id, id`,
        [integrationId, connection, status, reason],
      );
      await db.query(
        `DELETE FROM ${schema}.grants g USING ${table} d
         WHERE d.account_id = g.account_id AND d.id = g.data_source_id AND d.integration_id = $1 AND d.connection = $2`,
        [integrationId, connection],
      );
      return marked.length;
    },
  };
}
