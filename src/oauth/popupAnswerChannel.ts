import { authorizationPopupMarker } from './authorizationPopupMarker';

/**
 * The channel a flow's answer travels on, from the authorization window back to the tab that
 * opened it. BroadcastChannel reaches only documents of the same origin, whether or not
 * `Cross-Origin-Opener-Policy` severed the window from its opener; the name carries the flow's
 * `state`, which is unguessable, so only the tab that started the flow listens there.
 */
export function popupAnswerChannelName(state: string): string {
  return `connections-widget:authorization:${state}`;
}

/** The authorization window hands over the provider's answer, as its raw query. */
export interface AuthorizationAnswerMessage {
  type: 'authorization-answer';
  search: string;
}

/** The opener took the answer and will complete it. */
export interface AuthorizationAcceptedMessage {
  type: 'accepted';
}

/** Messages come from any same-origin document: read as untrusted, like everything else. */
export function isAuthorizationAnswerMessage(data: unknown): data is AuthorizationAnswerMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>).type === 'authorization-answer' &&
    typeof (data as Record<string, unknown>).search === 'string'
  );
}

function isAcceptedMessage(data: unknown): data is AuthorizationAcceptedMessage {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === 'accepted';
}

/**
 * How long the authorization window waits for its opener to take the answer. The opener answers
 * within milliseconds; this leaves room for a busy machine while keeping a forged answer's
 * refusal quick.
 */
export const handOverWaitMs = 1500;

/**
 * In an authorization window this widget opened, offers the provider's answer to the tab that
 * started the flow, and resolves `true` once that tab has taken it; `false` when this is no such
 * window, or nobody took it in time (the tab was closed, or the answer belongs to no flow of this
 * browser). The answer is never sent to the backend from here: the opener, which holds the
 * flow's record, checks and completes it.
 */
export function handAnswerToOpener(search: string, state: string, waitMs = handOverWaitMs): Promise<boolean> {
  if (!authorizationPopupMarker.isSet() || typeof BroadcastChannel === 'undefined') return Promise.resolve(false);
  const channel = new BroadcastChannel(popupAnswerChannelName(state));
  return new Promise((resolve) => {
    const finish = (accepted: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(accepted);
    };
    const timer = setTimeout(() => finish(false), waitMs);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isAcceptedMessage(event.data)) finish(true);
    };
    const message: AuthorizationAnswerMessage = { type: 'authorization-answer', search };
    channel.postMessage(message);
  });
}
