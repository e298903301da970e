import { sortColumns, sortOrders } from '../../api/contractLists';
import { clipSearch, defaultDataSourcesView, firstOrder, statusFilters, type DataSourcesView } from './dataSourcesView';

function oneOf<T extends string>(value: string | null, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}

/**
 * The table's view from a URL's query (`?q=…&status=…&sort=…&order=…`). Anything else (a
 * hand-edited or stale link) falls back to the default of that part, never to an error.
 */
export function readDataSourcesView(params: URLSearchParams): DataSourcesView {
  const sort = oneOf(params.get('sort'), sortColumns) ?? defaultDataSourcesView.sort;
  return {
    // A longer one (a hand-made link) is cut to what the box can hold and the backend takes.
    q: clipSearch(params.get('q') ?? ''),
    status: oneOf(params.get('status'), statusFilters) ?? 'all',
    sort,
    order: oneOf(params.get('order'), sortOrders) ?? firstOrder[sort],
  };
}

/**
 * `params` with the view written in, its default parts left out so a plain visit keeps a plain
 * URL; the host's own parameters stay as they are.
 */
export function writeDataSourcesView(params: URLSearchParams, view: DataSourcesView): URLSearchParams {
  const next = new URLSearchParams(params);
  const parts: Record<keyof DataSourcesView, string | undefined> = {
    q: view.q.trim() || undefined,
    status: view.status === 'all' ? undefined : view.status,
    sort: view.sort === defaultDataSourcesView.sort ? undefined : view.sort,
    order: view.order === firstOrder[view.sort] ? undefined : view.order,
  };
  for (const [name, value] of Object.entries(parts)) {
    if (value === undefined) next.delete(name);
    else next.set(name, value);
  }
  return next;
}
