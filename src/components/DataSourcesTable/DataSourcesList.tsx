import { useEffect, useLayoutEffect, useRef } from 'react';
import type { DataSource, DataSourceSortColumn } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import { DataSourceRow } from './DataSourceRow';
import type { DataSourcesView } from './dataSourcesView';
import { SortableColumnHeader } from './SortableColumnHeader';
import { useVirtualRows } from './useVirtualRows';

export interface DataSourcesListProps {
  /** The sources loaded so far, in the backend's order. */
  dataSources: readonly DataSource[];
  /** How many match over all pages, loaded or not. */
  total: number;
  view: DataSourcesView;
  /** Names the list shown (its sort and filters): another one opens at its top. */
  listKey: string;
  /** True while the rows shown are the previous view's, and the new one's are on their way. */
  stale: boolean;
  titleId: string;
  now: Date;
  reconnectPending: boolean;
  onSort: (column: DataSourceSortColumn) => void;
  onReconnect: (dataSource: DataSource) => void;
  onDelete: (dataSource: DataSource, trigger: HTMLButtonElement) => void;
  /** Whether more rows can be asked for now (there are more, and no request is under way). */
  canLoadMore: boolean;
  /** Asks for the next page; called as the rows drawn come near the end of those loaded. */
  onLoadMore: () => void;
  /** A row to draw, scroll to and focus (its index in the whole list); `onRowFocused` follows. */
  rowToFocus?: number;
  onRowFocused?: () => void;
  /** The id of a source whose row stays drawn wherever the box is scrolled (its Delete dialog is open). */
  keepDrawn?: string;
}

/** How close to the last loaded row the window may come before the next page is asked for. */
const loadAheadRows = 30;

/**
 * The table itself, in its own scrolling box. Only the rows near the viewport are in the DOM;
 * `aria-rowcount` and each row's `aria-rowindex` tell assistive technology where they stand in
 * the whole list.
 */
export function DataSourcesList({
  dataSources,
  total,
  view,
  listKey,
  stale,
  titleId,
  now,
  reconnectPending,
  onSort,
  onReconnect,
  onDelete,
  canLoadMore,
  onLoadMore,
  rowToFocus,
  onRowFocused,
  keepDrawn,
}: DataSourcesListProps) {
  const { t } = useConnections();
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const kept = keepDrawn === undefined ? -1 : dataSources.findIndex((dataSource) => dataSource.id === keepDrawn);
  const rows = useVirtualRows(dataSources.length, scroller, body, [rowToFocus, kept === -1 ? undefined : kept]);
  const nearEnd = rows.windowEnd >= dataSources.length - loadAheadRows;
  useEffect(() => {
    if (nearEnd && canLoadMore) onLoadMore();
  }, [nearEnd, canLoadMore, onLoadMore]);

  // Another sort, search or filter starts at its top, not deep inside the old list (where the
  // new one may have no rows at all), whoever changed it: a click, Back, the host.
  const { measure } = rows;
  const shownList = useRef(listKey);
  useLayoutEffect(() => {
    if (shownList.current === listKey || !scroller.current) return;
    shownList.current = listKey;
    scroller.current.scrollTop = 0;
    // At once, not at the scroll event: this frame draws the new top's rows.
    measure();
  }, [listKey, measure]);
  useLayoutEffect(() => {
    if (rowToFocus === undefined) return;
    body.current?.querySelector<HTMLElement>(`tr[data-index="${rowToFocus}"]`)?.focus();
    onRowFocused?.();
  }, [rowToFocus, onRowFocused]);

  const gap = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} className="cw-table__gap" aria-hidden="true" style={{ height }}>
        <td colSpan={6} />
      </tr>
    );

  return (
    <div className="cw-table-scroll" ref={scroller} onScroll={measure}>
      <table className="cw-table" aria-labelledby={titleId} aria-rowcount={total + 1} aria-busy={stale || undefined}>
        <thead>
          <tr aria-rowindex={1}>
            <SortableColumnHeader
              label={t('dataSources.column.name')}
              column="name"
              sort={view.sort}
              order={view.order}
              onSort={onSort}
            />
            <th scope="col">{t('dataSources.column.connection')}</th>
            <th scope="col">{t('dataSources.column.status')}</th>
            <SortableColumnHeader
              label={t('dataSources.column.lastConnectionStarted')}
              column="lastConnectionStarted"
              sort={view.sort}
              order={view.order}
              onSort={onSort}
            />
            <th scope="col">{t('dataSources.column.lastConnectionDuration')}</th>
            <th scope="col">{t('dataSources.column.action')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.runs.flatMap((run) => [
            gap(run.gapBefore, `gap-${run.start}`),
            ...dataSources
              .slice(run.start, run.end)
              .map((dataSource, offset) => (
                <DataSourceRow
                  key={dataSource.id}
                  dataSource={dataSource}
                  index={run.start + offset}
                  now={now}
                  reconnectPending={reconnectPending}
                  onReconnect={onReconnect}
                  onDelete={onDelete}
                />
              )),
          ])}
          {gap(rows.gapAfter, 'gap-end')}
        </tbody>
      </table>
    </div>
  );
}
