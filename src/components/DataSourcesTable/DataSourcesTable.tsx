import { useId, useRef, useState } from 'react';
import type { Role } from '../../context/Role';
import { useConnections } from '../../context/ConnectionsContext';
import { useRootProps } from '../../ui/useRootProps';
import { RoleGate } from '../../ui/RoleGate';
import { DataSourcesPanel } from './DataSourcesPanel';
import { defaultDataSourcesView, type DataSourcesView } from './dataSourcesView';

export interface DataSourcesTableProps {
  /** Overrides the provider's role for this table; a non-admin sees a notice and nothing is requested. */
  role?: Role;
  /**
   * The clock "2 hours ago" counts from; pass a fixed one for stories and tests.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Where the provider sends the browser back after Reconnect, absolute or relative to the
   * page; it must be registered with the provider and render `AuthorizationCallback`.
   * @default the `callback` route of the enclosing `ConnectionsWidget`
   */
  redirectUri?: string;
  /**
   * The level of the "Data Sources" heading, to fit the host page's outline (the widget's
   * Connections page puts it under its own h2).
   * @default 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * The search, status filter and sort, for a host that keeps them itself (in its URL, say:
   * `readDataSourcesView` and `writeDataSourcesView` read and write them as query parameters).
   * With it the table is controlled: it calls `onViewChange` and shows what it is given.
   * @default names A to Z, every status, no search; then the table keeps its own
   */
  view?: DataSourcesView;
  /** Called with the next view when the admin searches (after a pause in typing), filters or sorts. */
  onViewChange?: (view: DataSourcesView) => void;
}

const systemClock = () => new Date();

/**
 * The connected data sources as the product shows them: Name, Connection, Status, Last
 * Connection Started, Last Connection Duration, Action. Searchable, filtered by status and
 * sortable by name and start time, all by the backend, a page at a time; only the rows near the
 * viewport are rendered, so thousands cost what a screenful does. Each row can be deleted (after
 * a confirmation) and, when its access is gone, reconnected.
 */
export function DataSourcesTable({
  role,
  now = systemClock,
  redirectUri,
  headingLevel = 2,
  view: controlledView,
  onViewChange,
}: DataSourcesTableProps) {
  const { t } = useConnections();
  const rootProps = useRootProps('cw-data-sources');
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const [ownView, setOwnView] = useState(defaultDataSourcesView);
  const view = controlledView ?? ownView;
  const changeView = (next: DataSourcesView) => {
    if (!controlledView) setOwnView(next);
    onViewChange?.(next);
  };
  return (
    <section {...rootProps}>
      <Heading className="cw-data-sources__title" id={titleId} ref={titleRef} tabIndex={-1}>
        {t('dataSources.title')}
      </Heading>
      <RoleGate role={role}>
        <DataSourcesPanel
          now={now}
          redirectUri={redirectUri}
          titleId={titleId}
          titleRef={titleRef}
          view={view}
          onViewChange={changeView}
        />
      </RoleGate>
    </section>
  );
}
