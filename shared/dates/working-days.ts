import { addDaysTo, type IsoDate } from './partial-date';

/**
 * Working days: Monday to Friday, less the public holidays an office lists (as data: Tết and the other holidays
 * move from year to year, and a day off may be swapped for a Saturday). Days are ISO `YYYY-MM-DD`.
 */
export interface WorkingCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
}

export const weekdaysOnly: WorkingCalendar = { holidays: new Set() };

const dayOfWeek = (day: IsoDate) => new Date(`${day}T00:00:00Z`).getUTCDay();

export function isWorkingDay(day: IsoDate, calendar: WorkingCalendar = weekdaysOnly): boolean {
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day);
}

/** The day that falls `count` working days after `day` (before it when negative); `day` itself is not counted. */
export function addWorkingDays(day: IsoDate, count: number, calendar: WorkingCalendar = weekdaysOnly): IsoDate {
  const step = count < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(count); left > 0; ) {
    current = addDaysTo(current, step);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = weekdaysOnly): number {
  let count = 0;
  for (let current = from; current < to; ) {
    current = addDaysTo(current, 1);
    if (isWorkingDay(current, calendar)) count += 1;
  }
  return count;
}
