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
  // One status as `=`: PostgreSQL before 17 reads an index in order for `=` but not for `= ANY(…)`.
  if (query.status.length === 1) filters.push(`status = ${param(query.status[0])}`);
  else if (query.status.length > 1) filters.push(`status = ANY(${param(query.status)}::text[])`);
  if (query.q !== undefined) filters.push(`strpos(search_text, ${param(query.q)}) > 0`);
  const where = filters.join(' AND ');
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${schema}.data_sources WHERE ${where}`,
    params,
  );

  const ascending = query.order === 'asc';
  const direction = ascending ? '>' : '<';
  const sortOrder = ascending ? 'ASC' : 'DESC';
  const byName = query.sort === 'name';
  // Never-started sources last both ways: first by whether the source started, false then true
  // ascending, true then false descending, so that every key runs one way and one index (by
  // account, then these) reads each order from one end.
  const started = ascending ? '(last_started_at IS NULL)' : '(last_started_at IS NOT NULL)';
  const key = byName ? ['name_key', 'id'] : [started, 'last_started_at', 'id'];
  const order = key.map((column) => `${column} ${sortOrder}`).join(', ');
  // The seek is one row comparison on the index's columns, so the index scan starts at the
  // position rather than filtering the rows before it; among never-started sources, by id alone.
  let seek = '';
  if (after !== undefined) {
    const id = param(after.id);
    if (after.value === null) {
      seek = `AND ${ascending ? 'last_started_at IS NULL' : `${started} IS FALSE`} AND id ${direction} ${id}`;
    } else {
      const value = param(byName ? after.value : new Date(after.value));
      const position = byName ? [value, id] : [ascending ? 'false' : 'true', value, id];
      seek = `AND (${key.join(', ')}) ${direction} (${position.join(', ')})`;
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
