import type { ConnectionsApi, RequestOptions } from '../../../../src/api/ConnectionsApi';

export interface HangingCall {
  method: keyof ConnectionsApi;
  signal: AbortSignal | undefined;
}

/**
 * A `ConnectionsApi` whose calls never settle, not even when aborted, and that records the
 * signal of each: whatever aborts them can only be the widget, through those signals.
 */
export function createHangingApi(): ConnectionsApi & { calls: HangingCall[] } {
  const calls: HangingCall[] = [];
  const hang = (method: keyof ConnectionsApi, options: RequestOptions | undefined) => {
    calls.push({ method, signal: options?.signal });
    return new Promise<never>(() => {});
  };
  return {
    calls,
    listIntegrations: (options) => hang('listIntegrations', options),
    listDataSources: (_query, options) => hang('listDataSources', options),
    startAuthorization: (_input, options) => hang('startAuthorization', options),
    startReauthorization: (_input, options) => hang('startReauthorization', options),
    completeAuthorization: (_input, options) => hang('completeAuthorization', options),
    deleteDataSource: (_input, options) => hang('deleteDataSource', options),
  };
}
