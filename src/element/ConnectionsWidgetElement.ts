import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import type { ConnectionsEvent } from '../context/ConnectionsEvent';

/**
 * `<connections-widget>`: `ConnectionsWidget` as a custom element, for hosts without React.
 *
 * Attributes (changes re-render the widget):
 * - `user-role`: `admin`, `standard` or `read-only`; missing or unknown counts as `read-only`.
 *   (Not `role`: that is the ARIA role of every element.)
 * - `locale`: `en` or `pt-BR`; `en` when missing or unknown.
 * - `theme`: `light` or `dark`; `light` when missing or unknown.
 * - `base-path`: the path the widget lives under (`ConnectionsWidget`'s `basename`).
 * - `routing`: `browser` or `memory` (`ConnectionsWidget`'s `routing`).
 * - `authorization-mode`: `popup` opens the provider's authorization page in a window of its
 *   own; anything else (or nothing) is `redirect` (`ConnectionsWidget`'s `authorizationMode`).
 * - `light-dom`: renders among the element's own children instead of in a shadow root (the
 *   host then loads `connections-widget/styles.css`); read when the widget first renders.
 *
 * It renders nothing until `api` is set, and unmounts when removed from the page.
 */
export interface ConnectionsWidgetElement extends HTMLElement {
  /** The backend, e.g. `createHttpConnectionsApi({ baseUrl: '/api/v1' })`; nothing renders until it is set. */
  api: ConnectionsApi | undefined;
  /** Told of authorizations, deletions and errors, for the host's logging. */
  onEvent: ((event: ConnectionsEvent) => void) | undefined;
  /**
   * Hosts the browser may be sent to for authorization.
   * @default ['connect.stripe.com', 'marketplace.stripe.com']
   */
  authorizationHosts: readonly string[] | undefined;
  /** A QueryClient to share with the host's own React code; the widget makes its own otherwise. */
  queryClient: QueryClient | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'connections-widget': ConnectionsWidgetElement;
  }
}
