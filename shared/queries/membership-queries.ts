/**
 * Movements of membership in a period or on a day: admissions, party exits by type, and members in transit
 * between two units with their introduction letter.
 */
import { daysFrom, type IsoDate } from '../dates/partial-date';
import { admissionStages, type AdmissionCase, type AdmissionStage } from '../events/admission';
import { partyExitTypes, type PartyExit, type PartyExitType } from '../events/exit';
import { inTransitStatuses, type MembershipTransfer } from '../events/transfer';
import { unitOn } from '../people/membership';
import type { Person } from '../people/person';
import { recordTypes } from '../records/registry';
import type { StoredRow } from '../records/stored-record';
import type { AppDatabase } from '../storage/database';
import { recordsByIdVia, recordsInRange, recordsOf, type RecordCache } from './record-cache';
import { toRecord } from './records-reader';
import { scopesOf, type Scopes } from './scope';

const live = (row: StoredRow) => !row._deleted;

export interface Admission {
  readonly personId: string;
  /** The date of the admission decision (from the admission case, else from the person record). */
  readonly date: IsoDate;
  /** The cell or grassroots organization that admitted the person. */
  readonly unitId?: string;
  readonly admissionCaseId?: string;
  readonly enterpriseId?: string;
  readonly residentialAreaId?: string;
}

/** The day the person was admitted, from the person record: the decision, else the ceremony. */
export const admittedOn = (person: Pick<Person, 'admissionDecisionDate' | 'admissionDate'>) => person.admissionDecisionDate ?? person.admissionDate;

/** What `admissionsBetween` reads of a person. */
export type AdmittedPerson = Pick<Person, 'id' | 'admissionDecisionDate' | 'admissionDate' | 'unitHistory'>;

/** Which subtree a query keeps to: the root's, as the tree stood on the query's day; `scopes` shares the reads of a report. */
export interface SubtreeOptions {
  readonly rootUnitId?: string;
  readonly scopes?: Scopes;
  /** A report's tables read once for all its queries (and kept between reports by the worker). */
  readonly records?: RecordCache;
}

/** A day, or a period whose units are those in the subtree at some time in it (see `Scopes.during`). */
export type ScopeTime = IsoDate | { readonly from: IsoDate; readonly to: IsoDate };

/** Keeps the items whose unit was in the subtree on the day or in the period (all of them without a root). */
export async function inSubtree<T>(db: AppDatabase, options: SubtreeOptions, when: ScopeTime, items: T[], unitOf: (item: T) => string | undefined): Promise<T[]> {
  const scopes = scopesOf(db, options);
  if (!scopes) return items;
  const unitIds = typeof when === 'string' ? (await scopes.on(when)).unitIds : await scopes.during(when.from, when.to);
  return items.filter((item) => {
    const unitId = unitOf(item);
    return unitId !== undefined && unitIds.has(unitId);
  });
}

/**
 * People admitted between two days (both included): those with an admission case whose admission decision falls in
 * the period, and those whose person record dates their admission in it (people admitted before cases were kept).
 * One row per person. With `rootUnitId`, only admissions by units of that subtree in the period.
 * `people`: the people whose record dates an admission in the period, when the caller has already read everyone
 * (a report's single pass), so that this query does not read all people again.
 */
export async function admissionsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions & { people?: readonly AdmittedPerson[] } = {}): Promise<Admission[]> {
  const byPerson = new Map<string, Admission>();
  for (const admission of await recordsInRange(db, options.records, 'admissionCase', '_admittedOn', { from, to })) {
    byPerson.set(admission.personId, {
      personId: admission.personId,
      date: admission.admissionDecision!.date,
      unitId: admission.unitId,
      admissionCaseId: admission.id,
      ...(admission.enterpriseId ? { enterpriseId: admission.enterpriseId } : {}),
      ...(admission.residentialAreaId ? { residentialAreaId: admission.residentialAreaId } : {}),
    });
  }
  const inPeriod = (date: string | undefined) => date !== undefined && date >= from && date <= to;
  const people =
    options.people?.filter((person) => inPeriod(admittedOn(person))) ??
    (await db
      .recordTable(recordTypes.person.table)
      .filter((row) => live(row) && inPeriod((row.admissionDecisionDate ?? row.admissionDate) as string | undefined))
      .toArray()).map((row) => toRecord<'person'>(row));
  for (const person of people) {
    if (byPerson.has(person.id)) continue;
    const date = admittedOn(person)!;
    const unitId = unitOn(person, person.admissionDate ?? date) ?? person.unitHistory[0]?.unitId;
    byPerson.set(person.id, { personId: person.id, date, ...(unitId ? { unitId } : {}) });
  }
  const admissions = await inSubtree(db, options, { from, to }, [...byPerson.values()], (admission) => admission.unitId);
  return admissions.sort((a, b) => a.date.localeCompare(b.date) || a.personId.localeCompare(b.personId));
}

export interface PartyExits {
  readonly byType: ReadonlyMap<PartyExitType, number>;
  readonly exits: readonly PartyExit[];
}

/**
 * Members who left the party between two days (both included), counted by type (expulsion, struck off, dismissal,
 * resignation, death). With `rootUnitId`, only members whose unit on the day they left was in that subtree.
 */
export async function partyExitsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<PartyExits> {
  let exits = await recordsInRange(db, options.records, 'partyExit', 'date', { from, to });
  if (scopesOf(db, options)) {
    const people = await recordsByIdVia(db, options.records, 'person', exits.map((exit) => exit.personId));
    const unitAtExit = (exit: PartyExit) => {
      const person = people.get(exit.personId);
      return person ? (unitOn(person, exit.date) ?? person.unitHistory.at(-1)?.unitId) : undefined;
    };
    exits = await inSubtree(db, options, { from, to }, exits, unitAtExit);
  }
  const byType = new Map<PartyExitType, number>(partyExitTypes.map((type) => [type, 0]));
  for (const exit of exits) byType.set(exit.type, (byType.get(exit.type) ?? 0) + 1);
  return { byType, exits: exits.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)) };
}

