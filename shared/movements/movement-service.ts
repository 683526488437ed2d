/**
 * Movements of cadres between posts, as the office records them: one decision (rotation, reassignment, appointment,
 * reappointment, dismissal, resignation from post, removal from post) writes the movement, closes the open rows of
 * the person's work history, opens the row of the new post, and sets the person's current post, all in one
 * transaction. Appointments run for a term (the `termYears` of the movement type, usually 5 years) whose end is
 * listed 90 working days ahead.
 */
import { z } from 'zod';
import { findEntry } from '../catalogs/catalog';
import { loadCatalogs } from '../catalogs/catalog-service';
import { addYears, daysFrom, earliestDay, isoDate, type IsoDate, type PartialDate } from '../dates/partial-date';
import { addWorkingDays, workingDaysBetween, weekdaysOnly, type WorkingCalendar } from '../dates/working-days';
import { requiredDecision, wholeNumber } from '../events/event-fields';
import type { Movement } from '../events/movement';
import { latestPeriod } from '../organization/unit';
import type { HistoryRow } from '../people/person-service';
import { asPersonHistoryEntry } from '../people/person-history';
import { appointmentTermsEndingWithin, movementsBetween } from '../queries/cadre-queries';
import { recordsById } from '../queries/records-reader';
import { blankAsAbsent, catalogCode, optionalText, recordId } from '../records/common-fields';
import { writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { toFieldIssues, ValidationFailed, type FieldIssue } from '../validation/issues';

/** The movement types that take the person out of their post (a new post is optional for them). */
export const leavingMovementTypes: readonly string[] = ['dismissal', 'resignation-from-post', 'removal-from-post'];

/** A movement decision as the form gives it; the rest (the post left, the term's end) is worked out here. */
export const movementRequestSchema = z.object({
  movementTypeCode: catalogCode,
  personId: recordId,
  toUnitId: blankAsAbsent(recordId.optional()),
  toPost: blankAsAbsent(optionalText(300)),
  toPostCode: blankAsAbsent(catalogCode.optional()),
  /** The workplace written in the work history; the new unit's name when left out. */
  workplace: blankAsAbsent(optionalText(300)),
  effectiveDate: isoDate,
  /** The type's usual term (5 years for appointments) when left out. */
  termYears: wholeNumber(1, 10).optional(),
  /** Whether the person was in the planning pool; looked up in the pools on the day when left out. */
  wasInPlanning: z.boolean().optional(),
  decision: requiredDecision,
  note: blankAsAbsent(optionalText(1000)),
});
export type MovementRequest = z.input<typeof movementRequestSchema>;

export interface RecordedMovement {
  readonly movement: Movement;
  /** The work-history row of the new post (none when the person only left a post). */
  readonly workRow: HistoryRow | undefined;
}

const issue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue => ({ field, messageKey, params });

/**
 * Records a movement decision. Refused, with nothing written: an unknown type or person, no new post for a type
 * that gives one, leaving a post the person does not hold, a reappointment to another post than the one held, and a
 * decision taking effect before the person's latest movement (the history is kept in time order).
 */
export async function recordMovement(context: WriteContext, input: MovementRequest): Promise<RecordedMovement> {
  const parsed = movementRequestSchema.safeParse(input);
  if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
  const request = parsed.data;
  const catalogs = await loadCatalogs(context.db);
  return writeRecords(context, async (writer) => {
    const type = findEntry(catalogs, 'movementType', request.movementTypeCode);
    const person = await writer.get('person', request.personId);
    const issues: FieldIssue[] = [];
    if (!type) issues.push(issue('movementTypeCode', 'validation.chooseOne'));
    if (!person) issues.push(issue('personId', 'movements.issues.personMissing'));
    if (!type || !person) throw new ValidationFailed(issues);

    const leaving = leavingMovementTypes.includes(type.code);
    if (!leaving && request.toPost === undefined) issues.push(issue('toPost', 'validation.required'));
    if (leaving && person.currentPost === undefined) issues.push(issue('personId', 'movements.issues.noPostToLeave', { name: person.fullName }));
    if (type.code === 'reappointment' && request.toPost !== undefined && person.currentPost !== request.toPost) {
      issues.push(issue('toPost', 'movements.issues.reappointmentOtherPost', { post: person.currentPost ?? '' }));
    }
    const earlier = await writer.findBy('movement', 'personId', person.id);
    const latest = earlier.map((movement) => movement.effectiveDate).sort().at(-1);
    if (latest !== undefined && request.effectiveDate < latest) issues.push(issue('effectiveDate', 'movements.issues.beforeLatest', { date: latest }));
    if (request.toUnitId !== undefined && !(await writer.get('unit', request.toUnitId))) issues.push(issue('toUnitId', 'movements.issues.unitMissing'));
    if (issues.length > 0) throw new ValidationFailed(issues);

    const history = await writer.findBy('personHistory', 'personId', person.id);
    const openWork = history.filter((row) => row.kind === 'work' && row.to === undefined && row.from !== undefined && earliestDay(row.from) <= request.effectiveDate);
    const termYears = request.termYears ?? (typeof type.attributes?.termYears === 'number' ? type.attributes.termYears : undefined);
    const wasInPlanning = request.wasInPlanning ?? (await inPlanningOn(writer, person.id, request.effectiveDate));
    const movement = writer.create('movement', {
      movementTypeCode: type.code,
      personId: person.id,
      ...(openWork[0]?.unitId ? { fromUnitId: openWork[0].unitId } : {}),
      ...(person.currentPost === undefined ? {} : { fromPost: person.currentPost }),
      ...(request.toUnitId === undefined ? {} : { toUnitId: request.toUnitId }),
      ...(request.toPost === undefined ? {} : { toPost: request.toPost }),
      ...(request.toPostCode === undefined ? {} : { toPostCode: request.toPostCode }),
      effectiveDate: request.effectiveDate,
      ...(termYears === undefined || leaving ? {} : { termYears, termEndDate: addYears(request.effectiveDate, termYears) }),
      wasInPlanning,
      decision: request.decision,
      ...(request.note === undefined ? {} : { note: request.note }),
    });

    for (const row of openWork) await writer.update('personHistory', row.id, { to: request.effectiveDate });
    let workRow: HistoryRow | undefined;
    if (request.toPost !== undefined) {
      const unit = request.toUnitId === undefined ? undefined : await writer.get('unit', request.toUnitId);
      const workplace = request.workplace ?? (unit ? latestPeriod(unit).name : (person.workplace ?? request.toPost));
      workRow = asPersonHistoryEntry(
        writer.create('personHistory', {
          personId: person.id,
          kind: 'work',
          from: request.effectiveDate,
          post: request.toPost,
          workplace,
          ...(request.toUnitId === undefined ? {} : { unitId: request.toUnitId }),
          movementId: movement.id,
        }),
      );
      await writer.update('person', person.id, { currentPost: request.toPost, currentPostCode: request.toPostCode ?? null, currentPostSince: request.effectiveDate, workplace });
    } else {
      await writer.update('person', person.id, { currentPost: null, currentPostCode: null, currentPostSince: request.effectiveDate });
    }
    return { movement, workRow };
  });
}

/** Whether the person is in a planning pool on the day. */
async function inPlanningOn(writer: Writer, personId: string, day: IsoDate): Promise<boolean> {
  const candidates = await writer.findBy('planningCandidate', 'personId', personId);
  return candidates.some((candidate) => candidate.addedOn <= day && (candidate.removedOn === undefined || candidate.removedOn > day));
}

/** Ninety working days: how far ahead the end of a term is warned about. */
export const termWarningWorkingDays = 90;

export interface TermEnding {
  readonly personId: string;
  readonly fullName: string;
  readonly birthDate: PartialDate;
  /** The person's party unit (not the unit of the post). */
  readonly unitId: string;
  readonly post: string;
  readonly unitName: string | undefined;
  readonly movement: Movement;
  readonly termEndDate: IsoDate;
  /** Working days from the day to the end of the term (0 when it ends that day or the next working day is after it). */
  readonly workingDaysLeft: number;
}

/** Terms ending within `workingDays` working days of `day` (the latest appointment or reappointment of each person). */
export async function termsEndingWithin(db: AppDatabase, day: IsoDate, options: { workingDays?: number; rootUnitId?: string; calendar?: WorkingCalendar } = {}): Promise<TermEnding[]> {
  const calendar = options.calendar ?? weekdaysOnly;
  const last = addWorkingDays(day, options.workingDays ?? termWarningWorkingDays, calendar);
  const ending = await appointmentTermsEndingWithin(db, day, daysFrom(day, last), options.rootUnitId === undefined ? {} : { rootUnitId: options.rootUnitId });
  const [people, units] = await Promise.all([recordsById(db, 'person', ending.map((entry) => entry.personId)), recordsById(db, 'unit', ending.flatMap((entry) => (entry.movement.toUnitId ? [entry.movement.toUnitId] : [])))]);
  return ending.flatMap((entry) => {
    const person = people.get(entry.personId);
    if (!person) return [];
    const unit = entry.movement.toUnitId ? units.get(entry.movement.toUnitId) : undefined;
    return [
      {
        personId: person.id,
        fullName: person.fullName,
        birthDate: person.birthDate,
        unitId: person.unitId,
        post: entry.movement.toPost ?? person.currentPost ?? '',
        unitName: unit ? latestPeriod(unit).name : undefined,
        movement: entry.movement,
        termEndDate: entry.termEndDate,
        workingDaysLeft: workingDaysBetween(day, entry.termEndDate, calendar),
      },
    ];
  });
}

export interface MovementRow {
  readonly movement: Movement;
  readonly fullName: string;
  readonly toUnitName: string | undefined;
}

/** The movements that took effect in a period, latest first, with the person's name (at most `limit`). */
export async function recentMovements(db: AppDatabase, from: IsoDate, to: IsoDate, limit = 200): Promise<MovementRow[]> {
  const movements = (await movementsBetween(db, from, to)).sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.decision.date.localeCompare(a.decision.date)).slice(0, limit);
  const [people, units] = await Promise.all([recordsById(db, 'person', movements.map((movement) => movement.personId)), recordsById(db, 'unit', movements.flatMap((movement) => (movement.toUnitId ? [movement.toUnitId] : [])))]);
  return movements.map((movement) => {
    const unit = movement.toUnitId ? units.get(movement.toUnitId) : undefined;
    return { movement, fullName: people.get(movement.personId)?.fullName ?? '', toUnitName: unit ? latestPeriod(unit).name : undefined };
  });
}
