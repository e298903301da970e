import type { DataSourceSort, SortColumn, SortDirection } from './sortDataSources';

export interface SortableColumnHeaderProps {
  /** The column's name, also the sort button's name. */
  label: string;
  /** The column this header sorts by. */
  column: SortColumn;
  /** The table's sort; the header shows its direction when it is by this column. */
  sort: DataSourceSort | null;
  /** Sorts by the column, or flips the direction when it already is the sort column. */
  onSort: (column: SortColumn) => void;
}

const arrows: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

/** A column header whose button sorts the table; `aria-sort` tells assistive technology the order. */
export function SortableColumnHeader({ label, column, sort, onSort }: SortableColumnHeaderProps) {
  const direction = sort?.column === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="cw-table__sort" onClick={() => onSort(column)}>
        {label}
        <span className="cw-table__sort-icon" aria-hidden="true">
          {direction ? arrows[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
