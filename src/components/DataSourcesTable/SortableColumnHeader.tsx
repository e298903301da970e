import type { SortDirection } from './sortDataSources';

export interface SortableColumnHeaderProps {
  /** The column's name, also the sort button's name. */
  label: string;
  /** The direction when the table is sorted by this column; undefined otherwise. */
  direction: SortDirection | undefined;
  /** Sorts by this column, or flips the direction when it already is the sort column. */
  onSort: () => void;
}

const arrows: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

/** A column header whose button sorts the table; `aria-sort` tells assistive technology the order. */
export function SortableColumnHeader({ label, direction, onSort }: SortableColumnHeaderProps) {
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="cw-table__sort" onClick={onSort}>
        {label}
        <span className="cw-table__sort-icon" aria-hidden="true">
          {direction ? arrows[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
