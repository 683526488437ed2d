/**
 * The admission board's reads (open cases of a subtree by stage, with the people they name and the reminders of
 * probations ending) and its writes: opening a case and taking a step, each through the one write path, refused
 * with a Vietnamese reason and nothing written when the rules say no.
 */
import { z } from 'zod';
import { daysFrom, isoDate, type IsoDate } from '../dates/partial-date';
import { memberStatusOn } from '../people/membership';
import type { Person } from '../people/person';
import { byVietnamese, unitTreeOn } from '../queries/people-queries';
import { recordsById, toRecord } from '../queries/records-reader';
import { optionalText, recordId } from '../records/common-fields';
import { recordTypes } from '../records/registry';
import { RecordNotFound, writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail } from '../validation/issues';
import { admissionCaseRecordType, type AdmissionCase, type AdmissionStage } from './admission';
import { admissionStepPatch, admissionStepSchema, boardColumnOf, boardStages, personStepPatch, refusalOfStep, type PersonFacts } from './admission-rules';
import { RuleRefused } from './rule-refused';

/** Days before the end of a probation from which the board reminds of it. */
export const probationReminderDays = 30;

export type CardReminder = 'probationOver' | 'probationEnding' | 'certificateExpired';

export interface AdmissionCard {
  readonly caseId: string;
  readonly personId: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly stage: AdmissionStage;
  /** The day the case reached its stage. */
  readonly since: IsoDate;
  readonly helperPersonIds: readonly string[];
  readonly helperNames: readonly string[];
  readonly awarenessCertificateExpiresOn?: IsoDate;
  readonly probationEndsOn?: IsoDate;
  readonly reminder?: CardReminder;
}

export interface AdmissionColumn {
  readonly stage: AdmissionStage;
  readonly total: number;
  /** The first cases of the column, longest waiting first. */
  readonly cards: readonly AdmissionCard[];
}

export interface AdmissionBoard {
  readonly day: IsoDate;
  readonly columns: readonly AdmissionColumn[];
  /** Probations ended or ending within `probationReminderDays`, the earliest first. */
  readonly probationsEnding: readonly AdmissionCard[];
}

/** What the board reminds of a case on a day. */
export function reminderOf(admission: Pick<AdmissionCase, 'stage' | 'probationEndsOn' | 'awarenessCertificateExpiresOn' | 'cellVoteDate'>, day: IsoDate): CardReminder | undefined {
  const probation = admission.stage === 'probation' || admission.stage === 'ceremony';
  if (probation && admission.probationEndsOn) {
    if (admission.probationEndsOn <= day) return 'probationOver';
    if (daysFrom(day, admission.probationEndsOn) <= probationReminderDays) return 'probationEnding';
  }
  // Before the cell's vote an expired certificate has to be renewed.
  if (!admission.cellVoteDate && admission.awarenessCertificateExpiresOn && admission.awarenessCertificateExpiresOn <= day) return 'certificateExpired';
  return undefined;
}

/**
 * The open cases of the units in a subtree (all units without a root), by board column, each column's longest
 * waiting first and cut to `perColumn` cards, with the probations that end within the reminder days.
 */
export async function loadAdmissionBoard(db: AppDatabase, options: { day: IsoDate; rootUnitId?: string; perColumn?: number }): Promise<AdmissionBoard> {
  const { day, perColumn = 30 } = options;
  const tree = await unitTreeOn(db, day);
  const subtree = options.rootUnitId ? tree.subtreeIds(options.rootUnitId) : undefined;
  const rows = await db.recordTable(admissionCaseRecordType.table).where('_open').equals(1).toArray();
  const cases = rows
    .filter((row) => !row._deleted)
    .map((row) => toRecord<'admissionCase'>(row))
    .filter((admission) => !subtree || subtree.has(admission.unitId));
  const people = await recordsById(db, 'person', cases.flatMap((admission) => [admission.personId, ...admission.helperPersonIds]));
  const cards = cases.flatMap((admission): AdmissionCard[] => {
    const person = people.get(admission.personId);
    if (!person) return [];
    const reminder = reminderOf(admission, day);
    return [
      {
        caseId: admission.id,
        personId: admission.personId,
        fullName: person.fullName,
        birthDate: person.birthDate,
        unitId: admission.unitId,
        unitName: tree.get(admission.unitId)?.name ?? '',
        stage: admission.stage,
        since: admission.stageHistory.at(-1)!.date,
        helperPersonIds: admission.helperPersonIds,
        helperNames: admission.helperPersonIds.flatMap((id) => people.get(id)?.fullName ?? []),
        ...(admission.awarenessCertificateExpiresOn ? { awarenessCertificateExpiresOn: admission.awarenessCertificateExpiresOn } : {}),
        ...(admission.probationEndsOn ? { probationEndsOn: admission.probationEndsOn } : {}),
        ...(reminder ? { reminder } : {}),
      },
    ];
  });
  cards.sort((a, b) => a.since.localeCompare(b.since) || byVietnamese(a.fullName, b.fullName));
  const columns = boardStages.map((stage) => {
    const inColumn = cards.filter((card) => boardColumnOf(card.stage) === stage);
    return { stage, total: inColumn.length, cards: inColumn.slice(0, perColumn) };
  });
  const probationsEnding = cards
    .filter((card) => card.reminder === 'probationOver' || card.reminder === 'probationEnding')
    .sort((a, b) => a.probationEndsOn!.localeCompare(b.probationEndsOn!));
  return { day, columns, probationsEnding };
}

