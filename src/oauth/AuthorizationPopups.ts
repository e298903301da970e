import { authorizationPopupMarker } from './authorizationPopupMarker';
import { parseAuthorizationCallback } from './parseAuthorizationCallback';
import {
  isAuthorizationAnswerMessage,
  popupAnswerChannelName,
  type AuthorizationAcceptedMessage,
} from './popupAnswerChannel';

/** How often the open window is checked: `closed` has no event, so it can only be polled. */
const closedPollMs = 400;
/**
 * How long a flow's answer is awaited, by this browser's clock: longer than any state lives (ten
 * minutes at the reference backend). Not the flow's `expiresAt`, which is by the backend's clock
 * and may be minutes off from this one: the backend alone says whether a late answer expired.
 */
const answerWaitMs = 60 * 60 * 1000;
const popupWidth = 600;
const popupHeight = 720;

interface Flow {
  /** The window the flow's provider page was opened in. */
  popup: Window;
  stop: () => void;
}

/**
 * A provider's authorization windows and the flows awaiting an answer from them. It belongs to
 * `ConnectionsProvider`, not to the button that opened the window, so the answer is heard
 * even when the admin moved to another page of the widget meanwhile. One window at a time: a
 * second start while it is open only brings it to the front.
 */
export class AuthorizationPopups {
  /**
   * Its own per provider: two widgets on one page (or two copies of the package) must never
   * reuse each other's window, which `window.open` does for a name it already knows.
   */
  readonly #windowName = `connections-widget-authorization-${Math.random().toString(36).slice(2, 10)}`;
  #popup: Window | null = null;
  #poll: ReturnType<typeof setInterval> | undefined;
  readonly #flows = new Map<string, Flow>();
  readonly #subscribers = new Set<() => void>();

  /** Whether a window this provider opened is still open, as far as this page can tell. */
  readonly isOpen = (): boolean => this.#popup !== null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#subscribers.add(listener);
    return () => this.#subscribers.delete(listener);
  };

  /** Brings the open window to the front; false when there is none. */
  focusOpen(): boolean {
    const popup = this.#popup;
    if (!popup) return false;
    if (popup.closed) {
      this.#forget();
      return false;
    }
    popup.focus();
    return true;
  }

  /**
   * Opens a blank window for the provider's page. Must run synchronously inside the click that
   * asked for it, before anything awaits: browsers block a window opened outside a user's
   * gesture. `null` when the browser blocked it.
   */
  open(): Window | null {
    authorizationPopupMarker.set();
    let popup: Window | null;
    try {
      popup = window.open('', this.#windowName, popupFeatures()) ?? null;
    } finally {
      authorizationPopupMarker.clear();
    }
    if (!popup) return null;
    this.#popup = popup;
    clearInterval(this.#poll);
    this.#poll = setInterval(() => {
      if (this.#popup?.closed) this.#forget();
    }, closedPollMs);
    this.#notify();
    return popup;
  }

  /** Closes a window the flow will not use after all (the start failed or was abandoned). */
  discard(popup: Window): void {
    if (this.#popup === popup) this.#forget();
    popup.close();
  }

  /**
   * Listens for the answer of the flow `state`, then points `popup` at the provider. An answer
   * is taken only when its own `state` is exactly the flow's, and only once: it is acknowledged
   * (the window then closes itself) and handed to `onAnswer` as a query (`?code=…&state=…`),
   * which must go through the ordinary callback, where the pending record is checked and the
   * backend completes it. A window closed without an answer stops counting as open, but the
   * flow keeps listening: a `Cross-Origin-Opener-Policy` on the callback page makes the window
   * read as closed while it is still there, about to answer.
   */
  awaitAnswer(state: string, popup: Window, url: string, onAnswer: (search: string) => void): void {
    this.#flows.get(state)?.stop();
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(popupAnswerChannelName(state));
      const stop = () => {
        clearTimeout(timer);
        channel.close();
        this.#flows.delete(state);
      };
      const timer = setTimeout(stop, answerWaitMs);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (!isAuthorizationAnswerMessage(event.data)) return;
        const answer = parseAuthorizationCallback(event.data.search);
        if (answer.kind === 'incomplete' || answer.state !== state) return;
        const accepted: AuthorizationAcceptedMessage = { type: 'accepted' };
        channel.postMessage(accepted);
        stop();
        // Closed from here too, in case the window may not close itself; under COOP this does nothing.
        if (this.#popup === popup) this.#forget();
        popup.close();
        onAnswer(asQuery(event.data.search));
      };
      this.#flows.set(state, { popup, stop });
    }
    // Severed before it leaves this origin, so the provider's page finds no `window.opener` to
    // send this tab elsewhere with (reverse tabnabbing). Not `noopener`, which would leave this
    // tab no handle to point, poll or close the window by; the answer comes back on the channel.
    popup.opener = null;
    // about:blank of the same origin, replaced so that Back in the window does not return to it.
    popup.location.replace(url);
  }

  /** Stops every flow and the polling (the provider unmounts); the windows are left to the admin. */
  close(): void {
    for (const flow of [...this.#flows.values()]) flow.stop();
    clearInterval(this.#poll);
    this.#poll = undefined;
    this.#popup = null;
  }

  #forget(): void {
    clearInterval(this.#poll);
    this.#poll = undefined;
    this.#popup = null;
    this.#notify();
  }

  #notify(): void {
    for (const listener of [...this.#subscribers]) listener();
  }
}

/** The answer re-encoded as a plain query: whatever the message held, it can only be one. */
function asQuery(search: string): string {
  const query = new URLSearchParams(search).toString();
  return query === '' ? '' : `?${query}`;
}

/** A window of a size that fits the provider's sign-in page, centred over this one. */
function popupFeatures(): string {
  const left = Math.round(window.screenX + Math.max(0, (window.outerWidth - popupWidth) / 2));
  const top = Math.round(window.screenY + Math.max(0, (window.outerHeight - popupHeight) / 2));
  return `popup,width=${popupWidth},height=${popupHeight},left=${left},top=${top}`;
}
