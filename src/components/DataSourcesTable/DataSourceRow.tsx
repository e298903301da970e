import { memo } from 'react';
import type { DataSource } from '../../api/types';
import { formatDuration } from '../../i18n/formatDuration';
import { useConnections } from '../../context/ConnectionsContext';
import { RelativeTime } from '../../ui/RelativeTime';
import { StatusBadge } from '../../ui/StatusBadge';

export interface DataSourceRowProps {
  dataSource: DataSource;
  /** Its place in the whole list, from 0, rows not rendered included. */
  index: number;
  /** The moment relative times count from. */
  now: Date;
  /** True while a re-authorization is being started, for this row or another. */
  reconnectPending: boolean;
  onReconnect: (dataSource: DataSource) => void;
  /** Gets the button, so focus can return to it when the dialog closes. */
  onDelete: (dataSource: DataSource, trigger: HTMLButtonElement) => void;
}

/** Sources whose access is gone or failing; re-authorizing is how the admin repairs them. */
const reconnectable = new Set<DataSource['status']>(['needs_reauthorization', 'error']);

/**
 * One data source. Names and connections are isolated (`bdi`) so a right-to-left override in them
 * stays inside. Memoized: a scroll step draws the rows coming into view, not again those already there.
 */
// Marked pure, so that a bundle that never draws a row (the banner alone) drops it.
export const DataSourceRow = /* @__PURE__ */ memo(function DataSourceRow({
  dataSource,
  index,
  now,
  reconnectPending,
  onReconnect,
  onDelete,
}: DataSourceRowProps) {
  const { t, locale } = useConnections();
  const { name, connection, status, statusReason, lastConnectionStartedAt, lastConnectionDurationSeconds } = dataSource;
  return (
    // The header is row 1 of the table; rows missing from the DOM still count. Focusable from
    // code only, for the first row of a page loaded by Try again.
    <tr aria-rowindex={index + 2} data-index={index} tabIndex={-1}>
      <th scope="row" className="cw-table__name">
        <bdi>{name}</bdi>
      </th>
      <td className="cw-table__text">
        <bdi>{connection}</bdi>
      </td>
      <td>
        <StatusBadge status={status} />
        {statusReason && <span className="cw-table__reason">{t(`dataSources.statusReason.${statusReason}`)}</span>}
      </td>
      <td>
        {lastConnectionStartedAt === null ? (
          t('dataSources.never')
        ) : (
          <RelativeTime value={lastConnectionStartedAt} now={now} />
        )}
      </td>
      <td>
        {lastConnectionDurationSeconds === null ? (
          t('dataSources.noDuration')
        ) : (
          <time dateTime={`PT${Math.round(lastConnectionDurationSeconds)}S`}>
            {formatDuration(lastConnectionDurationSeconds, locale)}
          </time>
        )}
      </td>
      <td>
        <div className="cw-table__actions">
          {reconnectable.has(status) && (
            <button
              type="button"
              className="cw-button cw-button--primary"
              aria-label={t('dataSources.reconnectLabel', { name })}
              aria-disabled={reconnectPending || undefined}
              onClick={() => onReconnect(dataSource)}
            >
              {t('dataSources.reconnect')}
            </button>
          )}
          <button
            type="button"
            className="cw-button"
            aria-label={t('dataSources.deleteLabel', { name })}
            onClick={(event) => onDelete(dataSource, event.currentTarget)}
          >
            {t('dataSources.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
});
