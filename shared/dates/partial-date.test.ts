import { describe, expect, it } from 'vitest';
import { addDaysTo, addYears, ageOn, daysFrom, earliestDay, formatPartialDate, isValidPartialDate, latestDay, parsePartialDate, partialDate, spanCovers } from './partial-date';

describe('partial dates', () => {
  it('accept a year, a month or a day, and only real ones', () => {
    expect(['2019', '2019-07', '2019-07-01', '2024-02-29'].every(isValidPartialDate)).toBe(true);
    expect(['19', '2019-13', '2019-00', '2023-02-29', '2019-7-1', '1800', '2019/07/01', ''].some(isValidPartialDate)).toBe(false);
    expect(partialDate.safeParse('2023-02-30').error?.issues[0]?.message).toBe('validation.partialDate');
  });

  it('span the days they may mean', () => {
    expect([earliestDay('2019'), latestDay('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(latestDay('2024-02-10')).toBe('2024-02-10');
  });

  it('display as dd/mm/yyyy, mm/yyyy or yyyy', () => {
    expect(formatPartialDate('2019-07-01')).toBe('01/07/2019');
    expect(formatPartialDate('2019-07')).toBe('07/2019');
    expect(formatPartialDate('2019')).toBe('2019');
  });

  it('read what people type', () => {
    expect(parsePartialDate('1/7/2025')).toBe('2025-07-01');
    expect(parsePartialDate('01-07-2025')).toBe('2025-07-01');
    expect(parsePartialDate('7/2025')).toBe('2025-07');
    expect(parsePartialDate(' 2025 ')).toBe('2025');
    expect(parsePartialDate('31/02/2025')).toBeNull();
    expect(parsePartialDate('2025/07/01')).toBeNull();
    expect(parsePartialDate('abc')).toBeNull();
  });

  it('count age in whole years', () => {
    expect(ageOn('1970-07-15', '2025-07-14')).toBe(54);
    expect(ageOn('1970-07-15', '2025-07-15')).toBe(55);
    expect(ageOn('1970', '2025-06-30')).toBe(54);
    expect(ageOn('1970', '2025-12-31')).toBe(55);
  });

  it('tell whether a span covers a day', () => {
    expect(spanCovers('2020-01-01', '2025-07-01', '2025-06-30')).toBe(true);
    expect(spanCovers('2020-01-01', '2025-07-01', '2025-07-01')).toBe(false);
    expect(spanCovers(null, null, '1999-01-01')).toBe(true);
    expect(spanCovers('2020', null, '2019-12-31')).toBe(false);
  });

  it('move by years (a term, a certificate, probation) and by days, across months and leap years', () => {
    expect(addYears('2025-08-01', 5)).toBe('2030-08-01');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2025-03-15', -1)).toBe('2024-03-15');
    expect(addDaysTo('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysTo('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysFrom('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysFrom('2025-01-01', '2024-12-31')).toBe(-1);
  });
});
