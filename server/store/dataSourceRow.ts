import type { DataSource } from '../../src/api/types';
import { foldText } from '../../src/i18n/foldText';
import { nameSortKey } from '../../src/i18n/nameSortKey';

/** A data source as the `data_sources` table holds it. */
export interface DataSourceRow {
  id: string;
  name: string;
  name_key: string;
  integration_id: string;
  connection: string;
  status: DataSource['status'];
  status_reason: NonNullable<DataSource['statusReason']> | null;
  last_started_at: Date | null;
  last_duration_seconds: number | null;
}

/** The columns a data source is read with. */
export const dataSourceColumns =
  'id, name, name_key, integration_id, connection, status, status_reason, last_started_at, last_duration_seconds';

/** A row as the contract's DataSource; `statusReason` only when there is one, as the contract allows. */
export function toDataSource(row: DataSourceRow): DataSource {
  return {
    id: row.id,
    name: row.name,
    integrationId: row.integration_id,
    connection: row.connection,
    status: row.status,
    lastConnectionStartedAt: row.last_started_at?.toISOString() ?? null,
    lastConnectionDurationSeconds: row.last_duration_seconds,
    ...(row.status_reason !== null && { statusReason: row.status_reason }),
  };
}

/**
 * A data source's column values in the order of `dataSourceColumns` after the account, with the
 * sort key and the search text computed here, at write time.
 */
export function dataSourceValues(source: DataSource): unknown[] {
  return [
    source.id,
    source.name,
    nameSortKey(source.name),
    foldText(`${source.name}\n${source.connection}`),
    source.integrationId,
    source.connection,
    source.status,
    source.statusReason ?? null,
    source.lastConnectionStartedAt,
    source.lastConnectionDurationSeconds,
  ];
}
