import type { DataSource, DataSourceStatus, DataSourceStatusReason } from '../../../src/api/types';
import type { Storage } from '../../storage/openStorage';
import { dataSourceColumns, dataSourceValues, toDataSource, type DataSourceRow } from './dataSourceRow';

/** Every workspace's data sources, in the `data_sources` table. */
export interface DataSourceStore {
  get(workspaceId: string, id: string): Promise<DataSource | undefined>;
  /** The workspace's source of `integrationId` reading `connection`, if it has one. */
  findByConnection(workspaceId: string, integrationId: string, connection: string): Promise<DataSource | undefined>;
  insert(workspaceId: string, sources: readonly DataSource[]): Promise<void>;
  /** Writes every field of `source` but its id over the stored one. */
  update(workspaceId: string, source: DataSource): Promise<void>;
  /** Deletes the source (and its grant); false when there was none. */
  delete(workspaceId: string, id: string): Promise<boolean>;
  /** Whether a source of any workspace reads `connection` of `integrationId`. */
  isConnectionUsed(integrationId: string, connection: string): Promise<boolean>;
  /**
   * Marks every source of any workspace reading `connection` with `status` and `reason`, and drops
   * their grants: the access they held is gone. Answers how many sources it marked.
   */
  markConnection(
    integrationId: string,
    connection: string,
    status: DataSourceStatus,
    reason: DataSourceStatusReason,
  ): Promise<number>;
}

const insertColumns = `workspace_id, id, name, name_key, search_text, integration_id, connection, status, status_reason, last_started_at, last_duration_seconds`;

export function createDataSourceStore({ db, schema }: Storage): DataSourceStore {
  const table = `${schema}.data_sources`;

  async function one(where: string, params: unknown[]): Promise<DataSource | undefined> {
    const [row] = await db.query<DataSourceRow>(`SELECT ${dataSourceColumns} FROM ${table} WHERE ${where}`, params);
    return row && toDataSource(row);
  }

  return {
    get: (workspaceId, id) => one('workspace_id = $1 AND id = $2', [workspaceId, id]),

    findByConnection: (workspaceId, integrationId, connection) =>
      one('workspace_id = $1 AND integration_id = $2 AND connection = $3 ORDER BY id LIMIT 1', [
        workspaceId,
        integrationId,
        connection,
      ]),

    async insert(workspaceId, sources) {
      for (const source of sources) {
        await db.query(
          `INSERT INTO ${table} (${insertColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [workspaceId, ...dataSourceValues(source)],
        );
      }
    },

    async update(workspaceId, source) {
      await db.query(
        `UPDATE ${table} SET name = $3, name_key = $4, search_text = $5, integration_id = $6, connection = $7,
           status = $8, status_reason = $9, last_started_at = $10, last_duration_seconds = $11
         WHERE workspace_id = $1 AND id = $2`,
        [workspaceId, ...dataSourceValues(source)],
      );
    },

    async delete(workspaceId, id) {
      const deleted = await db.query(`DELETE FROM ${table} WHERE workspace_id = $1 AND id = $2 RETURNING id`, [
        workspaceId,
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
      const marked = await db.query<{ workspace_id: string; id: string }>(
        `UPDATE ${table} SET status = $3, status_reason = $4 WHERE integration_id = $1 AND connection = $2
         RETURNING workspace_id, id`,
        [integrationId, connection, status, reason],
      );
      await db.query(
        `DELETE FROM ${schema}.grants g USING ${table} d
         WHERE d.workspace_id = g.workspace_id AND d.id = g.data_source_id AND d.integration_id = $1 AND d.connection = $2`,
        [integrationId, connection],
      );
      return marked.length;
    },
  };
}
