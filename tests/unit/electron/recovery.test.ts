import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrashRecovery } from '../../../electron/main/recovery';

afterEach(() => {
  vi.useRealTimers();
});

describe('crash recovery', () => {
  it('reloads at once after one crash, then waits longer while the page keeps crashing, and resets after a calm minute', () => {
    vi.useFakeTimers();
    let now = 0;
    const reload = vi.fn();
    const recovery = createCrashRecovery({ reload, now: () => now });
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      delays.push(recovery.crashed());
      now += 500;
    }
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    vi.advanceTimersByTime(60_000);
    // One pending reload at a time: a crash while waiting replaces the wait.
    expect(reload).toHaveBeenCalledTimes(1);
    now += 61_000;
    expect(recovery.crashed()).toBe(0);
  });
});
