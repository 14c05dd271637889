/**
 * The kiosk's idle clock. After `idleMs` without activity it warns and counts
 * down `countdownSeconds`; if nobody answers, it expires. Activity during the
 * warning does not cancel it: only the explicit "I am still here" does, so a
 * passer-by brushing the screen cannot keep someone's data on screen.
 */
export interface IdleTimerOptions {
  idleMs: number;
  countdownSeconds: number;
  onWarn(secondsLeft: number): void;
  onTick(secondsLeft: number): void;
  onExpire(): void;
}

export class IdleTimer {
  private idleHandle: ReturnType<typeof setTimeout> | null = null;
  private tickHandle: ReturnType<typeof setInterval> | null = null;
  private left = 0;
  private running = false;

  constructor(private readonly opts: IdleTimerOptions) {}

  get warning(): boolean {
    return this.tickHandle !== null;
  }

  start(): void {
    this.running = true;
    this.armIdle();
  }

  stop(): void {
    this.running = false;
    this.clear();
  }

  /** Any touch, click or key. Ignored while the warning shows. */
  activity(): void {
    if (!this.running || this.warning) return;
    this.armIdle();
  }

  /** "I am still here": ends the warning and starts the idle time again. */
  stillHere(): void {
    if (!this.running) return;
    this.armIdle();
  }

  private clear(): void {
    if (this.idleHandle) clearTimeout(this.idleHandle);
    if (this.tickHandle) clearInterval(this.tickHandle);
    this.idleHandle = null;
    this.tickHandle = null;
  }

  private armIdle(): void {
    this.clear();
    this.idleHandle = setTimeout(() => this.warn(), this.opts.idleMs);
  }

  private warn(): void {
    this.idleHandle = null;
    this.left = this.opts.countdownSeconds;
    this.opts.onWarn(this.left);
    this.tickHandle = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) {
        this.clear();
        this.running = false;
        this.opts.onExpire();
      } else {
        this.opts.onTick(this.left);
      }
    }, 1000);
  }
}
