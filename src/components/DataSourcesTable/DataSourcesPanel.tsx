import { useQuery } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import type { DataSource } from '../../api/types';
import { useStartAuthorization } from '../../oauth/useStartAuthorization';
import { dataSourcesQueryOptions } from '../../queries/dataSourcesQueryOptions';
import { AuthorizationStartError } from '../../ui/AuthorizationStartError';
import { useConnections } from '../../context/ConnectionsContext';
import { QueryView } from '../../ui/QueryView';
import { DataSourceRow } from './DataSourceRow';
import { DeleteDataSourceDialog } from './DeleteDataSourceDialog';
import { SortableColumnHeader } from './SortableColumnHeader';
import { useDataSourceSort } from './useDataSourceSort';
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
}

const noDataSources: readonly DataSource[] = [];

/** The admin-only part of the Data Sources table: the list, its states, deleting and reconnecting. */
export function DataSourcesPanel({ now, redirectUri, titleId, titleRef }: DataSourcesPanelProps) {
  const { api, t, queryScope } = useConnections();
  const query = useQuery(dataSourcesQueryOptions(api, queryScope));
  const { sort, sorted, toggle } = useDataSourceSort(query.data ?? noDataSources);
  const [announcement, setAnnouncement] = useState('');
  const deletion = useDeleteConfirmation((dataSource) => {
    setAnnouncement(t('dataSources.deleted', { name: dataSource.name }));
    titleRef.current?.focus();
  });
  const authorization = useStartAuthorization({ redirectUri });
  const reconnecting =
    authorization.target && 'dataSourceId' in authorization.target ? authorization.target : undefined;
  // A source deleted since is not worth an error about reconnecting it.
  const reconnectingSource = query.data?.find((dataSource) => dataSource.id === reconnecting?.dataSourceId);
  const current = now();

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
        />
      )}
      <QueryView query={query} loading={t('dataSources.loading')} errorTitle={t('dataSources.loadError')}>
        {(dataSources) =>
          dataSources.length === 0 ? (
            <p className="cw-data-sources__empty">{t('dataSources.empty')}</p>
          ) : (
            <div className="cw-table-scroll">
              <table className="cw-table" aria-labelledby={titleId}>
                <thead>
                  <tr>
                    <SortableColumnHeader
                      label={t('dataSources.column.name')}
                      column="name"
                      sort={sort}
                      onSort={toggle}
                    />
                    <th scope="col">{t('dataSources.column.connection')}</th>
                    <th scope="col">{t('dataSources.column.status')}</th>
                    <SortableColumnHeader
                      label={t('dataSources.column.lastConnectionStarted')}
                      column="lastConnectionStarted"
                      sort={sort}
                      onSort={toggle}
                    />
                    <th scope="col">{t('dataSources.column.lastConnectionDuration')}</th>
                    <th scope="col">{t('dataSources.column.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((dataSource) => (
                    <DataSourceRow
                      key={dataSource.id}
                      dataSource={dataSource}
                      now={current}
                      reconnectPending={authorization.isPending}
                      onReconnect={(target) =>
                        authorization.start({ dataSourceId: target.id, integrationId: target.integrationId })
                      }
                      onDelete={deletion.open}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
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
