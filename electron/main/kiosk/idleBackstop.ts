/**
 * Main's own idle clock, behind the page's: the page warns and wipes after
 * `idleSeconds + countdownSeconds`; if it does not (hung, crashed, broken),
 * main wipes once the whole machine has had no input for that long plus a
 * margin. Input is read from the OS (`powerMonitor.getSystemIdleTime`), so it
 * does not depend on the page at all. It fires once per idle stretch.
 */
export const BACKSTOP_MARGIN_SECONDS = 15;

export function startIdleBackstop(opts: {
  thresholdSeconds: number;
  systemIdleSeconds(): number;
  onIdle(): void;
  everyMs?: number;
}): () => void {
  let armed = true;
  const handle = setInterval(() => {
    if (opts.systemIdleSeconds() < opts.thresholdSeconds) {
      armed = true;
    } else if (armed) {
      armed = false;
      opts.onIdle();
    }
  }, opts.everyMs ?? 5000);
  handle.unref?.();
  return () => clearInterval(handle);
}
