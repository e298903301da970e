import type { DataSourceSortColumn, DataSourceStatus, SortOrder } from '../../src/api/types';

/** `GET /data-sources`'s query, checked, with its defaults applied. */
export interface DataSourceQuery {
  limit: number | undefined;
  cursor: string | undefined;
  sort: DataSourceSortColumn;
  order: SortOrder;
  /** The search text, folded as the stored search text is (case and accents off). */
  q: string | undefined;
  /** The statuses kept; empty keeps every one. */
  status: DataSourceStatus[];
}

/** Where a page ended: the last source's sort value (a name key, or a start time or null) and id. */
export interface PagePosition {
  id: string;
  /** The name sort key, or the start time as an ISO string (null for never started). */
  value: string | null;
}
