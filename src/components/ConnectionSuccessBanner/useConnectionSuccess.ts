import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { connectionSuccessState, type ConnectionSuccess } from '../../oauth/connectionSuccessState';

export interface ConnectionSuccessHandle {
  /** The connection that just succeeded, until dismissed; spread it into `ConnectionSuccessBanner`. */
  success: ConnectionSuccess | undefined;
  /** Forgets it (the banner's Dismiss). */
  dismiss: () => void;
}

/**
 * For the page `AuthorizationCallback` sends the browser to after a success (its
 * `connectionsTo`): the connection to announce with `ConnectionSuccessBanner`, once. The
 * callback hands it over in the history entry's state; this hook reads it and clears it from
 * history at once, since history state survives a reload and the banner must show once only.
 * `ConnectionsWidget` does this itself; a host that uses the components on their own calls it.
 */
export function useConnectionSuccess(): ConnectionSuccessHandle {
  const location = useLocation();
  const navigate = useNavigate();
  const arrived = connectionSuccessState.read(location.state);
  const [shown, setShown] = useState({ key: location.key, success: arrived });
  // A success arriving while the page is mounted (a new history entry) replaces the one shown.
  if (arrived && shown.key !== location.key) setShown({ key: location.key, success: arrived });

  useEffect(() => {
    if (!connectionSuccessState.read(location.state)) return;
    const { pathname, search, hash } = location;
    navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [location, navigate]);

  return { success: shown.success, dismiss: () => setShown((current) => ({ ...current, success: undefined })) };
}
