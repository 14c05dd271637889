/**
 * Reloads after a renderer crash with a growing pause: at once the first time,
 * then 1 s, 2 s, 4 s … up to a minute while it keeps crashing, so a page that
 * crashes on load does not spin the machine. A calm minute resets the pause.
 */
const MAX_DELAY_MS = 60_000;
const CALM_MS = 60_000;

export function createCrashRecovery(opts: { reload(): unknown; now?: () => number }) {
  const now = opts.now ?? Date.now;
  let streak = 0;
  let last = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;
  return {
    /** The delay chosen for this crash, in ms. */
    crashed(): number {
      const t = now();
      streak = t - last > CALM_MS ? 0 : streak + 1;
      last = t;
      const delay = streak === 0 ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (streak - 1));
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        void opts.reload();
      }, delay);
      return delay;
    },
  };
}