export interface MemberInTransit {
  readonly personId: string;
  readonly transfer: MembershipTransfer;
  /** Days since the letter was issued. */
  readonly days: number;
  /** Past the last day to present the letter. */
  readonly overdue: boolean;
}

/** Whether the member of a transfer was between two units on a day, as far as the record tells. */
export function inTransitOn(transfer: Pick<MembershipTransfer, 'issuedOn' | 'status' | 'acceptedOn' | 'presentBy'>, day: IsoDate): boolean {
  if (transfer.issuedOn > day) return false;
  if (inTransitStatuses.includes(transfer.status)) return true;
  if (transfer.status === 'accepted') return transfer.acceptedOn !== undefined && transfer.acceptedOn > day;
  // An expired letter was travelling until its deadline; a returned one has no date to go by.
  return transfer.status === 'expired' && day <= transfer.presentBy;
}

/**
 * Members in transit on a day: their introduction letter was issued and not yet presented (counted explicitly in
 * the reports), with how long they have been travelling and whether the 30 days to present it are over.
 * With `rootUnitId`, only members sent from units of that subtree.
 */
export async function membersInTransitOn(db: AppDatabase, day: IsoDate, options: SubtreeOptions = {}): Promise<MemberInTransit[]> {
  const travelling = (await recordsInRange(db, options.records, 'membershipTransfer', 'issuedOn', { to: day })).filter((transfer) => inTransitOn(transfer, day));
  const sent = await inSubtree(db, options, day, travelling, (transfer) => transfer.fromUnitId);
  return sent
    .map((transfer) => ({ personId: transfer.personId, transfer, days: daysFrom(transfer.issuedOn, day), overdue: day > transfer.presentBy }))
    .sort((a, b) => b.days - a.days || a.personId.localeCompare(b.personId));
}

/** The stages of the way in before the admission decision: the pipeline the reports count by stage. */
export const pipelineStages = admissionStages.slice(0, admissionStages.indexOf('admission-decision'));

/** The stage a case stood at on a day (the last one reached by then), or undefined before it was opened. */
export function admissionStageOn(admission: Pick<AdmissionCase, 'stageHistory'>, day: IsoDate): AdmissionStage | undefined {
  let stage: AdmissionStage | undefined;
  for (const entry of admission.stageHistory) if (entry.date <= day) stage = entry.stage;
  return stage;
}

export interface PipelineEntry {
  readonly personId: string;
  readonly admissionCaseId: string;
  readonly unitId: string;
  readonly stage: AdmissionStage;
}

/**
 * People on their way into the party on a day: cases opened by then that stood at a stage before the admission
 * decision (withdrawn cases are out). With `rootUnitId`, only cases of units of that subtree on the day.
 */
export async function admissionPipelineOn(db: AppDatabase, day: IsoDate, options: SubtreeOptions = {}): Promise<PipelineEntry[]> {
  const entries: PipelineEntry[] = [];
  for (const admission of await recordsOf(db, options.records, { type: 'admissionCase' })) {
    const stage = admissionStageOn(admission, day);
    if (stage === undefined || !pipelineStages.includes(stage)) continue;
    entries.push({ personId: admission.personId, admissionCaseId: admission.id, unitId: admission.unitId, stage });
  }
  return (await inSubtree(db, options, day, entries, (entry) => entry.unitId)).sort((a, b) => a.personId.localeCompare(b.personId));
}

/** Out of the subtree, into it, or between two of its units. */
export const transferDirections = ['out', 'in', 'within'] as const;
export type TransferDirection = (typeof transferDirections)[number];

export interface TransferInPeriod {
  readonly personId: string;
  readonly transfer: MembershipTransfer;
  readonly direction: TransferDirection;
}

/**
 * Transfers of membership in a period (both days included), seen from the units in a subtree in the period: a letter
 * issued in the period by a unit of the subtree to a unit outside it (or to no unit of ours) is a transfer out; a
 * letter accepted in the period by a unit of the subtree from a unit outside it is a transfer in; a letter issued in
 * the period between two units of the subtree moves the member within it. Without a root, every unit is ours.
 */
export async function transfersBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<TransferInPeriod[]> {
  const scopes = scopesOf(db, options);
  const unitIds = scopes ? await scopes.during(from, to) : undefined;
  const ours = (unitId: string | undefined) => unitId !== undefined && (unitIds === undefined || unitIds.has(unitId));
  const inPeriod = (day: string | undefined) => day !== undefined && day >= from && day <= to;
  const found: TransferInPeriod[] = [];
  for (const transfer of await recordsInRange(db, options.records, 'membershipTransfer', 'issuedOn', { to })) {
    const sender = ours(transfer.fromUnitId);
    const receiver = ours(transfer.toUnitId);
    const accepted = transfer.status === 'accepted' && inPeriod(transfer.acceptedOn);
    let direction: TransferDirection | undefined;
    if (inPeriod(transfer.issuedOn) && sender) direction = receiver ? 'within' : 'out';
    else if (accepted && receiver && !sender) direction = 'in';
    if (direction) found.push({ personId: transfer.personId, transfer, direction });
  }
  return found.sort((a, b) => a.transfer.issuedOn.localeCompare(b.transfer.issuedOn) || a.transfer.id.localeCompare(b.transfer.id));
}
