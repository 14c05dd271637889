import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../renderer/src/kiosk/idleTimer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function make(idleMs = 180_000, countdownSeconds = 30) {
  const events: string[] = [];
  const timer = new IdleTimer({
    idleMs,
    countdownSeconds,
    onWarn: (s) => events.push(`warn:${s}`),
    onTick: (s) => events.push(`tick:${s}`),
    onExpire: () => events.push('expire'),
  });
  return { timer, events };
}

describe('kiosk idle timer', () => {
  it('warns after the idle time, counts down each second, then expires once', () => {
    const { timer, events } = make();
    timer.start();
    vi.advanceTimersByTime(179_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn:30']);
    vi.advanceTimersByTime(29_000);
    expect(events.at(-1)).toBe('tick:1');
    expect(events.filter((e) => e.startsWith('tick'))).toHaveLength(29);
    vi.advanceTimersByTime(1_000);
    expect(events.at(-1)).toBe('expire');
    vi.advanceTimersByTime(600_000);
    expect(events.filter((e) => e === 'expire')).toHaveLength(1);
  });

  it('activity before the warning restarts the idle time', () => {
    const { timer, events } = make();
    timer.start();
    vi.advanceTimersByTime(170_000);
    timer.activity();
    vi.advanceTimersByTime(170_000);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['warn:30']);
  });

  it('activity during the warning does not cancel it; only "still here" does', () => {
    const { timer, events } = make();
    timer.start();
    vi.advanceTimersByTime(180_000);
    timer.activity();
    vi.advanceTimersByTime(30_000);
    expect(events.at(-1)).toBe('expire');

    const second = make();
    second.timer.start();
    vi.advanceTimersByTime(180_000);
    vi.advanceTimersByTime(10_000);
    second.timer.stillHere();
    vi.advanceTimersByTime(179_000);
    expect(second.events.includes('expire')).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(second.events.filter((e) => e === 'warn:30')).toHaveLength(2);
  });

  it('does nothing once stopped', () => {
    const { timer, events } = make(1_000, 10);
    timer.start();
    timer.stop();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
  });
});
