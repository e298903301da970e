import { Link, type To } from 'react-router';
import { useWidgetRoutes } from '../context/WidgetRoutesContext';
import { useConnections } from '../context/ConnectionsContext';

export interface BackToConnectionsLinkProps {
  /**
   * Where it leads.
   * @default the widget's Connections page; outside the widget, the parent route (`'..'`)
   */
  to?: To;
}

/** **Back to Connections**, the way out of every page of the flow. */
export function BackToConnectionsLink({ to }: BackToConnectionsLinkProps) {
  const { t } = useConnections();
  const routes = useWidgetRoutes();
  return (
    <Link className="cw-link" to={to ?? routes?.index ?? '..'}>
      {t('common.backToConnections')}
    </Link>
  );
}
