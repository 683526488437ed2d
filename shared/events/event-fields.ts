import { z } from 'zod';
import { earliestDay, isValidPartialDate, latestDay, type PartialDate } from '../dates/partial-date';
import { decision, recordId } from '../records/common-fields';

/**
 * Field builders and checks shared by the life-event records (and the organization records that carry decisions).
 * Checks run inside `superRefine`, which zod also runs when a field already failed a non-blocking rule
 * (a bad date, a too-long text): so every check here tolerates invalid values and stays silent on them.
 */

type Context = z.core.$RefinementCtx;
type Path = (string | number)[];

/** A decision that must be given: missing, it reads "required" like any other field. */
export const requiredDecision = z.object(decision.shape, { message: 'validation.required' });

export const wholeNumber = (min: number, max: number) =>
  z.number({ message: 'validation.number' }).int('validation.wholeNumber').min(min, 'validation.tooSmall').max(max, 'validation.tooLarge');
/** A calendar year of party or state life (the party was founded in 1930). */
export const year = wholeNumber(1930, 2200);
/** A head count: members, workers, votes, seats. */
export const count = (max = 10_000_000) => wholeNumber(0, max);
export const idList = z.array(recordId, { message: 'validation.required' });

/**
 * The level of the committee or authority that manages a post, signs a decision or sets a standard.
 * `district` stays for the records before 1 July 2025, when the district level was abolished.
 */
export const levels = ['central', 'province', 'district', 'grassroots'] as const;
export type Level = (typeof levels)[number];
export const level = z.enum(levels, { message: 'validation.chooseOne' });

/** Evaluations, discipline and inspections concern either one person or one organization unit. */
export const subjects = ['person', 'unit'] as const;
export type Subject = (typeof subjects)[number];
export const subjectFields = {
  subject: z.enum(subjects, { message: 'validation.chooseOne' }),
  personId: recordId.optional(),
  unitId: recordId.optional(),
};

interface SubjectValues {
  readonly subject: Subject;
  readonly personId?: string | undefined;
  readonly unitId?: string | undefined;
}

/** The person is required for a person, the unit for a unit, and the other one must be left empty. */
export function checkSubject(record: SubjectValues, context: Context): void {
  if (!subjects.includes(record.subject)) return; // reported on `subject` already
  const [required, other, messageKey] =
    record.subject === 'person' ? (['personId', 'unitId', 'validation.subjectPersonRequired'] as const) : (['unitId', 'personId', 'validation.subjectUnitRequired'] as const);
  if (record[required] === undefined) context.addIssue({ code: 'custom', path: [required], message: messageKey });
  if (record[other] !== undefined) context.addIssue({ code: 'custom', path: [other], message: 'validation.notForSubject' });
}

/** The id of whoever the record concerns (index-only `_subjectId`). */
export function subjectIdOf(record: SubjectValues): string {
  return (record.subject === 'person' ? record.personId : record.unitId) ?? '';
}

/** Whether `end` certainly falls before `start` (partial dates compare by the days they may mean); false when either is invalid. */
export function endsBefore(start: PartialDate | undefined | null, end: PartialDate | undefined | null): boolean {
  if (!start || !end || !isValidPartialDate(start) || !isValidPartialDate(end)) return false;
  return latestDay(end) < earliestDay(start);
}

/** Adds `validation.endBeforeStart` at `path` when `end` falls before `start`. */
export function checkNotBefore(context: Context, path: Path, start: PartialDate | undefined | null, end: PartialDate | undefined | null): void {
  if (endsBefore(start, end)) context.addIssue({ code: 'custom', path, message: 'validation.endBeforeStart' });
}

/** Adds `validation.endBeforeStart` at `path` when `end` is not strictly after `start` (exclusive ends, terms). */
export function checkAfter(context: Context, path: Path, start: PartialDate | undefined | null, end: PartialDate | undefined | null): void {
  if (!start || !end || !isValidPartialDate(start) || !isValidPartialDate(end)) return;
  if (latestDay(end) <= earliestDay(start)) context.addIssue({ code: 'custom', path, message: 'validation.endBeforeStart' });
}

/** Dated lists (stage history, hops, figures) are kept in time order: flags each item dated before the one above it. */
export function checkInOrder<T>(items: readonly T[], dateOf: (item: T) => string | undefined, context: Context, path: Path, field: string): void {
  items.forEach((item, index) => {
    const previous = index > 0 ? dateOf(items[index - 1]!) : undefined;
    if (endsBefore(previous, dateOf(item))) context.addIssue({ code: 'custom', path: [...path, index, field], message: 'validation.outOfOrder' });
  });
}

/** Flags the second and later occurrences of an id in a list. */
export function checkDistinct(ids: readonly string[], context: Context, path: Path): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [...path, index], message: 'validation.duplicate' });
  });
}

/** The year of a (partial) date as a number, for index-only `_year` fields. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}
