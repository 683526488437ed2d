/**
 * Discipline, leaving the party, commendations and inspections as the office records them (domain §4). Each is one
 * decision written through the one write path; a refusal is a ValidationFailed naming the field, with a Vietnamese
 * message key (`conduct.issues.*`), and writes nothing.
 * - Discipline: the form must fit the subject on the decision's day (the `partyDisciplineForm` catalog says who may
 *   receive it: organizations, full members, probationary members); a discipline may follow an inspection's
 *   conclusion, which then lists it. Expelling a member is also their exit from the party.
 * - Exits: the person leaves active counts (status `exited`, `exitDate`) and keeps the record.
 * - Commendations: one decision to many people and collectives.
 * - Inspections: planned for a year with a subject and content, concluded later.
 */
import { z } from 'zod';
import { findEntry, type CatalogEntry } from '../catalogs/catalog';
import { loadCatalogs } from '../catalogs/catalog-service';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { disciplineSystems, type Discipline } from '../events/discipline';
import { commendationRecipient, type Commendation } from '../events/commendation';
import { checkSubject, level, requiredDecision, subjectFields, year } from '../events/event-fields';
import { inspectionKinds, type Inspection } from '../events/inspection';
import { partyExitTypes, type PartyExit } from '../events/exit';
import { blankAsAbsent, decision, optionalText, recordId, text } from '../records/common-fields';
import { latestPeriod } from '../organization/unit';
import { memberStatusOn } from '../people/membership';
import type { Person } from '../people/person';
import { recordsInRange } from '../queries/record-cache';
import { recordById, recordsById, toRecord } from '../queries/records-reader';
import { recordTypes } from '../records/registry';
import { writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail, ValidationFailed, type FieldIssue } from '../validation/issues';

const refuse = (field: string, messageKey: string, params: Record<string, string | number> = {}): never => {
  throw new ValidationFailed([{ field, messageKey, params } satisfies FieldIssue]);
};

export const disciplineRequestSchema = z
  .object({
    ...subjectFields,
    system: z.enum(disciplineSystems, { message: 'validation.chooseOne' }).default('party'),
    formCode: z.string().min(1, 'validation.chooseOne'),
    reason: text(2000),
    decision: requiredDecision,
    expiresOn: isoDate.optional(),
    inspectionId: blankAsAbsent(recordId.optional()),
  })
  .superRefine((request, context) => checkSubject(request, context));
export type DisciplineRequest = z.input<typeof disciplineRequestSchema>;

export const exitRequestSchema = z.object({
  personId: recordId,
  type: z.enum(partyExitTypes, { message: 'validation.chooseOne' }),
  date: isoDate,
  decision: decision.optional(),
  reason: optionalText(2000),
});
export type ExitRequest = z.input<typeof exitRequestSchema>;

export const commendationRequestSchema = z.object({
  formCode: z.string().min(1, 'validation.chooseOne'),
  decision: requiredDecision,
  reason: text(2000),
  issuingLevel: level,
  recipients: z.array(commendationRecipient).min(1, 'validation.required'),
});
export type CommendationRequest = z.input<typeof commendationRequestSchema>;

export const inspectionPlanSchema = z
  .object({ ...subjectFields, kind: z.enum(inspectionKinds, { message: 'validation.chooseOne' }), planYear: year, content: text(4000) })
  .superRefine((request, context) => checkSubject(request, context));
export type InspectionPlanRequest = z.input<typeof inspectionPlanSchema>;

export const inspectionConclusionSchema = z.object({ conclusion: text(4000), concludedOn: isoDate });
export type InspectionConclusionRequest = z.input<typeof inspectionConclusionSchema>;

/** Whether the party form may be given to a subject: a unit, a full or a probationary member. */
type Standing = 'unit' | 'full' | 'probationary';
const allowedFlag: Record<Standing, string> = { unit: 'forOrganization', full: 'forFullMember', probationary: 'forProbationaryMember' };
const refusalFor: Record<Standing, string> = { unit: 'conduct.issues.formNotForOrganization', full: 'conduct.issues.formNotForFullMember', probationary: 'conduct.issues.formNotForProbationary' };

