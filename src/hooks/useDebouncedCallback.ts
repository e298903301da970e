import { useEffect, useState } from 'react';
import { useStableCallback } from './useStableCallback';

/** A debounced function and a way to run what it holds at once. */
export interface Debounced<Args extends unknown[]> {
  (...args: Args): void;
  /** Runs the call waiting, if any, now. */
  flush(): void;
  /** Drops the call waiting, if any. */
  cancel(): void;
}

/**
 * `callback`, called only once `delayMs` have passed without another call, with the last
 * call's arguments: typing in a search box asks the backend once, not per keystroke. A call
 * still waiting when the component unmounts is dropped. The delay is read once, at mount.
 */
export function useDebouncedCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
  delayMs: number,
): Debounced<Args> {
  const latest = useStableCallback(callback);
  const [debounced] = useState(() => debounce(latest, delayMs));
  useEffect(() => () => debounced.cancel(), [debounced]);
  return debounced;
}

function debounce<Args extends unknown[]>(run: (...args: Args) => void, delayMs: number): Debounced<Args> {
  let waiting: { timer: ReturnType<typeof setTimeout>; args: Args } | undefined;
  const cancel = () => {
    clearTimeout(waiting?.timer);
    waiting = undefined;
  };
  const flush = () => {
    const call = waiting;
    cancel();
    if (call) run(...call.args);
  };
  return Object.assign(
    (...args: Args) => {
      clearTimeout(waiting?.timer);
      waiting = { timer: setTimeout(flush, delayMs), args };
    },
    { flush, cancel },
  );
}
