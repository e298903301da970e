import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { isConnectionsApiError } from '../../api/ConnectionsApiError';
import type { DataSource, DataSourceSortColumn } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import { useStableCallback } from '../../hooks/useStableCallback';
import { formatCount } from '../../i18n/formatCount';
import { pluralCategory } from '../../i18n/pluralCategory';
import { useStartAuthorization } from '../../oauth/useStartAuthorization';
import { dataSourcesQueryOptions } from '../../queries/dataSourcesQueryOptions';
import { AuthorizationStartError } from '../../ui/AuthorizationStartError';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { QueryView } from '../../ui/QueryView';
import { DataSourcesList } from './DataSourcesList';
import { DataSourcesToolbar } from './DataSourcesToolbar';
import { firstOrder, isFiltered, listQueryOf, type DataSourcesView } from './dataSourcesView';
import { DeleteDataSourceDialog } from './DeleteDataSourceDialog';
import { joinPages } from './joinPages';
import { useDeleteConfirmation } from './useDeleteConfirmation';

export interface DataSourcesPanelProps {
  /** The clock relative times count from. */
  now: () => Date;
  /** Where Reconnect returns to; see `DataSourcesTableProps.redirectUri`. */
  redirectUri: string | undefined;
  /** The id of the visible title, which names the table. */
  titleId: string;
  /** The title, where focus lands once a deleted row is gone. */
  titleRef: RefObject<HTMLElement | null>;
  view: DataSourcesView;
  onViewChange: (view: DataSourcesView) => void;
}

