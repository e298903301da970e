import type { DataSourceQuery } from './types';

/**
 * `query` as the query string of `GET /data-sources` (with its `?`, or empty when there is
 * nothing to ask), each status as its own `status` parameter as openapi.json's `explode` says.
 * Fields left undefined are left out, so the backend applies its defaults.
 */
export function dataSourceQueryString({ status = [], ...rest }: DataSourceQuery): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(rest)) {
    if (value !== undefined) search.append(name, String(value));
  }
  for (const each of status) search.append('status', each);
  const text = search.toString();
  return text && `?${text}`;
}
