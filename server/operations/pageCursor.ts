import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from './ApiError';
import type { DataSourceQuery, PagePosition } from '../store/DataSourceQuery';

/** Makes and reads `nextCursor`s, each signed and bound to the query it was made for. */
export interface PageCursors {
  make(query: DataSourceQuery, position: PagePosition): string;
  /** The position `cursor` holds; 400 invalid_cursor for one made for another query, or not made here. */
  read(query: DataSourceQuery, cursor: string): PagePosition;
}

/** The parts of a query a cursor belongs to: a cursor continues the same ordered, filtered list. */
function queryKey({ sort, order, q, status }: DataSourceQuery): string {
  return JSON.stringify([sort, order, q ?? null, [...new Set(status)].sort()]);
}

/**
 * Cursors carry their position in the clear (base64url JSON) with an HMAC over it and the query,
 * so the backend keeps nothing per page, yet a cursor cannot be made up, edited, or used with
 * another sort or filter. The key derives from the token key, so cursors outlive a restart; given
 * the token keys' ring (newest first), the newest signs and a cursor signed under an older one
 * still reads, so a list paged across a key rotation goes on.
 */
export function createPageCursors(secrets: Buffer | readonly Buffer[]): PageCursors {
  const keys = (Buffer.isBuffer(secrets) ? [secrets] : secrets).map((secret) =>
    createHmac('sha256', secret).update('data-source page cursor').digest(),
  );
  const signUnder = (key: Buffer, query: DataSourceQuery, payload: string) =>
    createHmac('sha256', key)
      .update(`${queryKey(query)}\n${payload}`)
      .digest()
      .subarray(0, 16);
  const [newest] = keys;
  if (!newest) throw new Error('Page cursors need a key.');
  const invalid = () => new ApiError(400, 'invalid_cursor', 'The cursor is not one this API made for this query.');

  return {
    make(query, position) {
      const payload = Buffer.from(JSON.stringify([position.id, position.value])).toString('base64url');
      return `${payload}.${signUnder(newest, query, payload).toString('base64url')}`;
    },

    read(query, cursor) {
      const [payload = '', mac = '', ...rest] = cursor.split('.');
      const given = Buffer.from(mac, 'base64url');
      const signed = keys.some((key) => {
        const expected = signUnder(key, query, payload);
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
      if (rest.length > 0 || !signed) throw invalid();
      const [id, value] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, string | null];
      return { id, value };
    },
  };
}
