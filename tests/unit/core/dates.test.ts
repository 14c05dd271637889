import { describe, expect, it } from 'vitest';
import { addMonths, addDays, isISODate, weekday } from '@core/domain/dates';

describe('ISO dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isISODate('2026-02-30')).toBe(false);
    expect(isISODate('2025-02-29')).toBe(false);
    expect(isISODate('2024-02-29')).toBe(true);
    expect(isISODate('2026-13-01')).toBe(false);
    expect(isISODate('26-01-01')).toBe(false);
    expect(isISODate(20260101)).toBe(false);
  });
  it('adds calendar months, clamping to the last day of the month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('knows the weekday', () => {
    // 12 June 2026 is a Friday.
    expect(weekday('2026-06-12')).toBe(5);
  });
});
