import { isRetryableError } from '../api/isRetryableError';
import { useConnections } from '../context/ConnectionsContext';
import { errorMessage } from '../i18n/errorMessage';
import { BusyButton } from './BusyButton';

export interface ErrorPanelProps {
  /** What the admin was doing, e.g. "The data sources could not be loaded." */
  title: string;
  /** The failure; its kind picks the explanation, and whether Try again is offered. */
  error: unknown;
  /**
   * The explanation, when the caller knows better than the error's kind.
   * @default the catalog's sentence for the error's kind
   */
  reason?: string;
  /**
   * Shows a Try again button that calls this, unless asking again cannot help (a refusal such
   * as 400, 403 or 409: see `isRetryableError`).
   */
  onRetry?: () => void;
  /**
   * Try again is under way: the button says so and ignores presses until the answer comes.
   * @default false
   */
  retrying?: boolean;
}

/** An alert saying what failed and why, with Try again where a retry can work. */
export function ErrorPanel({ title, error, reason, onRetry, retrying = false }: ErrorPanelProps) {
  const { t } = useConnections();
  return (
    <div className="cw-alert" role="alert">
      <p className="cw-alert__message">
        <strong>{title}</strong> {reason ?? errorMessage(t, error)}
      </p>
      {onRetry && isRetryableError(error) && (
        <BusyButton className="cw-button" busy={retrying} busyLabel={t('common.retrying')} onClick={onRetry}>
          {t('common.retry')}
        </BusyButton>
      )}
    </div>
  );
}
