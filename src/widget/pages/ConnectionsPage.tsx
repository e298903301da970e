import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useConnections } from '../../context/ConnectionsContext';
import { ConnectionSuccessBanner } from '../../components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { useConnectionSuccess } from '../../components/ConnectionSuccessBanner/useConnectionSuccess';
import { DataSourcesTable } from '../../components/DataSourcesTable/DataSourcesTable';
import { readDataSourcesView, writeDataSourcesView } from '../../components/DataSourcesTable/dataSourcesViewParams';
import { RoleGate } from '../../ui/RoleGate';
import { useWidgetRoutes } from '../../context/WidgetRoutesContext';

/**
 * The widget's index: the Connections heading, the success banner when the admin arrives
 * from a completed authorization, **Add a Data Source**, and the Data Sources table.
 */
export function ConnectionsPage() {
  const { t } = useConnections();
  const routes = useWidgetRoutes();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { success, dismiss: forget } = useConnectionSuccess();
  // The table's search, filter and sort live in the URL: a reload, a shared link and Back keep them.
  const [searchParams, setSearchParams] = useSearchParams();

  const dismiss = () => {
    forget();
    // The Dismiss button is gone; the heading is the nearest sensible place for focus.
    headingRef.current?.focus();
  };

  return (
    <div className="cw-page cw-connections">
      <h2 className="cw-page__heading" ref={headingRef} tabIndex={-1} data-page-heading>
        {t('connections.heading')}
      </h2>
      <RoleGate>
        {success && (
          <ConnectionSuccessBanner
            dataSourceName={success.dataSourceName}
            reauthorized={success.reauthorized}
            onDismiss={dismiss}
          />
        )}
        <div className="cw-connections__toolbar">
          {/* A button, as the product has it: it opens the picker, in the widget's router. */}
          <button type="button" className="cw-button cw-button--primary" onClick={() => navigate(routes?.add ?? 'add')}>
            {t('connections.add')}
          </button>
        </div>
        <DataSourcesTable
          headingLevel={3}
          view={readDataSourcesView(searchParams)}
          // Replaced, not pushed: each pause in typing is no page of its own to go Back to.
          onViewChange={(view) => setSearchParams((current) => writeDataSourcesView(current, view), { replace: true })}
        />
      </RoleGate>
    </div>
  );
}
