/**
 * Watches `setTimeout` and `setInterval`, and tells how many timers started since are still
 * pending: neither fired (a timeout) nor cleared.
 */
export function trackTimers() {
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
  };
  const pending = new Set<unknown>();

  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = real.setTimeout(
      (...callbackArgs: unknown[]) => {
        pending.delete(id);
        callback(...callbackArgs);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.setInterval = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = real.setInterval(callback, ms, ...args);
    pending.add(id);
    return id;
  }) as typeof setInterval;
  globalThis.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(id);
    real.clearTimeout(id);
  }) as typeof clearTimeout;
  globalThis.clearInterval = ((id?: Parameters<typeof clearInterval>[0]) => {
    pending.delete(id);
    real.clearInterval(id);
  }) as typeof clearInterval;

  return {
    pendingCount: () => pending.size,
    /** Lets timers already due (zero-delay ones) run. */
    settle: () => new Promise<void>((resolve) => real.setTimeout(resolve, 0)),
    restore: () => Object.assign(globalThis, real),
  };
}
