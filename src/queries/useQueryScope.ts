import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queryKeys } from './queryKeys';

let scopeCount = 0;

/**
 * A scope for one provider's query keys, unique on the page, and its cleanup: when the provider
 * unmounts, its queries leave the cache (with their garbage-collection timers), since no later
 * mount can reach them under a new scope; a client the provider made itself is cleared whole.
 */
export function useQueryScope(client: QueryClient, ownsClient: boolean): string {
  const [scope] = useState(() => `scope-${++scopeCount}`);
  const mountedClient = useRef<QueryClient | null>(null);

  useEffect(() => {
    mountedClient.current = client;
    return () => {
      mountedClient.current = null;
      // StrictMode unmounts and mounts again within one task; only an unmount that lasts
      // (or a switch to another client) may let go of the cache.
      queueMicrotask(() => {
        if (mountedClient.current !== client) void release(client, ownsClient, scope);
      });
    };
  }, [client, ownsClient, scope]);

  return scope;
}

async function release(client: QueryClient, ownsClient: boolean, scope: string): Promise<void> {
  const filters = { queryKey: queryKeys.scope(scope) };
  // A cancelled fetch schedules its query's garbage collection when it settles: wait for that,
  // so that removing the query also clears its timer.
  await client.cancelQueries(filters);
  if (ownsClient) client.clear();
  else client.removeQueries(filters);
}
