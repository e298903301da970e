import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useConnections } from '../../context/ConnectionsContext';
import { connectionSuccessState } from '../../oauth/connectionSuccessState';
import { ConnectionSuccessBanner } from '../../components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { DataSourcesTable } from '../../components/DataSourcesTable/DataSourcesTable';
import { RoleGate } from '../../ui/RoleGate';
import { useWidgetRoutes } from '../../context/WidgetRoutesContext';

/**
 * The widget's index: the Connections heading, the success banner when the admin arrives
 * from a completed authorization, **Add a Data Source**, and the Data Sources table.
 */
export function ConnectionsPage() {
  const { t } = useConnections();
  const routes = useWidgetRoutes();
  const location = useLocation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read once: the page keeps showing it after the history entry forgets it (below).
  const [success, setSuccess] = useState(() => connectionSuccessState.read(location.state));

  useEffect(() => {
    // History state survives a reload; clearing it is what makes the banner show only once.
    if (!connectionSuccessState.read(location.state)) return;
    const { pathname, search, hash } = location;
    navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [location, navigate]);

  const dismiss = () => {
    setSuccess(undefined);
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
        <DataSourcesTable headingLevel={3} />
      </RoleGate>
    </div>
  );
}
