import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ConnectionsEvent } from '../context/ConnectionsEvent';
import { asError } from '../context/asError';
import { isCancellation } from './isCancellation';
import { queryKeys } from './queryKeys';

/**
 * Reports each query of this scope that ends in failure (after its retries) to the host as
 * `{ type: 'error' }`, whichever component's query it was. Listening on the cache rather than
 * in each component also covers a host's QueryClient, whose callbacks are not ours to set.
 */
export function useReportQueryErrors(
  client: QueryClient,
  scope: string,
  onEvent: (event: ConnectionsEvent) => void,
): void {
  useEffect(() => {
    const [root] = queryKeys.scope(scope);
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const [keyRoot, keyScope] = event.query.queryKey;
      if (keyRoot !== root || keyScope !== scope || isCancellation(event.action.error)) return;
      onEvent({ type: 'error', error: asError(event.action.error) });
    });
  }, [client, scope, onEvent]);
}