/** The admin-only part of the Data Sources table: search and filter, the list, its states, deleting and reconnecting. */
export function DataSourcesPanel({ now, redirectUri, titleId, titleRef, view, onViewChange }: DataSourcesPanelProps) {
  const { api, t, locale, queryScope, authorizationMode } = useConnections();
  const listQuery = listQueryOf(view);
  // Names the list (its sort and filters): another one is another list.
  const listKey = JSON.stringify(listQuery);
  const query = useInfiniteQuery({
    ...dataSourcesQueryOptions(api, queryScope, listQuery),
    // The rows of the last search stay on screen (marked busy) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
  const loadMore = useStableCallback(() => void query.fetchNextPage());
  // A cursor the backend no longer takes (its cursor key changed, say) would leave the list
  // stuck, since a 400 offers no Try again: the list starts again from its first page, whose
  // cursors are fresh, without an alert meanwhile. Once per list, so a backend refusing every
  // cursor ends in the alert.
  const cursorRefused =
    query.isFetchNextPageError && isConnectionsApiError(query.error) && query.error.code === 'invalid_cursor';
  const [restart, setRestart] = useState<{ list: string; done: boolean }>();
  if (cursorRefused && restart?.list !== listKey) setRestart({ list: listKey, done: false });
  const { refetch } = query;
  useEffect(() => {
    if (!restart || restart.done) return;
    void refetch().finally(() => setRestart({ ...restart, done: true }));
  }, [restart, refetch]);
  const restarting = cursorRefused && restart?.done !== true;
  // After Try again loads the next page, focus goes to its first row, not to the page's body
  // with the alert and its button gone: the admin reads on where the list had stopped.
  const [rowToFocus, setRowToFocus] = useState<number>();
  const retryLoadMore = () => {
    const firstNewRow = dataSources?.length ?? 0;
    void query.fetchNextPage().then((result) => {
      if (!result.isFetchNextPageError) setRowToFocus(firstNewRow);
    });
  };
  const rowFocused = useStableCallback(() => setRowToFocus(undefined));
  const [announcement, setAnnouncement] = useState('');
  // Clear starts the toolbar afresh: the box empty, a search still waiting out its pause dropped.
  const [cleared, setCleared] = useState(0);
  const deletion = useDeleteConfirmation((dataSource) => {
    setAnnouncement(t('dataSources.deleted', { name: dataSource.name }));
    titleRef.current?.focus();
  });
  const authorization = useStartAuthorization({ redirectUri });
  const reconnecting =
    authorization.target && 'dataSourceId' in authorization.target ? authorization.target : undefined;
  // Stable, so the drawn rows (memoized) are not drawn again at every change of the query's state.
  const reconnect = useStableCallback((target: DataSource) =>
    authorization.start({ dataSourceId: target.id, integrationId: target.integrationId }),
  );
  const pages = query.data?.pages;
  // The clock is read when the rows arrive, not at every render: relative times are as fresh as
  // the rows they describe, and the drawn rows (memoized) are not drawn again for nothing.
  const joined = useMemo(() => pages && { ...joinPages(pages), shownAt: now() }, [pages, now]);
  const dataSources = joined?.dataSources;
  const total = joined?.total ?? 0;
  // A source deleted since is not worth an error about reconnecting it.
  const reconnectingSource = dataSources?.find((dataSource) => dataSource.id === reconnecting?.dataSourceId);
  const filtered = isFiltered(view);
  const sort = (column: DataSourceSortColumn) =>
    onViewChange({
      ...view,
      sort: column,
      order: view.sort !== column ? firstOrder[column] : view.order === 'asc' ? 'desc' : 'asc',
    });

  return (
    <>
      {/* Always mounted, so screen readers are listening before the announcement arrives. */}
      <p className="cw-data-sources__announcement" role="status">
        {announcement}
      </p>
      {authorization.error != null && reconnecting && reconnectingSource && (
        <AuthorizationStartError
          title={t('dataSources.reconnectError', { name: reconnectingSource.name })}
          error={authorization.error}
          onRetry={() => authorization.start(reconnecting)}
          onContinueInThisTab={() => authorization.start(reconnecting, { mode: 'redirect' })}
          continuing={authorization.isPending}
        />
      )}
      {authorizationMode === 'popup' && (
        // Mounted with the table in popup mode, so screen readers hear when the window opens.
        <p className={authorization.popupOpen ? 'cw-status-text' : 'cw-visually-hidden'} role="status">
          {authorization.popupOpen ? t('authorization.popupOpen') : ''}
        </p>
      )}
      <DataSourcesToolbar key={cleared} view={view} onViewChange={onViewChange} focusSearch={cleared > 0} />
      <p className="cw-data-sources__count" role="status">
        {filtered && query.isSuccess && !query.isPlaceholderData
          ? t(`dataSources.resultCount.${pluralCategory(locale, total)}`, {
              count: formatCount(total, locale),
            })
          : ''}
      </p>
      <QueryView query={query} loading={t('dataSources.loading')} errorTitle={t('dataSources.loadError')}>
        {() =>
          dataSources?.length ? (
            <DataSourcesList
              dataSources={dataSources}
              total={total}
              view={view}
              listKey={listKey}
              stale={query.isPlaceholderData}
              titleId={titleId}
              now={joined?.shownAt ?? now()}
              reconnectPending={authorization.isPending}
              onSort={sort}
              onReconnect={reconnect}
              onDelete={deletion.open}
              // Not while the list itself is fetched again: the next page would cancel that
              // refetch, and ask after a cursor of the pages being replaced.
              canLoadMore={
                query.hasNextPage && !query.isFetching && !query.isFetchNextPageError && !query.isPlaceholderData
              }
              onLoadMore={loadMore}
              rowToFocus={rowToFocus}
              onRowFocused={rowFocused}
              keepDrawn={deletion.keepDrawn}
            />
          ) : filtered ? (
            <div className="cw-data-sources__empty">
              <p>{t('dataSources.noMatches')}</p>
              <button
                type="button"
                className="cw-button"
                onClick={() => {
                  setCleared((count) => count + 1);
                  onViewChange({ ...view, q: '', status: 'all' });
                }}
              >
                {t('dataSources.clearFilters')}
              </button>
            </div>
          ) : (
            <p className="cw-data-sources__empty">{t('dataSources.empty')}</p>
          )
        }
      </QueryView>
      {/* Always mounted, so screen readers are listening before "Loading more…" arrives. */}
      <p className={query.isFetchingNextPage ? 'cw-status-text' : 'cw-visually-hidden'} role="status">
        {query.isFetchingNextPage ? t('dataSources.loadingMore') : ''}
      </p>
      {query.isFetchNextPageError && !restarting && (
        <ErrorPanel
          title={t('dataSources.loadMoreError')}
          error={query.error}
          onRetry={retryLoadMore}
          retrying={query.isFetchingNextPage}
        />
      )}
      {deletion.target && (
        <DeleteDataSourceDialog
          dataSource={deletion.target}
          isPending={deletion.isPending}
          error={deletion.error}
          onConfirm={deletion.confirm}
          onCancel={deletion.cancel}
        />
      )}
    </>
  );
}
