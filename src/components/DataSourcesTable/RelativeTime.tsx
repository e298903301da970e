import { formatDateTime } from '../../i18n/formatDateTime';
import { formatRelativeTime } from '../../i18n/formatRelativeTime';
import { useConnections } from '../ConnectionsProvider/ConnectionsContext';

export interface RelativeTimeProps {
  /** An ISO 8601 date-time. */
  value: string;
  /** The moment "ago" counts from. */
  now: Date;
}

/** "2 hours ago", with the exact date and time machine-readable and on hover. */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const { locale } = useConnections();
  const date = new Date(value);
  return (
    <time dateTime={value} title={formatDateTime(date, locale)}>
      {formatRelativeTime(date, now, locale)}
    </time>
  );
}
