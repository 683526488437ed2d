/**
 * Movements of membership in a period or on a day: admissions, party exits by type, and members in transit
 * between two units with their introduction letter.
 */
import type { IsoDate } from '../dates/partial-date';
import { partyExitTypes, type PartyExit, type PartyExitType } from '../events/exit';
import { inTransitStatuses, type MembershipTransfer } from '../events/transfer';
import { unitOn } from '../people/membership';
import type { Person } from '../people/person';
import { recordTypes } from '../records/registry';
import type { StoredRow } from '../records/stored-record';
import type { AppDatabase } from '../storage/database';
import { toRecord } from './records-reader';
import { daysFrom, scopeOn } from './scope';

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
const admittedOn = (person: Pick<Person, 'admissionDecisionDate' | 'admissionDate'>) => person.admissionDecisionDate ?? person.admissionDate;

/** Keeps the items whose unit was in the subtree of `rootUnitId` on `day` (all of them without a root). */
async function inSubtree<T>(db: AppDatabase, rootUnitId: string | undefined, day: IsoDate, items: T[], unitOf: (item: T) => string | undefined): Promise<T[]> {
  if (!rootUnitId) return items;
  const { unitIds } = await scopeOn(db, rootUnitId, day);
  return items.filter((item) => {
    const unitId = unitOf(item);
    return unitId !== undefined && unitIds.has(unitId);
  });
}

/**
 * People admitted between two days (both included): those with an admission case whose admission decision falls in
 * the period, and those whose person record dates their admission in it (people admitted before cases were kept).
 * One row per person. With `rootUnitId`, only admissions by units of that subtree (as the tree stood on `to`).
 */
export async function admissionsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: { rootUnitId?: string } = {}): Promise<Admission[]> {
  const byPerson = new Map<string, Admission>();
  const cases = await db.recordTable(recordTypes.admissionCase.table).where('_admittedOn').between(from, to, true, true).toArray();
  for (const row of cases.filter(live)) {
    const admission = toRecord<'admissionCase'>(row);
    byPerson.set(admission.personId, {
      personId: admission.personId,
      date: admission.admissionDecision!.date,
      unitId: admission.unitId,
      admissionCaseId: admission.id,
      ...(admission.enterpriseId ? { enterpriseId: admission.enterpriseId } : {}),
      ...(admission.residentialAreaId ? { residentialAreaId: admission.residentialAreaId } : {}),
    });
  }
  const people = await db
    .recordTable(recordTypes.person.table)
    .filter((row) => {
      const date = (row.admissionDecisionDate ?? row.admissionDate) as string | undefined;
      return live(row) && date !== undefined && date >= from && date <= to && !byPerson.has(row.id);
    })
    .toArray();
  for (const row of people) {
    const person = toRecord<'person'>(row);
    const date = admittedOn(person)!;
    const unitId = unitOn(person, person.admissionDate ?? date) ?? person.unitHistory[0]?.unitId;
    byPerson.set(person.id, { personId: person.id, date, ...(unitId ? { unitId } : {}) });
  }
  const admissions = await inSubtree(db, options.rootUnitId, to, [...byPerson.values()], (admission) => admission.unitId);
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
export async function partyExitsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: { rootUnitId?: string } = {}): Promise<PartyExits> {
  const rows = (await db.recordTable(recordTypes.partyExit.table).where('date').between(from, to, true, true).toArray()).filter(live);
  let exits = rows.map((row) => toRecord<'partyExit'>(row));
  if (options.rootUnitId) {
    const people = new Map((await db.recordTable(recordTypes.person.table).bulkGet([...new Set(exits.map((exit) => exit.personId))])).flatMap((row) => (row && live(row) ? [[row.id, toRecord<'person'>(row)] as const] : [])));
    const unitAtExit = (exit: PartyExit) => {
      const person = people.get(exit.personId);
      return person ? (unitOn(person, exit.date) ?? person.unitHistory.at(-1)?.unitId) : undefined;
    };
    exits = await inSubtree(db, options.rootUnitId, to, exits, unitAtExit);
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
export async function membersInTransitOn(db: AppDatabase, day: IsoDate, options: { rootUnitId?: string } = {}): Promise<MemberInTransit[]> {
  const rows = (await db.recordTable(recordTypes.membershipTransfer.table).where('issuedOn').belowOrEqual(day).toArray()).filter(live);
  const travelling = rows.map((row) => toRecord<'membershipTransfer'>(row)).filter((transfer) => inTransitOn(transfer, day));
  const sent = await inSubtree(db, options.rootUnitId, day, travelling, (transfer) => transfer.fromUnitId);
  return sent
    .map((transfer) => ({ personId: transfer.personId, transfer, days: daysFrom(transfer.issuedOn, day), overdue: day > transfer.presentBy }))
    .sort((a, b) => b.days - a.days || a.personId.localeCompare(b.personId));
}
