import { ConnectionsApiError } from '../api/ConnectionsApiError';
import type { DataSource, DataSourcePage, DataSourceQuery, DataSourceStatus } from '../api/types';
import { foldText } from '../i18n/foldText';

const statuses: readonly DataSourceStatus[] = ['success', 'syncing', 'needs_reauthorization', 'error'];

/** Names as the reference backend orders them: case and accents aside, numbers by value. */
const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function refuse(code: string, message: string): never {
  throw new ConnectionsApiError('bad_request', message, { status: 400, code });
}

/** What a cursor remembers: the last source of its page, and the query it belongs to. */
interface Cursor {
  last: Pick<DataSource, 'id' | 'name' | 'lastConnectionStartedAt'>;
  query: string;
}

function checked(query: DataSourceQuery): Required<Pick<DataSourceQuery, 'sort' | 'order'>> & DataSourceQuery {
  const { limit, sort = 'name', q, status = [] } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 200)) {
    refuse('invalid_request', 'limit must be a whole number from 1 to 200.');
  }
  if (sort !== 'name' && sort !== 'lastConnectionStarted') refuse('invalid_request', `No sort ${String(sort)}.`);
  const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
  if (order !== 'asc' && order !== 'desc') refuse('invalid_request', `No order ${String(order)}.`);
  if (q !== undefined && (q.length < 1 || [...q].length > 200))
    refuse('invalid_request', 'q must be 1 to 200 characters.');
  if (status.some((each) => !statuses.includes(each))) refuse('invalid_request', 'status names an unknown status.');
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
  const compare = (a: Cursor['last'], b: Cursor['last']): number => {
    let result: number;
    if (sort === 'name') result = sign * names.compare(a.name, b.name);
    else if (a.lastConnectionStartedAt === b.lastConnectionStartedAt) result = 0;
    else if (a.lastConnectionStartedAt === null) result = 1;
    else if (b.lastConnectionStartedAt === null) result = -1;
    else result = sign * (Date.parse(a.lastConnectionStartedAt) - Date.parse(b.lastConnectionStartedAt));
    return result || sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  const needle = q === undefined ? undefined : foldText(q);
  const matching = dataSources
    .filter((source) => status.length === 0 || status.includes(source.status))
    .filter((source) => needle === undefined || foldText(`${source.name}\n${source.connection}`).includes(needle))
    .sort(compare);
  const queryKey = JSON.stringify([sort, order, needle, [...status].sort()]);
  let start = 0;
  if (cursor !== undefined) {
    const after = readCursor(cursor, queryKey);
    start = matching.findIndex((source) => compare(source, after) > 0);
    if (start === -1) start = matching.length;
  }
  const end = limit === undefined ? matching.length : start + limit;
  const page = matching.slice(start, end);
  const last = page.at(-1);
  const nextCursor =
    last && end < matching.length
      ? encodeCursor({
          last: { id: last.id, name: last.name, lastConnectionStartedAt: last.lastConnectionStartedAt },
          query: queryKey,
        })
      : null;
  return { dataSources: page, nextCursor, total: matching.length };
}

/** Base64 of the cursor's UTF-8 JSON: names may hold any character, which `btoa` alone refuses. */
function encodeCursor(cursor: Cursor): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(cursor))));
}

function readCursor(cursor: string, queryKey: string): Cursor['last'] {
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
