import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useConnections } from '../context/ConnectionsContext';
import { useWidgetRoutes } from '../context/WidgetRoutesContext';
import { AuthorizationStorageError } from './AuthorizationStorageError';
import { AuthorizationUrlRefusedError } from './AuthorizationUrlRefusedError';
import { isAllowedAuthorizationUrl } from './isAllowedAuthorizationUrl';
import { LocationAssignContext } from '../context/LocationAssignContext';
import { pendingAuthorization } from './pendingAuthorization';

/** What to authorize: a new data source of an integration, or an existing source again. */
export type AuthorizationTarget = { integrationId: string } | { dataSourceId: string; integrationId: string };

export interface StartAuthorizationOptions {
  /**
   * Where the provider sends the browser back, absolute or relative to the current page; it
   * must be registered with the provider and render `AuthorizationCallback`.
   * @default the `callback` route of the enclosing `ConnectionsWidget`
   */
  redirectUri?: string;
}

export interface StartAuthorization {
  /** Starts the flow; ignored while one is under way, so a double click sends one request. */
  start(target: AuthorizationTarget): void;
  /** From the click until the browser leaves (it stays true while the provider's page loads). */
  isPending: boolean;
  /**
   * Why the last start failed: a `ConnectionsApiError`, an `AuthorizationUrlRefusedError`, or an
   * `AuthorizationStorageError`.
   */
  error: unknown;
  /** The target of the last start. */
  target: AuthorizationTarget | undefined;
  /** Forgets the error (and abandons a start still waiting for the backend). */
  reset(): void;
}

interface StartState {
  isPending: boolean;
  error: unknown;
  target: AuthorizationTarget | undefined;
}

const idle: StartState = { isPending: false, error: undefined, target: undefined };

/**
 * Starts an OAuth authorization: asks the backend for the provider's URL, refuses it unless
 * its host is allowed, remembers the pending flow in sessionStorage (or stays, with an error,
 * when the storage refuses) and sends the browser there. When the URL is the widget's own
 * callback (the in-memory API's simulated provider) it navigates inside the router instead of
 * reloading the page.
 */
export function useStartAuthorization(options: StartAuthorizationOptions = {}): StartAuthorization {
  const { api, authorizationHosts, onEvent } = useConnections();
  const routes = useWidgetRoutes();
  const assign = useContext(LocationAssignContext);
  const [state, setState] = useState<StartState>(idle);
  // A ref, not state: two clicks in one frame both see the state of the render before them.
  const busy = useRef(false);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    // Back from the provider's page, a page restored from the back/forward cache must be usable again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      busy.current = false;
      setState(idle);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      inFlight.current?.abort();
    };
  }, []);

  const redirectUriOption = options.redirectUri;
  const start = useCallback(
    (target: AuthorizationTarget) => {
      if (busy.current) return;
      busy.current = true;
      const controller = new AbortController();
      inFlight.current = controller;
      setState({ isPending: true, error: undefined, target });

      const run = async () => {
        const redirectUri = resolveRedirectUri(redirectUriOption ?? routes?.callbackHref);
        const started =
          'dataSourceId' in target
            ? await api.startReauthorization(
                { dataSourceId: target.dataSourceId, redirectUri },
                { signal: controller.signal },
              )
            : await api.startAuthorization(
                { integrationId: target.integrationId, redirectUri },
                { signal: controller.signal },
              );
        if (controller.signal.aborted) return;
        const url = started.authorizationUrl;
        // Our own callback is never an open redirect, so it needs no place on the allow-list.
        const toOwnCallback = isSameDocument(url, redirectUri);
        if (!toOwnCallback && !isAllowedAuthorizationUrl(url, authorizationHosts)) {
          throw new AuthorizationUrlRefusedError(url);
        }
        const dataSourceId = 'dataSourceId' in target ? target.dataSourceId : undefined;
        const saved = pendingAuthorization.save(started.state, {
          integrationId: target.integrationId,
          dataSourceId,
          startedAt: Date.now(),
          // Always a timestamp (the provider's API checks every answer), by the backend's clock.
          expiresAt: Date.parse(started.expiresAt),
        });
        if (!saved) throw new AuthorizationStorageError();
        onEvent({ type: 'authorization_started', integrationId: target.integrationId, dataSourceId });
        if (toOwnCallback && routes) {
          routes.navigate({ pathname: routes.callback, search: new URL(url).search });
          busy.current = false;
          setState(idle);
        } else {
          assign(url);
        }
      };

      run().catch((error: unknown) => {
        if (controller.signal.aborted) return;
        busy.current = false;
        setState({ isPending: false, error, target });
        onEvent({ type: 'authorization_failed', error: error instanceof Error ? error : new Error(String(error)) });
      });
    },
    [api, authorizationHosts, onEvent, routes, assign, redirectUriOption],
  );

  const reset = useCallback(() => {
    inFlight.current?.abort();
    busy.current = false;
    setState(idle);
  }, []);

  return { start, reset, ...state };
}

function resolveRedirectUri(uri: string | undefined): string {
  if (uri === undefined) {
    throw new Error(
      'No redirect URI for the authorization: render the component inside <ConnectionsWidget>, or pass it a redirectUri.',
    );
  }
  return new URL(uri, window.location.href).href;
}

/** Same page, whatever the query: the provider appends its answer to the redirect URI's query. */
function isSameDocument(url: string, redirectUri: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(redirectUri);
    return target.origin === own.origin && target.pathname === own.pathname && target.hash === own.hash;
  } catch {
    return false;
  }
}
