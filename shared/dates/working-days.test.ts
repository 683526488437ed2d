import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('working days', () => {
  it('skip weekends and the listed holidays', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-30')).toBe(true);
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-30', 5)).toBe('2026-12-07');
    expect(addWorkingDays('2026-09-01', 1, { holidays: new Set(['2026-09-02']) })).toBe('2026-09-03');
    expect(addWorkingDays('2026-11-30', -1)).toBe('2026-11-27');
  });

  it('count the working days of a span, the first day left out', () => {
    expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(workingDaysBetween('2026-11-30', '2026-11-30')).toBe(0);
    expect(workingDaysBetween('2026-12-01', '2026-11-30')).toBe(0);
    expect(workingDaysBetween('2026-11-29', addWorkingDays('2026-11-29', 90))).toBe(90);
  });
});
