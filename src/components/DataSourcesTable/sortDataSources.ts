import type { DataSource } from '../../api/types';
import { nameCollator } from '../../i18n/nameCollator';

/** The columns the table sorts by. */
export type SortColumn = 'name' | 'lastConnectionStarted';

/** The order, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

export interface DataSourceSort {
  column: SortColumn;
  direction: SortDirection;
}

/**
 * A sorted copy of `dataSources`. Names compare as the admin's language orders them
 * (accents, case and embedded numbers included); sources never started go last in both
 * directions, since "never" is not a time that is earlier or later than the others.
 */
export function sortDataSources(
  dataSources: readonly DataSource[],
  sort: DataSourceSort,
  locale: string,
): DataSource[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'name') {
    return [...dataSources].sort((a, b) => sign * nameCollator(locale).compare(a.name, b.name));
  }
  return [...dataSources].sort((a, b) => {
    if (a.lastConnectionStartedAt === b.lastConnectionStartedAt) return 0;
    if (a.lastConnectionStartedAt === null) return 1;
    if (b.lastConnectionStartedAt === null) return -1;
    return sign * (Date.parse(a.lastConnectionStartedAt) - Date.parse(b.lastConnectionStartedAt));
  });
}
