import { ConnectionsApiError, type ConnectionsApi, type RequestOptions } from 'connections-widget';
import type { BackendAnswer, BackendRequest, PostedError } from './backendMessages';

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The error the call rejected with in the worker, rebuilt so that the widget shows the same message. */
function rebuilt({ name, message, kind, status, code }: PostedError): Error {
  if (name === 'ConnectionsApiError' && kind) return new ConnectionsApiError(kind, message, { status, code });
  return Object.assign(new Error(message), { name });
}

/**
 * Starts the bench's backend (memoryBackendWorker.ts) over `count` generated sources and resolves,
 * once it is built, with a `ConnectionsApi` whose calls it answers. Request options stay on the
 * page: an aborted call cancels its work in the worker and rejects at once, as the in-memory API
 * does (an `aborted` ConnectionsApiError, whose cause is the signal's AbortError).
 */
export function startWorkerConnectionsApi(count: number): Promise<ConnectionsApi> {
  const worker = new Worker(new URL('./memoryBackendWorker.ts', import.meta.url), { type: 'module' });
  const post = (request: BackendRequest) => worker.postMessage(request);
  const pending = new Map<number, Pending>();
  let lastId = 0;

  function call<T>(method: keyof ConnectionsApi, args: unknown[], options: RequestOptions | undefined): Promise<T> {
    const signal = options?.signal;
    const aborted = () => new ConnectionsApiError('aborted', 'The request was aborted.', { cause: signal?.reason });
    if (signal?.aborted) return Promise.reject(aborted());
    const id = (lastId += 1);
    return new Promise<T>((resolve, reject) => {
      const abort = () => {
        pending.delete(id);
        post({ cancel: id });
        reject(aborted());
      };
      signal?.addEventListener('abort', abort, { once: true });
      pending.set(id, {
        resolve(value) {
          signal?.removeEventListener('abort', abort);
          resolve(value as T);
        },
        reject(error) {
          signal?.removeEventListener('abort', abort);
          reject(error);
        },
      });
      post({ id, method, args });
    });
  }

  const api: ConnectionsApi = {
    listIntegrations: (options) => call('listIntegrations', [], options),
    listDataSources: (query, options) => call('listDataSources', [query], options),
    startAuthorization: (input, options) => call('startAuthorization', [input], options),
    startReauthorization: (input, options) => call('startReauthorization', [input], options),
    completeAuthorization: (input, options) => call('completeAuthorization', [input], options),
    deleteDataSource: (input, options) => call('deleteDataSource', [input], options),
  };

  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BackendAnswer>) => {
      const answer = event.data;
      if ('ready' in answer) return resolve(api);
      // No longer pending: the call was aborted meanwhile.
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if ('error' in answer) waiting?.reject(rebuilt(answer.error));
      else waiting?.resolve(answer.value);
    });
    worker.addEventListener('error', (event) => {
      const failed = new Error(`the backend worker failed: ${event.message}`);
      reject(failed);
      for (const waiting of pending.values()) waiting.reject(failed);
      pending.clear();
    });
    post({ count });
  });
}
