import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function of stable identity that always calls the latest `callback`, in the manner of
 * React's `useEffectEvent`, React Aria's `useEffectEvent` and Radix's `useCallbackRef`, for
 * React 18.3 and 19 alike. Effects and context values can depend on it without re-running when
 * a host renders with a new inline callback. Unlike React's own, it may be handed to children
 * and called from their events. The ref is written in an effect, never during render, which
 * React forbids.
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  // Insertion effects run before every layout effect and effect of the commit, the children's
  // included, so the latest callback is in place before anything can call it.
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
