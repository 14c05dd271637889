/**
 * A lazy load that runs once: later calls get the same promise, and a failed load is tried again on the
 * next call. `loaded` and `subscribe` let a component that rendered before it was done render again when
 * it is (with useSyncExternalStore).
 */
export function loadOnce<T>(load: () => Promise<T>): {
  load: () => Promise<T>;
  loaded: () => boolean;
  subscribe: (listener: () => void) => () => void;
} {
  let pending: Promise<T> | undefined;
  let done = false;
  const listeners = new Set<() => void>();
  return {
    load: () =>
      (pending ??= load().then(
        (value) => {
          done = true;
          for (const listener of listeners) listener();
          return value;
        },
        (error: unknown) => {
          pending = undefined; // tried again on the next call
          throw error;
        },
      )),
    loaded: () => done,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
