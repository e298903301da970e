import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ConnectionsApi } from '../../api/ConnectionsApi';
import { withCheckedAnswers } from '../../api/withCheckedAnswers';
import { useStableCallback } from '../../hooks/useStableCallback';
import { isLocale, type Locale } from '../../i18n/catalogs';
import type { Messages } from '../../i18n/en';
import { isComplete, useCatalog } from '../../i18n/useCatalog';
import { formatMessage, type Translate } from '../../i18n/formatMessage';
import { AuthorizationPopups } from '../../oauth/AuthorizationPopups';
import { AuthorizationPopupsContext } from '../../oauth/AuthorizationPopupsContext';
import { defaultAuthorizationHosts } from '../../oauth/defaultAuthorizationHosts';
import { applyWidgetQueryDefaults } from '../../queries/applyWidgetQueryDefaults';
import { keepFirstPageOfUnwatchedLists } from '../../queries/keepFirstPageOfUnwatchedLists';
import { useQueryScope } from '../../queries/useQueryScope';
import { useReportQueryErrors } from '../../queries/useReportQueryErrors';
import { ConnectionsContext, type ConnectionsContextValue, type Theme } from '../../context/ConnectionsContext';
import type { ConnectionsEvent } from '../../context/ConnectionsEvent';
import { asError } from '../../context/asError';
import type { AuthorizationMode } from '../../context/AuthorizationMode';
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
   * The language of every string, and of dates and numbers. English is built in; another
   * locale's catalog is fetched (a chunk of its own) the first time it is chosen, and the
   * components appear once it is here. A locale the widget has no catalog for needs `messages`
   * holding every message, or the widget speaks English.
   * @default 'en'
   */
  locale?: Locale | (string & {});
  /**
   * The host's own wording, over the locale's catalog: some messages, or all of them (a
   * language the widget does not ship, or a server render that must not wait for a catalog).
   * Typed against the English keys, so a misspelt key is a type error.
   */
  messages?: Partial<Messages>;
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
   * Where the provider's authorization page opens. `'redirect'` sends the browser there and back
   * to the callback. `'popup'` opens it in a window of its own and keeps this page as it is: the
   * window hands the provider's answer back to this page, which completes it (the callback page
   * must be on this page's origin). A blocked window offers to continue in this tab. Anything
   * but `'popup'` is `'redirect'`.
   * @default 'redirect'
   */
  authorizationMode?: AuthorizationMode;
  /**
   * The colour scheme of the widget's surfaces.
   * @default 'light'
   */
  theme?: Theme;
  children?: ReactNode;
}

function createWidgetQueryClient(): QueryClient {
  // One retry rides out a blip (applyWidgetQueryDefaults keeps a refusal from being asked again).
  return new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
}

/** Gives the components their backend, the user's role, the language and the query cache. */
export function ConnectionsProvider({
  api,
  role,
  locale = 'en',
  messages: overrides,
  queryClient,
  onEvent,
  authorizationHosts = defaultAuthorizationHosts,
  authorizationMode: mode,
  theme = 'light',
  children,
}: ConnectionsProviderProps) {
  // Created once per provider, so a window's answer outlives the page that opened the window.
  const [popups] = useState(() => new AuthorizationPopups());
  useEffect(() => () => popups.close(), [popups]);
  // A host without TypeScript may pass anything: only the exact word opens windows.
  const authorizationMode: AuthorizationMode = mode === 'popup' ? 'popup' : 'redirect';
  const [ownClient] = useState(createWidgetQueryClient);
  const client = queryClient ?? ownClient;
  // In render, not an effect: the pages' queries read these defaults as they first render.
  applyWidgetQueryDefaults(client);
  // Stable, so that a host passing a new inline callback on every render does not change the context value.
  const report = useStableCallback((event: ConnectionsEvent) => onEvent?.(event));
  const queryScope = useQueryScope(client, client === ownClient);
  useEffect(() => keepFirstPageOfUnwatchedLists(client, queryScope), [client, queryScope]);
  useReportQueryErrors(client, queryScope, report);
  // Any other text (a host without TypeScript, a locale without a catalog or a complete set of
  // messages) gets English, and says so to Intl too.
  const complete = isComplete(overrides);
  const language = isLocale(locale) || complete ? locale : 'en';
  const catalog = useCatalog(isLocale(language) ? language : 'en', complete, (error) =>
    report({ type: 'error', error: asError(error) }),
  );

  const value = useMemo<ConnectionsContextValue | undefined>(() => {
    if (!catalog) return undefined;
    const messages = overrides ? { ...catalog, ...overrides } : catalog;
    const t: Translate = (key, values) => formatMessage(messages, key, values);
    return {
      api: withCheckedAnswers(api),
      role,
      locale: language,
      t,
      onEvent: report,
      authorizationHosts,
      authorizationMode,
      theme,
      queryScope,
    };
  }, [api, role, language, catalog, overrides, authorizationHosts, authorizationMode, theme, report, queryScope]);

  return (
    <QueryClientProvider client={client}>
      {/* Nothing shows until the catalog is here: English first, then the admin's language, would flash. */}
      {value && (
        <ConnectionsContext.Provider value={value}>
          <AuthorizationPopupsContext.Provider value={popups}>{children}</AuthorizationPopupsContext.Provider>
        </ConnectionsContext.Provider>
      )}
    </QueryClientProvider>
  );
}
