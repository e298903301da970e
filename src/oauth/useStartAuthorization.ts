import { useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { AuthorizationMode } from '../context/AuthorizationMode';
import { useConnections } from '../context/ConnectionsContext';
import { LocationAssignContext } from '../context/LocationAssignContext';
import { useWidgetRoutes } from '../context/WidgetRoutesContext';
import { AuthorizationPopupBlockedError } from './AuthorizationPopupBlockedError';
import { useAuthorizationPopups } from './AuthorizationPopupsContext';
import { AuthorizationStorageError } from './AuthorizationStorageError';
import { AuthorizationUrlRefusedError } from './AuthorizationUrlRefusedError';
import { isAllowedAuthorizationUrl } from './isAllowedAuthorizationUrl';
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

export interface StartOptions {
  /**
   * Overrides the provider's `authorizationMode` for this start: **Continue in this tab**
   * after a blocked window starts the same target with `'redirect'`.
   */
  mode?: AuthorizationMode;
}

export interface StartAuthorization {
  /**
   * Starts the flow; ignored while one is under way, so a double click sends one request. In
   * popup mode it must be called synchronously from the click (it opens the window first), and
   * while the window is open it only brings it to the front.
   */
  start(target: AuthorizationTarget, options?: StartOptions): void;
  /**
   * From the click until the browser leaves (it stays true while the provider's page loads); in
   * popup mode, until the window is pointed at the provider's page.
   */
  isPending: boolean;
  /** Popup mode: the provider's page is open in a window of this provider, which a start brings to the front. */
  popupOpen: boolean;
  /**
   * Why the last start failed: a `ConnectionsApiError`, an `AuthorizationUrlRefusedError`, an
   * `AuthorizationStorageError` or an `AuthorizationPopupBlockedError`. A blocked window's error
   * stays while **Continue in this tab** is under way, so its alert (and focus) stay too.
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
const never = () => false;

/**
 * Starts an OAuth authorization: asks the backend for the provider's URL, refuses it unless
 * its host is allowed, remembers the pending flow in sessionStorage (or stays, with an error,
 * when the storage refuses) and sends the browser there, or in popup mode the window it opened
 * at the click. When the URL is the widget's own callback (the in-memory API's simulated
 * provider) it navigates inside the router instead of reloading the page.
 */
export function useStartAuthorization(options: StartAuthorizationOptions = {}): StartAuthorization {
  const { api, authorizationHosts, authorizationMode, onEvent } = useConnections();
  const routes = useWidgetRoutes();
  const assign = useContext(LocationAssignContext);
  const popups = useAuthorizationPopups();
  const popupOpen = useSyncExternalStore(popups.subscribe, popups.isOpen, never);
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
    (target: AuthorizationTarget, startOptions: StartOptions = {}) => {
      const mode = startOptions.mode ?? authorizationMode;
      if (mode === 'popup' && popups.focusOpen()) return;
      if (busy.current) return;
      // Nothing may await before this: a window opened after an await is blocked as unasked-for.
      const popup = mode === 'popup' ? popups.open() : null;
      if (mode === 'popup' && !popup) {
        const error = new AuthorizationPopupBlockedError();
        setState({ isPending: false, error, target });
        onEvent({ type: 'authorization_failed', error });
        return;
      }
      busy.current = true;
      const controller = new AbortController();
      inFlight.current = controller;
      // Continuing in this tab after a blocked window keeps that alert, whose button says it is under way.
      setState((previous) => ({
        isPending: true,
        error: startOptions.mode === 'redirect' && isPopupBlocked(previous.error) ? previous.error : undefined,
        target,
      }));
      const abandon = () => {
        if (popup) popups.discard(popup);
      };

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
        if (controller.signal.aborted) return abandon();
        const url = started.authorizationUrl;
        // Our own callback is never an open redirect, so it needs no place on the allow-list.
        const toOwnCallback = isSameDocument(url, redirectUri);
        if (!toOwnCallback && !isAllowedAuthorizationUrl(url, authorizationHosts)) {
          throw new AuthorizationUrlRefusedError(url);
        }
        // Closed by hand while the backend answered: the admin changed their mind, nothing to say.
        if (popup?.closed) {
          busy.current = false;
          setState(idle);
          return;
        }
        const dataSourceId = 'dataSourceId' in target ? target.dataSourceId : undefined;
        // In this tab, even in popup mode: the window's sessionStorage is a copy taken when it
        // opened, before this record existed, so only this tab can ever complete the flow.
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
          abandon();
          routes.navigate({ pathname: routes.callback, search: new URL(url).search });
        } else if (popup) {
          // Captured now: the page that started the flow may be gone when the answer comes.
          const deliver = (search: string) => {
            if (routes) routes.navigate({ pathname: routes.callback, search });
            else assign(withQuery(redirectUri, search));
          };
          popups.awaitAnswer(started.state, popup, url, deliver);
        } else {
          assign(url);
          return;
        }
        busy.current = false;
        setState(idle);
      };

      run().catch((error: unknown) => {
        abandon();
        if (controller.signal.aborted) return;
        busy.current = false;
        setState({ isPending: false, error, target });
        onEvent({ type: 'authorization_failed', error: error instanceof Error ? error : new Error(String(error)) });
      });
    },
    [api, authorizationHosts, authorizationMode, onEvent, routes, assign, popups, redirectUriOption],
  );

  const reset = useCallback(() => {
    inFlight.current?.abort();
    busy.current = false;
    setState(idle);
  }, []);

  return { start, reset, popupOpen, ...state };
}

function isPopupBlocked(error: unknown): boolean {
  return error instanceof AuthorizationPopupBlockedError;
}

function resolveRedirectUri(uri: string | undefined): string {
  if (uri === undefined) {
    throw new Error(
      'No redirect URI for the authorization: render the component inside <ConnectionsWidget>, or pass it a redirectUri.',
    );
  }
  return new URL(uri, window.location.href).href;
}

/** The redirect URI with the provider's answer as its query, as the provider would have sent it. */
function withQuery(redirectUri: string, search: string): string {
  const url = new URL(redirectUri);
  url.search = search;
  return url.href;
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
