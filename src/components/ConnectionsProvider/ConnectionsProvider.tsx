import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import type { ConnectionsApi } from '../../api/ConnectionsApi';
import { withCheckedAnswers } from '../../api/withCheckedAnswers';
import { useStableCallback } from '../../hooks/useStableCallback';
import { catalogs, type Locale } from '../../i18n/catalogs';
import { formatMessage, type Translate } from '../../i18n/formatMessage';
import { defaultAuthorizationHosts } from '../../oauth/defaultAuthorizationHosts';
import { useQueryScope } from '../../queries/useQueryScope';
import { useReportQueryErrors } from '../../queries/useReportQueryErrors';
import { ConnectionsContext, type ConnectionsContextValue, type Theme } from '../../context/ConnectionsContext';
import type { ConnectionsEvent } from '../../context/ConnectionsEvent';
import type { Role } from '../../context/Role';

export interface ConnectionsProviderProps {
  /**
   * The backend, e.g. `createHttpConnectionsApi({ baseUrl: '/api/v1' })`, or a host's own
   * implementation. Its answers are checked against the contract either way: one that does not
   * match it is shown as an error (kind `invalid_response`), never rendered.
   */
  api: ConnectionsApi;
  /** The signed-in user's level. Anything but `admin` sees a notice and sends no request. */
  role: Role;
  /**
   * The language of every string.
   * @default 'en'
   */
  locale?: Locale;
  /**
   * The host's QueryClient, to share one cache; the widget keeps its data under its own
   * root key either way, and under a scope of this provider below it, so two widgets sharing
   * the client never read each other's data. Their queries leave the cache when the provider
   * unmounts. Without a client the provider makes its own, and clears it on unmount.
   */
  queryClient?: QueryClient;
  /**
   * Told of authorizations, deletions and errors, for the host's logging; a request that
   * fails after its retries is reported as `{ type: 'error' }`.
   */
  onEvent?: (event: ConnectionsEvent) => void;
  /**
   * Hosts the browser may be sent to for authorization; any other URL from the backend is refused.
   * @default ['connect.stripe.com', 'marketplace.stripe.com']
   */
  authorizationHosts?: readonly string[];
  /**
   * The colour scheme of the widget's surfaces.
   * @default 'light'
   */
  theme?: Theme;
  children?: ReactNode;
}

function createWidgetQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // One retry rides out a blip; a 4xx will not change by asking again.
      queries: { retry: (count, error) => count < 1 && !isClientError(error), refetchOnWindowFocus: false },
    },
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Gives the components their backend, the user's role, the language and the query cache. */
export function ConnectionsProvider({
  api,
  role,
  locale = 'en',
  queryClient,
  onEvent,
  authorizationHosts = defaultAuthorizationHosts,
  theme = 'light',
  children,
}: ConnectionsProviderProps) {
  const [ownClient] = useState(createWidgetQueryClient);
  const client = queryClient ?? ownClient;
  // Stable, so that a host passing a new inline callback on every render does not change the context value.
  const report = useStableCallback((event: ConnectionsEvent) => onEvent?.(event));
  const queryScope = useQueryScope(client, client === ownClient);
  useReportQueryErrors(client, queryScope, report);

  const value = useMemo<ConnectionsContextValue>(() => {
    // A host without TypeScript may pass any text: the widget then speaks, and says it speaks, English.
    const language: Locale = Object.hasOwn(catalogs, locale) ? locale : 'en';
    const messages = catalogs[language];
    const t: Translate = (key, values) => formatMessage(messages, key, values);
    return {
      api: withCheckedAnswers(api),
      role,
      locale: language,
      t,
      onEvent: report,
      authorizationHosts,
      theme,
      queryScope,
    };
  }, [api, role, locale, authorizationHosts, theme, report, queryScope]);

  return (
    <QueryClientProvider client={client}>
      <ConnectionsContext.Provider value={value}>{children}</ConnectionsContext.Provider>
    </QueryClientProvider>
  );
}
