interface Registration {
  target: string;
  type: string;
  listener: unknown;
  capture: boolean;
}

/**
 * Watches `addEventListener` and `removeEventListener` on window and document, and tells
 * which listeners added since are still there (an identical second add is no new listener,
 * as in the DOM).
 */
export function trackListeners() {
  const targets = new Map<EventTarget, string>([
    [window, 'window'],
    [document, 'document'],
  ]);
  const live: Registration[] = [];
  const find = (registration: Registration) =>
    live.findIndex(
      (candidate) =>
        candidate.target === registration.target &&
        candidate.type === registration.type &&
        candidate.listener === registration.listener &&
        candidate.capture === registration.capture,
    );
  const read = (
    target: string,
    type: string,
    listener: unknown,
    options: boolean | EventListenerOptions | undefined,
  ): Registration | undefined => {
    if (!listener) return undefined;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return { target, type, listener, capture };
  };

  // On the objects themselves: in Vitest, jsdom's window has methods of its own, not the prototype's.
  const restores = [...targets].map(([target, name]) => {
    const own = Object.getOwnPropertyDescriptors(target);
    const { addEventListener: add, removeEventListener: remove } = target;
    target.addEventListener = (type, listener, options) => {
      const registration = read(name, type, listener, options);
      if (registration && find(registration) === -1) live.push(registration);
      add.call(target, type, listener, options);
    };
    target.removeEventListener = (type, listener, options) => {
      const registration = read(name, type, listener, options);
      const index = registration ? find(registration) : -1;
      if (index !== -1) live.splice(index, 1);
      remove.call(target, type, listener, options);
    };
    return () => {
      for (const method of ['addEventListener', 'removeEventListener'] as const) {
        const descriptor = own[method];
        if (descriptor) Object.defineProperty(target, method, descriptor);
        else Reflect.deleteProperty(target, method);
      }
    };
  });

  return {
    /** `target:type` of each listener added and not removed since tracking began. */
    remaining: () => live.map(({ target, type }) => `${target}:${type}`),
    restore: () => restores.forEach((restore) => restore()),
  };
}