/** The party discipline forms a subject may receive, mildest first: what the form offers for it. */
export function partyFormsFor(catalogs: readonly CatalogEntry[], standing: Standing): CatalogEntry[] {
  return catalogs.filter((entry) => entry.catalog === 'partyDisciplineForm' && entry.attributes?.[allowedFlag[standing]] === true);
}

async function personOrRefuse(writer: Writer, personId: string, field = 'personId'): Promise<Person> {
  return (await writer.get('person', personId)) ?? refuse(field, 'conduct.issues.personMissing');
}

/**
 * The member's standing on a day, or undefined when they were not a party member then. A full member whose date of
 * full membership was never entered (older records) stays full.
 */
export function standingOn(person: Person, day: IsoDate): 'full' | 'probationary' | undefined {
  const status = memberStatusOn(person, day);
  if (person.memberStatus === 'exited' && person.exitDate === undefined) return undefined;
  if (status !== 'full' && status !== 'probationary') return undefined;
  return status === 'probationary' && person.memberStatus === 'full' && person.fullMembershipDate === undefined ? 'full' : status;
}

/** The member's standing on a day; refused when they were not a party member then. */
function memberStanding(person: Person, day: IsoDate): 'full' | 'probationary' {
  return standingOn(person, day) ?? refuse('personId', 'conduct.issues.notMember', { name: person.fullName, date: day });
}

/** What a form may say of a person before the decision: their standing on the day (undefined: not a member). */
export async function personStandingOn(db: AppDatabase, personId: string, day: IsoDate): Promise<'full' | 'probationary' | undefined> {
  const person = await recordById(db, 'person', personId);
  return person ? standingOn(person, day) : undefined;
}

/**
 * Records a discipline. Refused: a person who was not a member on the decision's day, a form the subject may not
 * receive (a probationary member cannot be removed from post or expelled; an organization only reprimanded, warned
 * or dissolved), an unknown subject, an inspection not concluded or about someone else.
 */
export async function recordDiscipline(context: WriteContext, input: DisciplineRequest): Promise<Discipline> {
  const request = parseOrFail(disciplineRequestSchema, input);
  const catalogs = await loadCatalogs(context.db);
  return writeRecords(context, async (writer) => {
    const formCatalog = request.system === 'party' ? 'partyDisciplineForm' : 'stateDisciplineForm';
    const form = findEntry(catalogs, formCatalog, request.formCode) ?? refuse('formCode', 'validation.chooseOne');
    let standing: Standing = 'unit';
    let subjectName: string;
    if (request.subject === 'person') {
      const person = await personOrRefuse(writer, request.personId!);
      subjectName = person.fullName;
      if (request.system === 'party') standing = memberStanding(person, request.decision.date);
    } else {
      const unit = (await writer.get('unit', request.unitId!)) ?? refuse('unitId', 'conduct.issues.unitMissing');
      subjectName = latestPeriod(unit).name;
    }
    if (request.system === 'party' && form.attributes?.[allowedFlag[standing]] !== true) refuse('formCode', refusalFor[standing], { form: form.name, name: subjectName });

    const inspection = request.inspectionId ? await writer.get('inspection', request.inspectionId) : undefined;
    if (request.inspectionId) {
      if (!inspection || !inspection.conclusion) refuse('inspectionId', 'conduct.issues.inspectionNotConcluded');
      if (inspection!.subject !== request.subject || inspection!.personId !== request.personId || inspection!.unitId !== request.unitId) refuse('inspectionId', 'conduct.issues.inspectionOtherSubject');
    }
    const discipline = writer.create('discipline', {
      subject: request.subject,
      ...(request.personId ? { personId: request.personId } : {}),
      ...(request.unitId ? { unitId: request.unitId } : {}),
      system: request.system,
      formCode: form.code,
      reason: request.reason,
      decision: request.decision,
      ...(request.expiresOn ? { expiresOn: request.expiresOn } : {}),
      ...(request.inspectionId ? { inspectionId: request.inspectionId } : {}),
    });
    if (inspection) await writer.update('inspection', inspection.id, { resultingDisciplineIds: [...inspection.resultingDisciplineIds, discipline.id] });
    // Expulsion is also the member's exit: the same decision takes them off the party's list from its day.
    if (request.system === 'party' && request.subject === 'person' && form.code === 'expulsion') {
      const person = await personOrRefuse(writer, request.personId!);
      if (person.memberStatus === 'exited') refuse('personId', 'conduct.issues.alreadyExited', { name: person.fullName, date: person.exitDate ?? '' });
      writer.create('partyExit', { personId: request.personId!, type: 'expulsion', date: request.decision.date, decision: request.decision, reason: request.reason });
      await writer.update('person', request.personId!, { memberStatus: 'exited', exitDate: request.decision.date });
    }
    return discipline;
  });
}

