import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';

/**
 * The widget's rules for its own queries, registered on whichever QueryClient holds them (a
 * host's too) for the widget's root key only, so the host's other queries are untouched:
 *
 * - A refusal (a 4xx: 403, 401, 404, a 429 rate limit) is never asked again; anything else is
 *   retried as the client's own default says. TanStack's default retries three times with
 *   back-off, which in a host's client used to keep "Requires Administrator permissions" from
 *   an admin for seconds.
 * - Focus does not refetch: a list scrolled through thousands of sources holds dozens of pages,
 *   and refetching an infinite query refetches every page it holds, one after the other.
 *
 * Idempotent (one entry per root key), so every provider may call it on every render.
 */
export function applyWidgetQueryDefaults(client: QueryClient): void {
  client.setQueryDefaults(queryKeys.all, {
    retry: (failureCount, error) => !isClientError(error) && clientAllowsRetry(client, failureCount, error),
    refetchOnWindowFocus: false,
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The client's own `retry` default, read when it is needed (a host may change its defaults). */
function clientAllowsRetry(client: QueryClient, failureCount: number, error: Error): boolean {
  // Unset, it is TanStack's: three retries in a browser, none on a server.
  const retry = client.getDefaultOptions().queries?.retry ?? (typeof window === 'undefined' ? 0 : 3);
  if (typeof retry === 'function') return retry(failureCount, error);
  return typeof retry === 'number' ? failureCount < retry : retry;
}
