import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import { isConnectionsApiError } from '../api/ConnectionsApiError';
import type { DataSource } from '../api/types';
import type { ConnectionsEvent } from '../components/ConnectionsProvider/ConnectionsEvent';
import { queryKeys } from '../queries/queryKeys';
import { AuthorizationCallbackError, type AuthorizationFailureReason } from './AuthorizationCallbackError';
import { parseAuthorizationCallback, type AuthorizationCallbackParams } from './parseAuthorizationCallback';
import { pendingAuthorization, type PendingAuthorization } from './pendingAuthorization';

/** How an answer from the provider ended. `flow` is the pending record, when there was one. */
export type AuthorizationCallbackOutcome =
  | { type: 'completed'; dataSource: DataSource; reauthorized: boolean }
  /** The same answer again after it succeeded (a reload of the callback): nothing to do, nothing to say. */
  | { type: 'already_completed' }
  | { type: 'failed'; reason: AuthorizationFailureReason; flow: PendingAuthorization | undefined }
  /** The backend could not be asked or failed; `retryable` when asking again can help. */
  | { type: 'error'; error: unknown; retryable: boolean; flow: PendingAuthorization };

export interface AuthorizationCallbackContext {
  api: ConnectionsApi;
  queryClient: QueryClient;
  /** The provider's scope of the query keys, whose data sources are refetched after a success. */
  queryScope: string;
  onEvent: (event: ConnectionsEvent) => void;
  /** @default Date.now */
  now?: () => number;
}

/** Backend error codes that end the flow for good, and what to tell the admin. */
const failureByCode: Partial<Record<string, AuthorizationFailureReason>> = {
  state_invalid: 'tampered',
  state_expired: 'expired',
  state_used: 'used',
  code_invalid: 'code_invalid',
  access_denied: 'denied',
};

const retryableKinds = new Set(['network', 'timeout', 'server', 'rate_limited']);

/**
 * Answers already being resolved, per API instance and query string. A code is single use, so
 * the second effect run of StrictMode, or a remount, must join the first call instead of
 * sending its own (which the backend would refuse as `state_used`).
 */
const resolutions = new WeakMap<ConnectionsApi, Map<string, Promise<AuthorizationCallbackOutcome>>>();

/**
 * Resolves the provider's answer in `search` once: checks it against the pending record,
 * completes it through the API, and does what follows (storage, cache, events), so that the
 * outcome does not depend on the page still being mounted when the backend answers.
 */
export function resolveAuthorizationCallback(
  search: string,
  context: AuthorizationCallbackContext,
): Promise<AuthorizationCallbackOutcome> {
  let byAnswer = resolutions.get(context.api);
  if (!byAnswer) {
    byAnswer = new Map();
    resolutions.set(context.api, byAnswer);
  }
  const known = byAnswer.get(search);
  if (known) return known;
  const answers = byAnswer;
  const outcome = settle(parseAuthorizationCallback(search), context).then((result) => {
    // Forgotten once settled: a success, so that seeing the answer again reads as a reload of
    // the callback (already completed); an error worth retrying, so that Try again asks again.
    // A refusal is kept: its pending record is gone, and it must not turn into "unknown state".
    if (result.type === 'completed' || (result.type === 'error' && result.retryable)) answers.delete(search);
    return result;
  });
  answers.set(search, outcome);
  return outcome;
}

async function settle(
  params: AuthorizationCallbackParams,
  { api, queryClient, queryScope, onEvent, now = Date.now }: AuthorizationCallbackContext,
): Promise<AuthorizationCallbackOutcome> {
  const refuse = (reason: AuthorizationFailureReason, flow: PendingAuthorization | undefined, error?: unknown) => {
    onEvent({ type: 'authorization_failed', error: error instanceof Error ? error : new AuthorizationCallbackError(reason) });
    return { type: 'failed', reason, flow } as const;
  };

  if (params.kind === 'incomplete') return refuse('incomplete', undefined);
  const { state } = params;
  if (pendingAuthorization.wasCompleted(state)) return { type: 'already_completed' };
  const flow = pendingAuthorization.read(state);
  // No record: forged, tampered with, or started in another browser. The backend is not asked.
  if (!flow) return refuse('tampered', undefined);

  if (params.kind === 'error') {
    pendingAuthorization.remove(state);
    // Telling the backend consumes the state; whatever it answers (or throws), nothing was connected.
    try {
      await api.completeAuthorization({ state, error: params.error, errorDescription: params.errorDescription });
    } catch {
      // Nothing to add: the admin is told access was not granted either way.
    }
    if (params.error !== 'access_denied') return refuse('provider_error', flow);
    onEvent({ type: 'authorization_denied', integrationId: flow.integrationId, description: params.errorDescription });
    return { type: 'failed', reason: 'denied', flow };
  }

  if (flow.expiresAt <= now()) {
    pendingAuthorization.remove(state);
    return refuse('expired', flow);
  }

  let dataSource: DataSource;
  try {
    dataSource = await api.completeAuthorization({ state, code: params.code });
  } catch (error) {
    const reason = isConnectionsApiError(error) && error.code ? failureByCode[error.code] : undefined;
    if (reason) {
      pendingAuthorization.remove(state);
      return refuse(reason, flow, error);
    }
    onEvent({ type: 'authorization_failed', error: error instanceof Error ? error : new Error(String(error)) });
    return { type: 'error', error, retryable: isConnectionsApiError(error) && retryableKinds.has(error.kind), flow };
  }

  pendingAuthorization.remove(state);
  pendingAuthorization.markCompleted(state);
  // Not awaited: the table refetches when it mounts; the banner need not wait for it.
  void queryClient.invalidateQueries({ queryKey: queryKeys.dataSources(queryScope) });
  const reauthorized = flow.dataSourceId !== undefined;
  onEvent({ type: 'authorization_completed', dataSource, reauthorized });
  return { type: 'completed', dataSource, reauthorized };
}
