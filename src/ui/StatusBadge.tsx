import type { DataSourceStatus } from '../api/types';
import { useConnections } from '../context/ConnectionsContext';

export interface StatusBadgeProps {
  status: DataSourceStatus;
}

/** A data source's status as a word on a tinted badge, so colour is never the only signal. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useConnections();
  return <span className={`cw-badge cw-badge--${status}`}>{t(`dataSources.status.${status}`)}</span>;
}
