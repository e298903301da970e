import { useConnections } from '../context/ConnectionsContext';
import { BusyButton } from './BusyButton';

export interface PopupBlockedPanelProps {
  /** What failed, e.g. "The connection to Stripe could not be started." */
  title: string;
  /** Continue in this tab is under way. */
  continuing: boolean;
  onContinueInThisTab: () => void;
}

/**
 * The browser blocked the authorization window: an alert that says so and offers **Continue in
 * this tab** (the same authorization, leaving the page). While that is under way the alert stays
 * and its button turns busy, so focus stays where the admin pressed it.
 */
export function PopupBlockedPanel({ title, continuing, onContinueInThisTab }: PopupBlockedPanelProps) {
  const { t } = useConnections();
  return (
    <div className="cw-alert" role="alert">
      <p className="cw-alert__message">
        <strong>{title}</strong> {t('authorization.popupBlocked')}
      </p>
      <BusyButton
        className="cw-button"
        busy={continuing}
        busyLabel={t('authorization.continuing')}
        onClick={onContinueInThisTab}
      >
        {t('authorization.continueInThisTab')}
      </BusyButton>
    </div>
  );
}
