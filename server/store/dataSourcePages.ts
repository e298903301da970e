import type { DataSource } from '../../src/api/types';
import type { Storage } from '../storage/openStorage';
import type { DataSourceQuery, PagePosition } from './DataSourceQuery';
import { dataSourceColumns, toDataSource, type DataSourceRow } from './dataSourceRow';

export interface DataSourcePageRows {
  dataSources: DataSource[];
  /** Where the page ended, when more sources follow it. */
  next: PagePosition | undefined;
  /** How many sources match the filters, over all pages. */
  total: number;
}

/**
 * One page of a account's sources, by keyset (seek) pagination: the page starts after the last
 * source of the one before (its sort value and id), not at an offset, so a source added or
 * deleted between two pages neither repeats a row nor skips one, and the database reads from the
 * index instead of counting off the rows before. Ties go by id, in the sort's direction (a keyset
 * on the pair); never-started sources go last in both orders of the start time.
 */
export async function readDataSourcePage(
  { db, schema }: Storage,
  accountId: string,
  query: DataSourceQuery,
  after: PagePosition | undefined,
): Promise<DataSourcePageRows> {
  const params: unknown[] = [accountId];
  const param = (value: unknown) => `$${params.push(value)}`;

  const filters = ['account_id = $1'];
  if (query.status.length > 0) filters.push(`status = ANY(${param(query.status)}::text[])`);
  if (query.q !== undefined) filters.push(`strpos(search_text, ${param(query.q)}) > 0`);
  const where = filters.join(' AND ');
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${schema}.data_sources WHERE ${where}`,
    params,
  );

  const direction = query.order === 'asc' ? '>' : '<';
  const sortOrder = query.order.toUpperCase();
  const byName = query.sort === 'name';
  const column = byName ? 'name_key' : 'last_started_at';
  const order = byName
    ? `name_key ${sortOrder}, id ${sortOrder}`
    : `(last_started_at IS NULL), last_started_at ${sortOrder}, id ${sortOrder}`;
  let seek = '';
  if (after !== undefined) {
    const id = param(after.id);
    if (after.value === null) {
      seek = `AND last_started_at IS NULL AND id ${direction} ${id}`;
    } else {
      const value = param(byName ? after.value : new Date(after.value));
      const beyond = `(${column} ${direction} ${value} OR (${column} = ${value} AND id ${direction} ${id}))`;
      seek = byName ? `AND ${beyond}` : `AND (${beyond} OR last_started_at IS NULL)`;
    }
  }
  const limit = query.limit === undefined ? '' : `LIMIT ${param(query.limit + 1)}`;
  const rows = await db.query<DataSourceRow>(
    `SELECT ${dataSourceColumns} FROM ${schema}.data_sources WHERE ${where} ${seek} ORDER BY ${order} ${limit}`,
    params,
  );

  const more = query.limit !== undefined && rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  return {
    dataSources: page.map(toDataSource),
    next:
      more && last
        ? { id: last.id, value: byName ? last.name_key : (last.last_started_at?.toISOString() ?? null) }
        : undefined,
    total: count?.total ?? 0,
  };
}
