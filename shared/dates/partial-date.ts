import { z } from 'zod';

/**
 * Dates on the forms are often known only to the year or the month ("từ tháng/năm").
 * They are stored as ISO prefixes (`2019`, `2019-07`, `2019-07-01`), which sort and compare as text.
 */
export type PartialDate = string;
/** A date known to the day, ISO `YYYY-MM-DD`. */
export type IsoDate = string;

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidPartialDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1850 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return value.length === 10 && isValidPartialDate(value);
}

export const partialDate = z.string({ message: 'validation.partialDate' }).refine(isValidPartialDate, 'validation.partialDate');
export const isoDate = z
  .string({ message: 'validation.date' })
  .refine(isIsoDate, 'validation.date');

/** The first day a partial date may mean: `2019` → `2019-01-01`. */
export function earliestDay(value: PartialDate): IsoDate {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a partial date may mean: `2019-02` → `2019-02-28`. */
export function latestDay(value: PartialDate): IsoDate {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return value;
}

/** dd/mm/yyyy, mm/yyyy or yyyy: as much as is known, in the order Vietnamese forms use. */
export function formatPartialDate(value: PartialDate): string {
  return value.split('-').reverse().join('/');
}

/** Reads what a person types (`1/7/2025`, `07/2025`, `2025`, also with `-` or `.`) into a partial date, or null. */
export function parsePartialDate(input: string): PartialDate | null {
  const parts = input.trim().split(/[/.-]/).map((part) => part.trim());
  if (parts.some((part) => !/^\d+$/.test(part))) return null;
  const [first, second, third] = parts;
  let candidate: string;
  if (parts.length === 1 && first?.length === 4) candidate = first;
  else if (parts.length === 2 && second?.length === 4) candidate = `${second}-${first!.padStart(2, '0')}`;
  else if (parts.length === 3 && third?.length === 4) candidate = `${third}-${second!.padStart(2, '0')}-${first!.padStart(2, '0')}`;
  else return null;
  return isValidPartialDate(candidate) ? candidate : null;
}

/** Whole years from a birth date to a day; a birth date known only to the year counts from its last day (never older than true). */
export function ageOn(birth: PartialDate, day: IsoDate): number {
  const born = latestDay(birth);
  const years = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  return day.slice(5) >= born.slice(5) ? years : years - 1;
}

/** Whether a dated span `[from, to)` covers a day; an open end (`null`) runs forever. */
export function spanCovers(from: PartialDate | null, to: PartialDate | null, day: IsoDate): boolean {
  return (from === null || earliestDay(from) <= day) && (to === null || day < earliestDay(to));
}

/** The same day `months` later (or earlier); a day the month lacks becomes its last day (31 March + 1 month = 30 April). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(Number(day.slice(8, 10)), lastDay)).padStart(2, '0')}`;
}

/** The same day `years` later (or earlier): 29 February becomes 28 February. Certificates, probation, terms. */
export function addYears(day: IsoDate, years: number): IsoDate {
  const shifted = `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
  return shifted.endsWith('02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

/** The day `days` after (or before) `day`. */
export function addDaysTo(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
