import { AuthorizationUrlRefusedError } from '../../oauth/AuthorizationUrlRefusedError';
import { useConnections } from '../ConnectionsProvider/ConnectionsContext';
import { ErrorPanel } from '../ErrorPanel/ErrorPanel';

export interface ReconnectErrorProps {
  /** The data source whose re-authorization failed to start. */
  name: string;
  /** What `useStartAuthorization` reported. */
  error: unknown;
  /** Starts the re-authorization again. */
  onRetry: () => void;
}

/**
 * Why Reconnect did not leave the page. An address on a host that is not allowed gets no
 * Try again: asking the backend again would only bring the same address back.
 */
export function ReconnectError({ name, error, onRetry }: ReconnectErrorProps) {
  const { t } = useConnections();
  const title = t('dataSources.reconnectError', { name });
  if (!(error instanceof AuthorizationUrlRefusedError)) return <ErrorPanel title={title} error={error} onRetry={onRetry} />;
  return (
    <div className="cw-alert" role="alert">
      <p className="cw-alert__message">
        <strong>{title}</strong> {t('stripe.urlRefused', { host: error.host })}
      </p>
    </div>
  );
}
