import { createContext, useContext } from 'react';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import type { Translate } from '../i18n/formatMessage';
import type { AuthorizationMode } from './AuthorizationMode';
import type { ConnectionsEvent } from './ConnectionsEvent';
import type { Role } from './Role';

export interface ConnectionsContextValue {
  /** The provider's API, its answers checked against the contract (see `ConnectionsProviderProps.api`). */
  api: ConnectionsApi;
  role: Role;
  /** The BCP 47 locale of the messages, for `Intl`. */
  locale: string;
  t: Translate;
  onEvent: (event: ConnectionsEvent) => void;
  authorizationHosts: readonly string[];
  /** Where the provider's authorization page opens (see `ConnectionsProviderProps.authorizationMode`). */
  authorizationMode: AuthorizationMode;
  theme: Theme;
  /** This provider's part of every query key (`connectionsQueryKeys.scope(queryScope)`), unique on the page. */
  queryScope: string;
}

/** The colour scheme of the widget's own surfaces. */
export type Theme = 'light' | 'dark';

export const ConnectionsContext = createContext<ConnectionsContextValue | null>(null);
ConnectionsContext.displayName = 'ConnectionsContext';

/** The provider's value; throws a message naming the missing provider when there is none. */
export function useConnections(): ConnectionsContextValue {
  const value = useContext(ConnectionsContext);
  if (!value) {
    throw new Error(
      'Could not find the ConnectionsProvider context; wrap the components in <ConnectionsProvider api={…} role={…}>, or render <ConnectionsWidget>.',
    );
  }
  return value;
}
