import { useCallback, useState } from 'react';

function readStored<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  try {
    const stored = window.localStorage.getItem(key);
    return allowed.find((value) => value === stored);
  } catch {
    // Storage can be disabled (privacy settings); the demo then forgets choices on reload.
    return undefined;
  }
}

/**
 * A choice among `allowed` that survives reloads in localStorage. A stored value that is no
 * longer allowed (an old demo version, a hand edit) falls back to `fallback`.
 */
export function useStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, allowed) ?? fallback);
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // See readStored: the choice still applies until the next reload.
      }
    },
    [key],
  );
  return [value, choose];
}
