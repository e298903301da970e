import type { DataSourceSortColumn, SortOrder } from '../../api/types';

export interface SortableColumnHeaderProps {
  /** The column's name, also the sort button's name. */
  label: string;
  /** The column this header sorts by. */
  column: DataSourceSortColumn;
  /** The table's sort; the header shows its direction when it is by this column. */
  sort: DataSourceSortColumn;
  order: SortOrder;
  /** Sorts by the column, or flips the direction when it already is the sort column. */
  onSort: (column: DataSourceSortColumn) => void;
}

const directions = { asc: ['ascending', '▲'], desc: ['descending', '▼'] } as const;

/** A column header whose button sorts the table; `aria-sort` tells assistive technology the order. */
export function SortableColumnHeader({ label, column, sort, order, onSort }: SortableColumnHeaderProps) {
  const [direction, arrow] = sort === column ? directions[order] : [undefined, '↕'];
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="cw-table__sort" onClick={() => onSort(column)}>
        {label}
        <span className="cw-table__sort-icon" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