export interface HelperChoice {
  readonly personId: string;
  readonly fullName: string;
}

/** Who may help or introduce the person of a case: full members of the case's unit on the day. */
export async function helperChoices(db: AppDatabase, caseId: string, day: IsoDate): Promise<HelperChoice[]> {
  const row = await db.recordTable(admissionCaseRecordType.table).get(caseId);
  if (!row || row._deleted) return [];
  const admission = toRecord<'admissionCase'>(row);
  const members = (await db.recordTable(recordTypes.person.table).where('unitId').equals(admission.unitId).toArray())
    .filter((person) => !person._deleted)
    .map((person) => toRecord<'person'>(person))
    .filter((person) => person.id !== admission.personId && memberStatusOn(person, day) === 'full');
  return members.map((person) => ({ personId: person.id, fullName: person.fullName })).sort((a, b) => byVietnamese(a.fullName, b.fullName));
}

async function personOrRefuse(writer: Writer, personId: string): Promise<Person> {
  const person = await writer.get('person', personId);
  if (!person) throw new RuleRefused('admission.refused.noPerson');
  return person;
}

/**
 * Takes one step of a case on the day the form gives: refused (RuleRefused, nothing written) when the rules say no,
 * else the case records the dated step with its decision and the person record follows (status, admission and
 * full-membership dates, introducers, the admitting unit), in one transaction.
 */
export async function takeAdmissionStep(context: WriteContext, caseId: string, input: unknown, today: IsoDate): Promise<AdmissionCase> {
  const step = parseOrFail(admissionStepSchema, input);
  return writeRecords(context, async (writer) => {
    const admission = await writer.get('admissionCase', caseId);
    if (!admission) throw new RecordNotFound('admissionCase', caseId);
    const candidate = await personOrRefuse(writer, admission.personId);
    const helperIds = step.helperPersonIds ?? admission.helperPersonIds;
    const helpers: PersonFacts[] = [];
    for (const id of helperIds) helpers.push(await personOrRefuse(writer, id));
    const refusal = refusalOfStep({ admission, candidate, helpers, today }, step);
    if (refusal) throw refusal;
    const updated = await writer.update('admissionCase', caseId, admissionStepPatch(admission, step));
    const personPatch = personStepPatch(candidate, updated, step, helpers.map((helper) => helper.fullName));
    if (Object.keys(personPatch).length > 0) await writer.update('person', candidate.id, personPatch);
    return updated;
  });
}

export const newAdmissionCaseSchema = z.object({
  personId: recordId,
  date: isoDate,
  note: optionalText(2000),
});

/**
 * Puts a person on the list of outstanding non-members of their unit. Refused for a party member (or one who left)
 * and for a person whose way in is already open.
 */
export async function openAdmissionCase(context: WriteContext, input: unknown, today: IsoDate): Promise<AdmissionCase> {
  const { personId, date, note } = parseOrFail(newAdmissionCaseSchema, input);
  return writeRecords(context, async (writer) => {
    const person = await personOrRefuse(writer, personId);
    if (!['non-member', 'outstanding-non-member', 'sympathizer'].includes(person.memberStatus)) throw new RuleRefused('admission.refused.alreadyMember', { name: person.fullName });
    if (date > today) throw new RuleRefused('admission.refused.future', { date });
    const open = (await writer.findBy('admissionCase', 'personId', personId)).find((admission) => admission.stage !== 'full-membership' && admission.stage !== 'withdrawn');
    if (open) throw new RuleRefused('admission.refused.caseOpen', { name: person.fullName });
    const created = writer.create('admissionCase', {
      personId,
      unitId: person.unitId,
      stage: 'outstanding-non-member',
      helperPersonIds: [],
      stageHistory: [{ stage: 'outstanding-non-member', date }],
      ...(note ? { note } : {}),
    });
    if (person.memberStatus === 'non-member') await writer.update('person', personId, { memberStatus: 'outstanding-non-member' });
    return created;
  });
}
