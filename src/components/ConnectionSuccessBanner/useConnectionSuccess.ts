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
  // Read once: the page keeps showing it after the history entry forgets it (below).
  const [success, setSuccess] = useState(() => connectionSuccessState.read(location.state));

  useEffect(() => {
    if (!connectionSuccessState.read(location.state)) return;
    const { pathname, search, hash } = location;
    navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [location, navigate]);

  return { success, dismiss: () => setSuccess(undefined) };
}
