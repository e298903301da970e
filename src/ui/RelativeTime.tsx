import { formatDateTime } from '../i18n/formatDateTime';
import { formatRelativeTime } from '../i18n/formatRelativeTime';
import { useConnections } from '../context/ConnectionsContext';

export interface RelativeTimeProps {
  /** An ISO 8601 date-time. */
  value: string;
  /** The moment "ago" counts from. */
  now: Date;
}

/**
 * "2 hours ago", with the exact date and time machine-readable and on hover. A value that is no
 * date is shown as it came: the provider's API checks answers, but Intl would throw on one.
 */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const { locale } = useConnections();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span>{value}</span>;
  return (
    <time dateTime={value} title={formatDateTime(date, locale)}>
      {formatRelativeTime(date, now, locale)}
    </time>
  );
}
