import { ConnectionsApiError } from '../api/ConnectionsApiError';
import { dataSourceStatuses, sortColumns, sortOrders } from '../api/contractLists';
import type { DataSource, DataSourcePage, DataSourceQuery } from '../api/types';
import { foldText } from '../i18n/foldText';
import { compareCodePoints, nameSortKey } from '../i18n/nameSortKey';

/** Each name's sort key, worked out once per source and name, not at every request. */
const sortKeys = new WeakMap<DataSource, { name: unknown; key: string }>();

function sortKeyOf(source: DataSource): string {
  // A test may seed a malformed source (no name) to see the widget refuse the answer: the
  // in-memory backend still answers it, as a faulty backend would.
  const name: unknown = source.name;
  const known = sortKeys.get(source);
  if (known && known.name === name) return known.key;
  const key = nameSortKey(typeof name === 'string' ? name : '');
  sortKeys.set(source, { name, key });
  return key;
}

/** Whether `value` is one of `list`: a caller may pass anything, whatever its type says. */
function isOneOf<T extends string>(value: unknown, list: readonly T[]): value is T {
  return (list as readonly unknown[]).includes(value);
}

function refuse(code: string, message: string): never {
  throw new ConnectionsApiError('bad_request', message, { status: 400, code });
}

/** Where a page ended: its last source's id, name key and start, as the reference backend's cursors hold it. */
interface Position {
  id: string;
  key: string;
  startedAt: string | null;
}

/** What a cursor remembers: where its page ended, and a digest of the query it belongs to. */
interface Cursor {
  last: Position;
  query: string;
}

function checked(query: DataSourceQuery): Required<Pick<DataSourceQuery, 'sort' | 'order'>> & DataSourceQuery {
  const { limit, sort = 'name', q, status = [] } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 200)) {
    refuse('invalid_request', 'limit must be a whole number from 1 to 200.');
  }
  if (!isOneOf(sort, sortColumns)) refuse('invalid_request', `No sort ${String(sort)}.`);
  const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
  if (!isOneOf(order, sortOrders)) refuse('invalid_request', `No order ${String(order)}.`);
  if (q !== undefined && (q.length < 1 || [...q].length > 200))
    refuse('invalid_request', 'q must be 1 to 200 characters.');
  if (status.some((each) => !isOneOf(each, dataSourceStatuses)))
    refuse('invalid_request', 'status names an unknown status.');
  return { ...query, sort, order };
}

/**
 * One page of `dataSources` as the reference backend answers `GET /data-sources`: filtered,
 * sorted (ties by id in the same direction, never-started sources last in both orders), and cut after the cursor's
 * source. The cursor names the last source rather than a position, so a source deleted or added
 * between two pages neither repeats nor skips a row.
 */
export function pageDataSources(dataSources: readonly DataSource[], query: DataSourceQuery): DataSourcePage {
  const { limit, cursor, sort, order, q, status = [] } = checked(query);
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: Position, b: Position): number => {
    let result: number;
    if (sort === 'name') result = sign * compareCodePoints(a.key, b.key);
    else if (a.startedAt === b.startedAt) result = 0;
    else if (a.startedAt === null) result = 1;
    else if (b.startedAt === null) result = -1;
    else result = sign * (Date.parse(a.startedAt) - Date.parse(b.startedAt));
    return result || sign * compareCodePoints(a.id, b.id);
  };
  const positionOf = (source: DataSource): Position => ({
    id: source.id,
    key: sort === 'name' ? sortKeyOf(source) : '',
    startedAt: source.lastConnectionStartedAt,
  });
  const needle = q === undefined ? undefined : foldText(q);
  const matching = dataSources
    .filter((source) => status.length === 0 || status.includes(source.status))
    .filter((source) => needle === undefined || foldText(`${source.name}\n${source.connection}`).includes(needle))
    .map((source) => ({ source, position: positionOf(source) }))
    .sort((a, b) => compare(a.position, b.position));
  const queryKey = digest(JSON.stringify([sort, order, needle, [...new Set(status)].sort()]));
  let start = 0;
  if (cursor !== undefined) {
    const after = readCursor(cursor, queryKey);
    start = matching.findIndex(({ position }) => compare(position, after) > 0);
    if (start === -1) start = matching.length;
  }
  const end = limit === undefined ? matching.length : start + limit;
  const page = matching.slice(start, end);
  const last = page.at(-1);
  const nextCursor = last && end < matching.length ? encodeCursor({ last: last.position, query: queryKey }) : null;
  return { dataSources: page.map(({ source }) => source), nextCursor, total: matching.length };
}

/**
 * A short digest of a query (FNV-1a, 32 bits): enough to tell a cursor used with another sort or
 * filter, and it keeps the cursor short whatever the search holds.
 */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Base64 of the cursor's UTF-8 JSON: names may hold any character, which `btoa` alone refuses. */
function encodeCursor(cursor: Cursor): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(cursor))));
}

function readCursor(cursor: string, queryKey: string): Position {
  let parsed: Cursor;
  try {
    const bytes = Uint8Array.from(atob(cursor), (character) => character.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Cursor;
  } catch {
    refuse('invalid_cursor', 'The cursor is not one this API made.');
  }
  if (parsed.query !== queryKey) refuse('invalid_cursor', 'The cursor belongs to another sort or filter.');
  return parsed.last;
}
