import type { DataSourceQuery } from './types';

/**
 * `query` as the query string of `GET /data-sources` (with its `?`, or empty when there is
 * nothing to ask), each status as its own `status` parameter as openapi.json's `explode` says.
 * Fields left undefined are left out, so the backend applies its defaults.
 */
export function dataSourceQueryString(query: DataSourceQuery): string {
  const search = new URLSearchParams();
  // Only the documented fields: anything else the caller's object carries stays out of the URL.
  for (const name of ['limit', 'cursor', 'sort', 'order', 'q'] as const) {
    const value = query[name];
    if (value !== undefined) search.append(name, String(value));
  }
  for (const each of query.status ?? []) search.append('status', each);
  const text = search.toString();
  return text && `?${text}`;
}
