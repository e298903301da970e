import { useId, useRef } from 'react';
import type { Role } from '../../context/Role';
import { useConnections } from '../../context/ConnectionsContext';
import { useRootProps } from '../../ui/useRootProps';
import { RoleGate } from '../../ui/RoleGate';
import { DataSourcesPanel } from './DataSourcesPanel';

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
}

const systemClock = () => new Date();

/**
 * The connected data sources as the product shows them: Name, Connection, Status, Last
 * Connection Started, Last Connection Duration, Action. Sortable by name and start time; each
 * row can be deleted (after a confirmation) and, when its access is gone, reconnected.
 */
export function DataSourcesTable({ role, now = systemClock, redirectUri, headingLevel = 2 }: DataSourcesTableProps) {
  const { t } = useConnections();
  const rootProps = useRootProps('cw-data-sources');
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...rootProps}>
      <Heading className="cw-data-sources__title" id={titleId} ref={titleRef} tabIndex={-1}>
        {t('dataSources.title')}
      </Heading>
      <RoleGate role={role}>
        <DataSourcesPanel now={now} redirectUri={redirectUri} titleId={titleId} titleRef={titleRef} />
      </RoleGate>
    </section>
  );
}
