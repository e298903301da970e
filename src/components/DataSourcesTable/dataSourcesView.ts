import { dataSourceStatuses } from '../../api/contractLists';
import type { DataSourceSortColumn, DataSourceStatus, SortOrder } from '../../api/types';
import type { DataSourceListQuery } from '../../queries/dataSourcesQueryOptions';

/** The status filter's choices: every status, the two that need the admin, or one status. */
export type DataSourceStatusFilter = 'all' | 'attention' | DataSourceStatus;

/** What the table shows: its search, status filter and sort. A host router can carry it in the URL. */
export interface DataSourcesView {
  /** The text in the search box; blank shows every source. */
  q: string;
  status: DataSourceStatusFilter;
  sort: DataSourceSortColumn;
  order: SortOrder;
}

/** Names A to Z, every status: what the table shows first. */
export const defaultDataSourcesView: DataSourcesView = { q: '', status: 'all', sort: 'name', order: 'asc' };

/** The status filter's choices, in the order it offers them. */
// Marked pure (a spread would not be), so that a bundle without the table drops it.
export const statusFilters: readonly DataSourceStatusFilter[] = /* @__PURE__ */ (
  ['all', 'attention'] as DataSourceStatusFilter[]
).concat(dataSourceStatuses);

/** Where a column starts when first chosen: names A to Z, times newest first (what an admin looks for). */
export const firstOrder: Record<DataSourceSortColumn, SortOrder> = { name: 'asc', lastConnectionStarted: 'desc' };

/** The statuses a filter asks the backend for; every status is not asking at all. */
function statusesOf(filter: DataSourceStatusFilter): DataSourceStatus[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'attention') return ['needs_reauthorization', 'error'];
  return [filter];
}

/** Whether the view hides some sources, so an empty answer means "nothing matches" rather than "none yet". */
export function isFiltered(view: DataSourcesView): boolean {
  return view.q.trim() !== '' || view.status !== 'all';
}

/** The longest search the contract takes, in characters (code points). */
export const searchMaxLength = 200;

/** `text` cut to the longest search the contract takes. */
export function clipSearch(text: string): string {
  return [...text].slice(0, searchMaxLength).join('');
}

/** What the backend is asked for this view. The search's spaces at either end do not count. */
export function listQueryOf(view: DataSourcesView): DataSourceListQuery {
  const q = view.q.trim();
  const status = statusesOf(view.status);
  return {
    sort: view.sort,
    order: view.order,
    ...(q && { q: clipSearch(q) }),
    ...(status && { status }),
  };
}
