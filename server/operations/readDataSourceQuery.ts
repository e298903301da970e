import { dataSourceStatuses, sortColumns, sortOrders } from '../../src/api/contractLists';
import type { DataSourceStatus } from '../../src/api/types';
import { foldText } from '../../src/i18n/foldText';
import type { DataSourceQuery } from '../store/DataSourceQuery';
import { ApiError, quoted } from './ApiError';

const known = new Set(['limit', 'cursor', 'sort', 'order', 'q', 'status']);

function refuse(message: string): never {
  throw new ApiError(400, 'invalid_request', message);
}

function single(search: URLSearchParams, name: string): string | undefined {
  const values = search.getAll(name);
  if (values.length > 1) refuse(`The query's ${name} may be given once.`);
  return values[0];
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    refuse(`The query's ${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/**
 * Reads the query parameters openapi.json documents for `GET /data-sources`, refusing with 400
 * invalid_request anything else: an unknown or repeated parameter, a value out of its range.
 */
export function readDataSourceQuery(search: URLSearchParams): DataSourceQuery {
  for (const name of search.keys()) if (!known.has(name)) refuse(`Unknown query parameter ${quoted(name)}.`);

  const limitText = single(search, 'limit');
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(/^\d{1,3}$/.test(limitText ?? '') && limit >= 1 && limit <= 200)) {
    refuse('limit must be a whole number from 1 to 200.');
  }
  const cursor = single(search, 'cursor');
  if (cursor !== undefined && (cursor.length < 1 || cursor.length > 4096))
    refuse('cursor must be 1 to 4096 characters.');
  const sort = oneOf(single(search, 'sort'), sortColumns, 'sort') ?? 'name';
  const order = oneOf(single(search, 'order'), sortOrders, 'order') ?? (sort === 'name' ? 'asc' : 'desc');
  const q = single(search, 'q');
  if (q !== undefined && (q.length < 1 || [...q].length > 200)) refuse('q must be 1 to 200 characters.');
  const status = search.getAll('status').map((value) => oneOf(value, dataSourceStatuses, 'status') as DataSourceStatus);
  if (status.length > dataSourceStatuses.length) {
    refuse(`status may be given at most ${dataSourceStatuses.length} times.`);
  }

  return { limit, cursor, sort, order, q: q === undefined ? undefined : foldText(q), status };
}
