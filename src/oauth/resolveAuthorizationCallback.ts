import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import { isConnectionsApiError } from '../api/ConnectionsApiError';
import { isRetryableError } from '../api/isRetryableError';
import type { DataSource } from '../api/types';
import type { ConnectionsEvent } from '../context/ConnectionsEvent';
import { asError } from '../context/asError';
import { queryKeys } from '../queries/queryKeys';
import { AuthorizationCallbackError, type AuthorizationFailureReason } from './AuthorizationCallbackError';
import { parseAuthorizationCallback, type AuthorizationCallbackParams } from './parseAuthorizationCallback';
import { pendingAuthorization, type PendingAuthorization } from './pendingAuthorization';
import { handAnswerToOpener } from './popupAnswerChannel';

/** How an answer from the provider ended. `flow` is the pending record, when there was one. */
export type AuthorizationCallbackOutcome =
  | { type: 'completed'; dataSource: DataSource; reauthorized: boolean }
  /** The same answer again after it succeeded (a reload of the callback): nothing to do, nothing to say. */
  | { type: 'already_completed' }
  /**
   * This is an authorization window the widget opened (popup mode), and the tab that opened it,
   * which holds the flow's record, took the answer to complete it there. Nothing was sent to the
   * backend from here.
   */
  | { type: 'handed_over' }
  | {
      type: 'failed';
      reason: AuthorizationFailureReason;
      flow: PendingAuthorization | undefined;
      /** For `used`: the name of the flow's source, found connected in the refreshed list. */
      connectedName?: string;
    }
  /** The backend could not be asked, or failed; Try again is offered when asking again can help. */
  | { type: 'error'; error: unknown; flow: PendingAuthorization };

export interface AuthorizationCallbackContext {
  api: ConnectionsApi;
  queryClient: QueryClient;
  /** The provider's scope of the query keys, whose data sources are refetched after a success. */
  queryScope: string;
  onEvent: (event: ConnectionsEvent) => void;
}

/** Backend error codes that end the flow for good, and what to tell the admin. */
const failureByCode: Partial<Record<string, AuthorizationFailureReason>> = {
  state_invalid: 'tampered',
  state_expired: 'expired',
  state_used: 'used',
  code_invalid: 'code_invalid',
  access_denied: 'denied',
  scope_not_allowed: 'scope_not_allowed',
};

/**
 * How long before its expiry a state can have been issued, by the backend's clock: far more
 * than the ten minutes of the reference backend, so a source connected by the state is found.
 */
const stateLifetimeBoundMs = 60 * 60 * 1000;

/**
 * Answers already being resolved, per API instance and answer. A code is single use, so the
 * second effect run of StrictMode, or a remount, must join the first call instead of sending
 * its own.
 */
const resolutions = new WeakMap<ConnectionsApi, Map<string, Promise<AuthorizationCallbackOutcome>>>();

/**
 * Resolves the provider's answer (the callback's query, `?code=…&state=…`) once: checks it
 * against the pending record, completes it through the API, and does what follows (storage,
 * cache, events), so that the outcome does not depend on the page still being mounted when the
 * backend answers.
 */
export function resolveAuthorizationCallback(
  answer: string,
  context: AuthorizationCallbackContext,
): Promise<AuthorizationCallbackOutcome> {
  let byAnswer = resolutions.get(context.api);
  if (!byAnswer) {
    byAnswer = new Map();
    resolutions.set(context.api, byAnswer);
  }
  const known = byAnswer.get(answer);
  if (known) return known;
  const answers = byAnswer;
  const outcome = settle(answer, parseAuthorizationCallback(answer), context).then((result) => {
    // Forgotten once settled: a success, so that seeing the answer again reads as a reload of
    // the callback (already completed); an error worth retrying, so that Try again asks again.
    // A refusal is kept, so that a remount shows it without reporting it a second time.
    if (result.type === 'completed' || (result.type === 'error' && isRetryableError(result.error)))
      answers.delete(answer);
    return result;
  });
  answers.set(answer, outcome);
  return outcome;
}

