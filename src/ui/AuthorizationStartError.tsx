import { AuthorizationPopupBlockedError } from '../oauth/AuthorizationPopupBlockedError';
import { AuthorizationStorageError } from '../oauth/AuthorizationStorageError';
import { AuthorizationUrlRefusedError } from '../oauth/AuthorizationUrlRefusedError';
import { useConnections } from '../context/ConnectionsContext';
import { ErrorPanel } from './ErrorPanel';
import { PopupBlockedPanel } from './PopupBlockedPanel';

export interface AuthorizationStartErrorProps {
  /** What failed, e.g. "The connection to Stripe could not be started." */
  title: string;
  /** What `useStartAuthorization` reported. */
  error: unknown;
  /** Starts the authorization again. */
  onRetry: () => void;
  /** After a blocked window: starts the same authorization in this tab (redirect mode). */
  onContinueInThisTab: () => void;
  /**
   * Continue in this tab is under way: its button says so and ignores presses.
   * @default false
   */
  continuing?: boolean;
}

/**
 * Why Connect with Stripe (or Reconnect) did not leave the page. The browser's own refusals get
 * no Try again: asking the backend again would bring the same disallowed address back, and a
 * storage that refused the record will refuse it again until the admin changes something. A
 * blocked window offers to continue in this tab instead.
 */
export function AuthorizationStartError({
  title,
  error,
  onRetry,
  onContinueInThisTab,
  continuing = false,
}: AuthorizationStartErrorProps) {
  const { t } = useConnections();
  if (error instanceof AuthorizationPopupBlockedError) {
    return <PopupBlockedPanel title={title} continuing={continuing} onContinueInThisTab={onContinueInThisTab} />;
  }
  let refusal: string | undefined;
  if (error instanceof AuthorizationUrlRefusedError) refusal = t('authorization.urlRefused', { host: error.host });
  else if (error instanceof AuthorizationStorageError) refusal = t('authorization.storageFailed');
  return (
    <ErrorPanel title={title} error={error} reason={refusal} onRetry={refusal === undefined ? onRetry : undefined} />
  );
}