/**
 * Records a member leaving the party: the exit (with its type and decision) is written, and the person's record
 * keeps everything but leaves the active counts (status `exited`, `exitDate`). Refused: someone who was not a member
 * on that day or already left, and expelling a probationary member (who can only be struck off the list).
 */
export async function recordExit(context: WriteContext, input: ExitRequest): Promise<PartyExit> {
  const request = parseOrFail(exitRequestSchema, input);
  return writeRecords(context, async (writer) => {
    const person = await personOrRefuse(writer, request.personId);
    if (person.memberStatus === 'exited') refuse('personId', 'conduct.issues.alreadyExited', { name: person.fullName, date: person.exitDate ?? '' });
    const standing = memberStanding(person, request.date);
    if (request.type === 'expulsion' && standing === 'probationary') refuse('type', 'conduct.issues.probationaryNotExpelled', { name: person.fullName });
    const exit = writer.create('partyExit', {
      personId: person.id,
      type: request.type,
      date: request.date,
      ...(request.decision ? { decision: request.decision } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
    });
    await writer.update('person', person.id, { memberStatus: 'exited', exitDate: request.date });
    return exit;
  });
}

/**
 * Records one commendation decision to its people and collectives. Refused: no recipient, someone named twice, a
 * person or unit not in the records, a collective given a form only people receive (a party badge).
 */
export async function recordCommendation(context: WriteContext, input: CommendationRequest): Promise<Commendation> {
  const request = parseOrFail(commendationRequestSchema, input);
  const catalogs = await loadCatalogs(context.db);
  return writeRecords(context, async (writer) => {
    const form = findEntry(catalogs, 'awardForm', request.formCode) ?? refuse('formCode', 'validation.chooseOne');
    for (const [index, recipient] of request.recipients.entries()) {
      if (recipient.personId !== undefined) await personOrRefuse(writer, recipient.personId, `recipients.${index}`);
      else {
        if (!(await writer.get('unit', recipient.unitId!))) refuse(`recipients.${index}`, 'conduct.issues.unitMissing');
        if (form.attributes?.recipient === 'person') refuse('formCode', 'conduct.issues.formPersonsOnly', { form: form.name });
      }
    }
    return writer.create('commendation', { formCode: form.code, decision: request.decision, reason: request.reason, issuingLevel: request.issuingLevel, recipients: request.recipients });
  });
}

/** Plans an inspection or a supervision of an organization or a member for a year. */
export async function planInspection(context: WriteContext, input: InspectionPlanRequest): Promise<Inspection> {
  const request = parseOrFail(inspectionPlanSchema, input);
  return writeRecords(context, async (writer) => {
    if (request.subject === 'person') await personOrRefuse(writer, request.personId!);
    else if (!(await writer.get('unit', request.unitId!))) refuse('unitId', 'conduct.issues.unitMissing');
    return writer.create('inspection', {
      kind: request.kind,
      planYear: request.planYear,
      subject: request.subject,
      ...(request.personId ? { personId: request.personId } : {}),
      ...(request.unitId ? { unitId: request.unitId } : {}),
      content: request.content,
      resultingDisciplineIds: [],
    });
  });
}

/** Writes an inspection's conclusion; refused when it has one already or is dated before its plan year. */
export async function concludeInspection(context: WriteContext, inspectionId: string, input: InspectionConclusionRequest): Promise<Inspection> {
  const request = parseOrFail(inspectionConclusionSchema, input);
  return writeRecords(context, async (writer) => {
    const inspection = (await writer.get('inspection', inspectionId)) ?? refuse('inspectionId', 'conduct.issues.inspectionMissing');
    if (inspection.conclusion) refuse('conclusion', 'conduct.issues.alreadyConcluded', { date: inspection.concludedOn ?? '' });
    if (Number(request.concludedOn.slice(0, 4)) < inspection.planYear) refuse('concludedOn', 'conduct.issues.concludedBeforePlan', { year: inspection.planYear });
    return writer.update('inspection', inspectionId, { conclusion: request.conclusion, concludedOn: request.concludedOn });
  });
}

/** What the conduct screen lists for a year, each record with the names it concerns. */
export interface ConductYear {
  readonly disciplines: readonly { readonly record: Discipline; readonly subjectName: string }[];
  readonly commendations: readonly { readonly record: Commendation; readonly recipientNames: readonly string[] }[];
  readonly exits: readonly { readonly record: PartyExit; readonly fullName: string }[];
  readonly inspections: readonly { readonly record: Inspection; readonly subjectName: string }[];
}

/** The year's disciplines, commendations and exits (by their date) and its inspection plan, latest first. */
export async function conductOfYear(db: AppDatabase, planYear: number): Promise<ConductYear> {
  const range = { from: `${planYear}-01-01`, to: `${planYear}-12-31` };
  const [disciplines, commendations, exits, inspectionRows] = await Promise.all([
    recordsInRange(db, undefined, 'discipline', '_date', range),
    recordsInRange(db, undefined, 'commendation', '_date', range),
    recordsInRange(db, undefined, 'partyExit', 'date', range),
    db.recordTable(recordTypes.inspection.table).where('planYear').equals(planYear).toArray(),
  ]);
  const inspections = inspectionRows.filter((row) => !row._deleted).map((row) => toRecord<'inspection'>(row));
  const subjects = [...disciplines, ...inspections];
  const personIds = [...subjects.flatMap((record) => (record.personId ? [record.personId] : [])), ...exits.map((exit) => exit.personId), ...commendations.flatMap((record) => record.recipients.flatMap((recipient) => (recipient.personId ? [recipient.personId] : [])))];
  const unitIds = [...subjects.flatMap((record) => (record.unitId ? [record.unitId] : [])), ...commendations.flatMap((record) => record.recipients.flatMap((recipient) => (recipient.unitId ? [recipient.unitId] : [])))];
  const [people, units] = await Promise.all([recordsById(db, 'person', personIds), recordsById(db, 'unit', unitIds)]);
  const nameOf = (subject: { personId?: string | undefined; unitId?: string | undefined }) => {
    if (subject.personId) return people.get(subject.personId)?.fullName ?? '';
    const unit = subject.unitId ? units.get(subject.unitId) : undefined;
    return unit ? latestPeriod(unit).name : '';
  };
  const latestFirst = <T>(dateOf: (record: T) => string) => (a: T, b: T) => dateOf(b).localeCompare(dateOf(a));
  return {
    disciplines: disciplines.sort(latestFirst((record) => record.decision.date)).map((record) => ({ record, subjectName: nameOf(record) })),
    commendations: commendations.sort(latestFirst((record) => record.decision.date)).map((record) => ({ record, recipientNames: record.recipients.map(nameOf) })),
    exits: exits.sort(latestFirst((record) => record.date)).map((record) => ({ record, fullName: nameOf(record) })),
    inspections: inspections.map((record) => ({ record, subjectName: nameOf(record) })),
  };
}
