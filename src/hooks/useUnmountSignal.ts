import { useCallback, useEffect, useRef } from 'react';

/**
 * The signal for requests a component starts outside TanStack Query's queries (which abort
 * their own): it aborts when the component unmounts, so the request does not outlive it.
 */
export function useUnmountSignal(): () => AbortSignal {
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    // A new one per mount: StrictMode's rehearsal unmount aborts the first.
    const current = new AbortController();
    controller.current = current;
    return () => current.abort();
  }, []);
  // Requests start from events, which come after the effect; until then nothing can abort it.
  return useCallback(() => (controller.current ??= new AbortController()).signal, []);
}
