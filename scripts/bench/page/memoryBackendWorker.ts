/**
 * The bench's backend, in a Web Worker of its own: the test kit's in-memory API over the
 * generated sources. It stands for the host's server, which filters and sorts on another
 * machine; on the page's main thread its work (folding and collating every source on each sort
 * and filter) would be counted as the widget's.
 */
import type { ConnectionsApi } from 'connections-widget';
import { createMemoryConnectionsApi } from 'connections-widget/testing';
import type { BackendAnswer, BackendCall, BackendRequest, PostedError } from './backendMessages';
import { generateDataSources } from './generateDataSources';

let api: ConnectionsApi | undefined;
/** The calls still running, by id, so that the page can cancel one. */
const running = new Map<number, AbortController>();

// The DOM library types these globals as the window's; a worker's one-argument postMessage is the same call.
const answer = (message: BackendAnswer) => postMessage(message);

function posted(error: unknown): PostedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { name, message, kind, status, code } = error as Error & Omit<PostedError, 'name' | 'message'>;
  return { name, message, kind, status, code };
}

async function run({ id, method, args }: BackendCall): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    if (!api) throw new Error('the backend was called before it was built');
    const call = api[method] as (...parameters: unknown[]) => Promise<unknown>;
    answer({ id, value: await call(...args, { signal: controller.signal }) });
  } catch (error) {
    answer({ id, error: posted(error) });
  } finally {
    running.delete(id);
  }
}

addEventListener('message', (event: MessageEvent<BackendRequest>) => {
  const request = event.data;
  if ('count' in request) {
    api = createMemoryConnectionsApi({ dataSources: generateDataSources(request.count), latencyMs: 0 });
    answer({ ready: true });
  } else if ('cancel' in request) {
    running.get(request.cancel)?.abort();
  } else {
    void run(request);
  }
});