async function settle(
  answer: string,
  params: AuthorizationCallbackParams,
  context: AuthorizationCallbackContext,
): Promise<AuthorizationCallbackOutcome> {
  const { api, queryClient, queryScope, onEvent } = context;
  const refuse = (reason: AuthorizationFailureReason, flow: PendingAuthorization | undefined, error?: unknown) => {
    onEvent({
      type: 'authorization_failed',
      error: error instanceof Error ? error : new AuthorizationCallbackError(reason),
    });
    return { type: 'failed', reason, flow } as const;
  };

  if (params.kind === 'incomplete') return refuse('incomplete', undefined);
  const { state } = params;
  if (pendingAuthorization.wasCompleted(state)) return { type: 'already_completed' };
  // Refused before (the page was reloaded): said again, without asking or reporting again.
  const refusal = pendingAuthorization.refusal(state);
  if (refusal) return { type: 'failed', ...refusal };
  const flow = pendingAuthorization.read(state);
  if (!flow) {
    // In a popup the record is in the tab that opened it: offered there, checked there.
    if (await handAnswerToOpener(answer, state)) return { type: 'handed_over' };
    // No record: forged, tampered with, or started in another browser. The backend is not asked.
    return refuse('tampered', undefined);
  }

  if (params.kind === 'error') {
    const reason = params.error === 'access_denied' ? 'denied' : 'provider_error';
    pendingAuthorization.markRefused(state, { reason, flow });
    // Telling the backend consumes the state; whatever it answers (or throws), nothing was connected.
    try {
      await api.completeAuthorization({ state, error: params.error, errorDescription: params.errorDescription });
    } catch {
      // Nothing to add: the admin is told access was not granted either way.
    }
    if (reason === 'provider_error') return refuse(reason, flow);
    onEvent({ type: 'authorization_denied', integrationId: flow.integrationId, description: params.errorDescription });
    return { type: 'failed', reason, flow };
  }

  // Whether the state expired is the backend's to say: this browser's clock may be minutes off.
  let dataSource: DataSource;
  try {
    dataSource = await api.completeAuthorization({ state, code: params.code });
  } catch (error) {
    // Own keys only: a code such as `constructor` or `__proto__` must not read Object.prototype.
    const code = isConnectionsApiError(error) ? error.code : undefined;
    const reason = code !== undefined && Object.hasOwn(failureByCode, code) ? failureByCode[code] : undefined;
    if (!reason) {
      onEvent({ type: 'authorization_failed', error: asError(error) });
      return { type: 'error', error, flow };
    }
    // A refused grant is revoked at Stripe for the whole account, so other sources reading it
    // now need re-authorization: the list must show it.
    if (reason === 'scope_not_allowed')
      void queryClient.invalidateQueries({ queryKey: queryKeys.dataSources(queryScope) });
    // Used already: perhaps completed in another tab, or by a request whose answer was lost.
    const connectedName = reason === 'used' ? await findConnectedMeanwhile(flow, context) : undefined;
    pendingAuthorization.markRefused(state, { reason, flow, connectedName });
    return { ...refuse(reason, flow, error), connectedName };
  }

  pendingAuthorization.remove(state);
  pendingAuthorization.markCompleted(state);
  // Not awaited: the table refetches when it mounts; the banner need not wait for it.
  void queryClient.invalidateQueries({ queryKey: queryKeys.dataSources(queryScope) });
  const reauthorized = flow.dataSourceId !== undefined;
  onEvent({ type: 'authorization_completed', dataSource, reauthorized });
  if (reauthorized) onEvent({ type: 'data_source_reconnected', dataSource });
  return { type: 'completed', dataSource, reauthorized };
}

/**
 * Asks for the data sources started last and looks for the one `flow` would have connected: its source
 * (re-authorization) or one of its integration, connected since the state was issued. Times are
 * all the backend's, so this browser's clock does not matter. Undefined when none is, or the
 * list cannot be had.
 */
async function findConnectedMeanwhile(
  flow: PendingAuthorization,
  { api }: AuthorizationCallbackContext,
): Promise<string | undefined> {
  let dataSources: DataSource[];
  try {
    // The newest first: a source connected meanwhile is among the last ones started.
    ({ dataSources } = await api.listDataSources({ sort: 'lastConnectionStarted', order: 'desc', limit: 20 }));
  } catch {
    return undefined;
  }
  const since = flow.expiresAt - stateLifetimeBoundMs;
  const connected = dataSources.find(
    (source) =>
      (flow.dataSourceId === undefined
        ? source.integrationId === flow.integrationId
        : source.id === flow.dataSourceId) &&
      source.status !== 'needs_reauthorization' &&
      source.lastConnectionStartedAt !== null &&
      Date.parse(source.lastConnectionStartedAt) >= since,
  );
  return connected?.name;
}
