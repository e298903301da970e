import { useMemo, useState } from 'react';
import type { DataSource } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import { sortDataSources, type DataSourceSort, type SortColumn } from './sortDataSources';

/** Where a column starts when first chosen: names A to Z, times newest first (what an admin looks for). */
const firstDirection: Record<SortColumn, DataSourceSort['direction']> = {
  name: 'ascending',
  lastConnectionStarted: 'descending',
};

/**
 * The table's sort: none at first (the backend's order), then the chosen column, whose
 * direction flips each time it is chosen again.
 */
export function useDataSourceSort(dataSources: readonly DataSource[]) {
  const { locale } = useConnections();
  const [sort, setSort] = useState<DataSourceSort | null>(null);
  const sorted = useMemo(
    () => (sort ? sortDataSources(dataSources, sort, locale) : dataSources),
    [dataSources, sort, locale],
  );
  const toggle = (column: SortColumn) =>
    setSort((current) =>
      current?.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: firstDirection[column] },
    );
  return { sort, sorted, toggle };
}
