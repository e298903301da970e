import { benchSearches } from './seedSources.ts';

/** One kind of `GET /data-sources` request the bench times. */
export interface QueryShape {
  label: string;
  /** The query string's parameters, `limit` included. */
  query: Record<string, string>;
  /**
   * Which page: the first; the second (`nextCursor` of the first); or the one half way through
   * the sources, reached by following `nextCursor` there (pages of 200).
   */
  page: 'first' | 'next' | 'deep';
}

const page = { limit: '100' };
const byName = { ...page, sort: 'name', order: 'asc' };
const byStartDesc = { ...page, sort: 'lastConnectionStarted', order: 'desc' };

/**
 * Each sort both ways, a search that matches a few, one that matches many, a status, later pages;
 * for `rows` sources.
 */
export const queryShapes = (rows: number): QueryShape[] => [
  { label: 'name asc', query: byName, page: 'first' },
  { label: 'name desc', query: { ...page, sort: 'name', order: 'desc' }, page: 'first' },
  {
    label: 'lastConnectionStarted asc',
    query: { ...page, sort: 'lastConnectionStarted', order: 'asc' },
    page: 'first',
  },
  { label: 'lastConnectionStarted desc', query: byStartDesc, page: 'first' },
  { label: `name asc, q=${benchSearches.few} (few)`, query: { ...byName, q: benchSearches.few }, page: 'first' },
  { label: `name asc, q=${benchSearches.many} (many)`, query: { ...byName, q: benchSearches.many }, page: 'first' },
  { label: `started desc, q=${benchSearches.few}`, query: { ...byStartDesc, q: benchSearches.few }, page: 'first' },
  { label: 'name asc, status=error', query: { ...byName, status: 'error' }, page: 'first' },
  { label: 'started desc, status=error', query: { ...byStartDesc, status: 'error' }, page: 'first' },
  { label: 'name asc, next page', query: byName, page: 'next' },
  { label: 'started desc, next page', query: byStartDesc, page: 'next' },
  { label: `name asc, page at ${(rows / 2).toLocaleString('en')}`, query: byName, page: 'deep' },
  { label: `started desc, page at ${(rows / 2).toLocaleString('en')}`, query: byStartDesc, page: 'deep' },
];
