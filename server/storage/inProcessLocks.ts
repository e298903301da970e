import type { SqlDatabase } from './SqlDatabase';

/**
 * Named mutexes for one process: each name's callers run one after the other, in the order they
 * came, and a name nobody holds or waits for is forgotten.
 */
export function inProcessLocks(): SqlDatabase['withLock'] {
  /** By name, the promise that settles when its last caller so far lets go; it never rejects. */
  const tails = new Map<string, Promise<void>>();

  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(name) ?? Promise.resolve();
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => released);
    tails.set(name, tail);
    try {
      await previous;
      return await fn();
    } finally {
      release();
      if (tails.get(name) === tail) tails.delete(name);
    }
  };
}
