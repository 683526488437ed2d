/**
 * Small, fast helpers for the demo generator: day arithmetic on ISO dates without `Date` (the generator makes
 * millions of dates, and `Date.parse`/`toISOString` were most of its time), precomputed weighted choices,
 * seeded ids, and the queue that cuts the record stream into chunks.
 */
import type { IsoDate } from '../dates/partial-date';
import type { GeneratedRecord } from './province-generator';
import type { SeededRandom } from './random';

export const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** Days since 1970-01-01 of an ISO date (proleptic Gregorian, civil-from-days arithmetic). */
export function dayNumber(day: IsoDate): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (inverse of `dayNumber`). */
export function isoDay(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return isoDay(dayNumber(day) + days);
}

/** The same day `years` later (29 February becomes 28 February): the one rule of shared/dates. */
export { addYears } from '../dates/partial-date';

/** A day in [from, to) (or `from` when the span is empty). */
export function dateBetween(random: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  const start = dayNumber(from);
  return isoDay(start + Math.floor(random.next() * Math.max(1, dayNumber(to) - start)));
}

export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** Weighted choices with the cumulative weights computed once (the hot paths pick millions of times). */
export class WeightedTable<T> {
  private readonly values: T[];
  private readonly bounds: number[];
  private readonly total: number;

  constructor(choices: readonly (readonly [T, number])[]) {
    this.values = choices.map(([value]) => value);
    let sum = 0;
    this.bounds = choices.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  pick(random: SeededRandom): T {
    const roll = random.next() * this.total;
    for (let index = 0; index < this.bounds.length; index += 1) if (roll < this.bounds[index]!) return this.values[index]!;
    return this.values[this.values.length - 1]!;
  }
}

const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex32 = (value: number) => hexByte[value >>> 24]! + hexByte[(value >>> 16) & 255]! + hexByte[(value >>> 8) & 255]! + hexByte[value & 255]!;

/** Exactly `SeededRandom.uuid()`, with the hex formatting done by table (ids are a good part of the generator's work). */
export function seededUuid(random: SeededRandom): string {
  const hex = hex32(Math.floor(random.next() * 0x100000000) >>> 0) + hex32(Math.floor(random.next() * 0x100000000) >>> 0) + hex32(Math.floor(random.next() * 0x100000000) >>> 0) + hex32(Math.floor(random.next() * 0x100000000) >>> 0);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A stream of its own for each part of the province, so that turning one part off leaves the others as they were. */
export function partSeed(seed: number, part: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(part, 0x85ebca6b)) >>> 0;
}

/** Picks `count` distinct items (fewer when there are fewer), in a seeded order. */
export function sample<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const take = Math.min(count, copy.length);
  for (let index = 0; index < take; index += 1) {
    const other = index + Math.floor(random.next() * (copy.length - index));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, take);
}

/** Collects records and hands them out in chunks of exactly `size` (the last one shorter). */
export class ChunkQueue {
  private pending: GeneratedRecord[] = [];

  constructor(private readonly size: number) {}

  push(...records: GeneratedRecord[]): void {
    for (const record of records) this.pending.push(record);
  }

  pushAll(records: readonly GeneratedRecord[]): void {
    for (const record of records) this.pending.push(record);
  }

  /** The full chunks collected so far. */
  *full(): Generator<GeneratedRecord[]> {
    while (this.pending.length >= this.size) {
      const chunk = this.pending.slice(0, this.size);
      this.pending = this.pending.slice(this.size);
      yield chunk;
    }
  }

  /** Everything left, in chunks. */
  *rest(): Generator<GeneratedRecord[]> {
    yield* this.full();
    if (this.pending.length > 0) yield this.pending.splice(0);
  }
}

/** A decision number as offices write them: `123-QĐ/TU`. */
export function decisionNumber(random: SeededRandom, suffix: string): string {
  return `${random.int(1, 1500)}-QĐ/${suffix}`;
}
