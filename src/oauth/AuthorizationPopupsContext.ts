import { createContext, useContext } from 'react';
import type { AuthorizationPopups } from './AuthorizationPopups';

/** The provider's authorization windows (see `AuthorizationPopups`); `ConnectionsProvider` gives it. */
export const AuthorizationPopupsContext = createContext<AuthorizationPopups | null>(null);
AuthorizationPopupsContext.displayName = 'AuthorizationPopupsContext';

export function useAuthorizationPopups(): AuthorizationPopups {
  const popups = useContext(AuthorizationPopupsContext);
  if (!popups) {
    throw new Error(
      'Could not find the authorization windows of a ConnectionsProvider; wrap the components in <ConnectionsProvider api={…} role={…}>, or render <ConnectionsWidget>.',
    );
  }
  return popups;
}
