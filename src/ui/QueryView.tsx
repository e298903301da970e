import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';

export interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Said while the first answer is awaited, e.g. "Loading data sources…". */
  loading: string;
  /** What failed, the alert's title, e.g. "The data sources could not be loaded." */
  errorTitle: string;
  /** The content, once there is data. */
  children: (data: T) => ReactNode;
}

/**
 * The one way a page shows what a query holds. Until the first answer: a status line. Once
 * there is data it stays on screen, through refetches and their failures alike. A failure
 * before any data: an alert with Try again (where asking again can help); during Try again the
 * alert stays, its button saying so, until the answer replaces it, so nothing jumps back to
 * "Loading…" and focus stays on the button.
 */
export function QueryView<T>({ query, loading, errorTitle, children }: QueryViewProps<T>) {
  const failure = useFailureUntilAnswered(query);
  if (query.data !== undefined) return children(query.data);
  if (failure) {
    return (
      <ErrorPanel
        title={errorTitle}
        error={failure.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <p className="cw-status-text" role="status">
      {loading}
    </p>
  );
}

/**
 * The query's last failure, until an answer replaces it. TanStack Query forgets a failure the
 * moment a refetch of a query without data starts (it is pending again), so the view keeps it.
 * Kept in state, adjusted during render as React's docs show for values derived from a change.
 */
function useFailureUntilAnswered(query: UseQueryResult<unknown>): { error: unknown } | undefined {
  const [failure, setFailure] = useState<{ error: unknown }>();
  if (query.isError && failure?.error !== query.error) setFailure({ error: query.error });
  else if (query.isSuccess && failure) setFailure(undefined);
  return query.isError ? { error: query.error } : failure;
}
