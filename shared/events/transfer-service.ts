/**
 * Membership transfers as an office works them: the register of letters sent out, members in transit (counted,
 * with the 30 days to present the letter and who is past them) and members coming in; issuing a letter, signing
 * it on at a hop, accepting the member at the receiving unit (whose records then hold them), and closing a letter
 * that came back or was never presented. Every write goes through the one write path; a refusal writes nothing.
 */
import { z } from 'zod';
import { daysFrom, isoDate, type IsoDate } from '../dates/partial-date';
import { isMemberOn, moveToUnit, unitOn } from '../people/membership';
import { membersInTransitOn, transfersBetween } from '../queries/membership-queries';
import { byVietnamese, unitTreeOn } from '../queries/people-queries';
import { recordsInRange } from '../queries/record-cache';
import { recordsById } from '../queries/records-reader';
import { blankAsAbsent, optionalText, recordId, text } from '../records/common-fields';
import { RecordNotFound, writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail } from '../validation/issues';
import { RuleRefused } from './rule-refused';
import { inTransitStatuses, presentationDeadline, transferKinds, type MembershipTransfer } from './transfer';

export const issueTransferSchema = z.object({
  personId: recordId,
  kind: z.enum(transferKinds, { message: 'validation.chooseOne' }),
  letterNumber: text(60),
  /** The receiving unit when it is one of ours; the destination then defaults to its name. */
  toUnitId: blankAsAbsent(recordId.optional()),
  destination: optionalText(300),
  issuedOn: isoDate,
  /** The committee signing the first box of the letter. */
  signedBy: optionalText(300),
  note: optionalText(1000),
});

export const signHopSchema = z.object({ office: text(300), signedOn: isoDate });

export const acceptTransferSchema = z.object({
  acceptedOn: isoDate,
  toUnitId: recordId,
  /** Required when the letter is presented after its deadline: why it came late. */
  note: optionalText(1000),
});

export const closeTransferSchema = z.object({
  status: z.enum(['returned', 'expired'], { message: 'validation.chooseOne' }),
  note: optionalText(1000),
});

async function openTransfer(writer: Writer, transferId: string): Promise<MembershipTransfer> {
  const transfer = await writer.get('membershipTransfer', transferId);
  if (!transfer) throw new RecordNotFound('membershipTransfer', transferId);
  if (!inTransitStatuses.includes(transfer.status)) throw new RuleRefused('transfers.refused.closed', { letterNumber: transfer.letterNumber, status: transfer.status });
  return transfer;
}

const withNote = (transfer: MembershipTransfer, note: string | undefined) => (note ? { note: transfer.note ? `${transfer.note}\n${note}` : note } : {});

/**
 * Issues an introduction letter for a member of one of our units: refused for someone who is not a party member on
 * that day, who already travels with a letter, or with a letter number already given.
 */
export async function issueTransfer(context: WriteContext, input: unknown, today: IsoDate): Promise<MembershipTransfer> {
  const values = parseOrFail(issueTransferSchema, input);
  return writeRecords(context, async (writer) => {
    const person = await writer.get('person', values.personId);
    if (!person) throw new RuleRefused('transfers.refused.noPerson');
    if (values.issuedOn > today) throw new RuleRefused('transfers.refused.future', { date: values.issuedOn });
    if (!isMemberOn(person, values.issuedOn)) throw new RuleRefused('transfers.refused.notMember', { name: person.fullName, date: values.issuedOn });
    const travelling = (await writer.findBy('membershipTransfer', 'personId', person.id)).find((transfer) => inTransitStatuses.includes(transfer.status));
    if (travelling) throw new RuleRefused('transfers.refused.alreadyInTransit', { name: person.fullName, letterNumber: travelling.letterNumber });
    if ((await writer.findBy('membershipTransfer', 'letterNumber', values.letterNumber)).length > 0) throw new RuleRefused('transfers.refused.letterNumberTaken', { letterNumber: values.letterNumber });
    const toUnit = values.toUnitId ? await writer.get('unit', values.toUnitId) : undefined;
    const destination = values.destination || (toUnit ? toUnit.periods.at(-1)!.name : '');
    return writer.create('membershipTransfer', {
      personId: person.id,
      kind: values.kind,
      letterNumber: values.letterNumber,
      fromUnitId: unitOn(person, values.issuedOn) ?? person.unitId,
      ...(values.toUnitId ? { toUnitId: values.toUnitId } : {}),
      destination,
      issuedOn: values.issuedOn,
      presentBy: presentationDeadline(values.issuedOn),
      hops: values.signedBy ? [{ office: values.signedBy, signedOn: values.issuedOn }] : [],
      status: 'issued',
      ...(values.note ? { note: values.note } : {}),
    });
  });
}

/** A committee on the way signs its box of the letter: the member is in transit from then on. */
export async function signTransferHop(context: WriteContext, transferId: string, input: unknown, today: IsoDate): Promise<MembershipTransfer> {
  const hop = parseOrFail(signHopSchema, input);
  return writeRecords(context, async (writer) => {
    const transfer = await openTransfer(writer, transferId);
    if (hop.signedOn > today) throw new RuleRefused('transfers.refused.future', { date: hop.signedOn });
    return writer.update('membershipTransfer', transferId, { hops: [...transfer.hops, hop], status: 'in-transit' });
  });
}

/**
 * The receiving unit accepts the member on the day the letter is presented. A letter presented after its 30 days
 * needs the reason written down. From a permanent or internal transfer on, the member belongs to the receiving
 * unit (their unit history moves); a temporary transfer leaves their official unit as it was.
 */
export async function acceptTransfer(context: WriteContext, transferId: string, input: unknown, today: IsoDate): Promise<MembershipTransfer> {
  const values = parseOrFail(acceptTransferSchema, input);
  return writeRecords(context, async (writer) => {
    const transfer = await openTransfer(writer, transferId);
    if (values.acceptedOn > today) throw new RuleRefused('transfers.refused.future', { date: values.acceptedOn });
    if (values.acceptedOn > transfer.presentBy && !values.note) throw new RuleRefused('transfers.refused.lateWithoutReason', { presentBy: transfer.presentBy, days: daysFrom(transfer.presentBy, values.acceptedOn) });
    if (!(await writer.get('unit', values.toUnitId))) throw new RecordNotFound('unit', values.toUnitId);
    const person = await writer.get('person', transfer.personId);
    if (!person) throw new RuleRefused('transfers.refused.noPerson');
    const accepted = await writer.update('membershipTransfer', transferId, { status: 'accepted', acceptedOn: values.acceptedOn, toUnitId: values.toUnitId, ...withNote(transfer, values.note) });
    if (transfer.kind !== 'temporary' && person.unitId !== values.toUnitId) await writer.update('person', person.id, moveToUnit(person, values.toUnitId, values.acceptedOn));
    return accepted;
  });
}

/** The letter came back, or its deadline passed without it being presented (refused before the deadline). */
export async function closeTransfer(context: WriteContext, transferId: string, input: unknown, today: IsoDate): Promise<MembershipTransfer> {
  const values = parseOrFail(closeTransferSchema, input);
  return writeRecords(context, async (writer) => {
    const transfer = await openTransfer(writer, transferId);
    if (values.status === 'expired' && today <= transfer.presentBy) throw new RuleRefused('transfers.refused.notOverdue', { presentBy: transfer.presentBy });
    return writer.update('membershipTransfer', transferId, { status: values.status, ...withNote(transfer, values.note) });
  });
}

export interface TransferRow {
  readonly transfer: MembershipTransfer;
  readonly personName: string;
  readonly fromUnitName: string;
  /** Ours when the receiving unit is one of our units, else the destination the letter names. */
  readonly toName: string;
  /** Days since the letter was issued (to the register's day). */
  readonly days: number;
  readonly overdue: boolean;
}

export interface TransferRegister {
  readonly day: IsoDate;
  readonly from: IsoDate;
  /** Letters our units issued in the period (to units elsewhere or to other units of ours). */
  readonly out: readonly TransferRow[];
  /** Members sent by our units who travel on the day: counted explicitly, the overdue ones flagged. */
  readonly inTransit: readonly TransferRow[];
  /** Letters addressed to our units and not yet accepted: what the receiving units have to act on. */
  readonly awaiting: readonly TransferRow[];
  /** Members accepted into our units in the period. */
  readonly in: readonly TransferRow[];
}

/** The transfer register of a subtree (all units without a root) for a period ending on `day`. */
export async function loadTransferRegister(db: AppDatabase, options: { day: IsoDate; from: IsoDate; rootUnitId?: string }): Promise<TransferRegister> {
  const { day, from } = options;
  const scope = options.rootUnitId ? { rootUnitId: options.rootUnitId } : {};
  const tree = await unitTreeOn(db, day);
  const ours = options.rootUnitId ? tree.subtreeIds(options.rootUnitId) : undefined;
  const [inPeriod, travelling, issued] = await Promise.all([
    transfersBetween(db, from, day, scope),
    membersInTransitOn(db, day, scope),
    recordsInRange(db, undefined, 'membershipTransfer', 'issuedOn', { to: day }),
  ]);
  const toOurs = (transfer: MembershipTransfer) => transfer.toUnitId !== undefined && (!ours || ours.has(transfer.toUnitId));
  const pending = issued.filter((transfer) => inTransitStatuses.includes(transfer.status) && toOurs(transfer));
  // Accepted by one of our units in the period, from anywhere (a move within the subtree too, whenever issued).
  const accepted = issued.filter((transfer) => transfer.status === 'accepted' && transfer.acceptedOn !== undefined && transfer.acceptedOn >= from && transfer.acceptedOn <= day && toOurs(transfer));
  const all = [...inPeriod.map((entry) => entry.transfer), ...travelling.map((entry) => entry.transfer), ...pending, ...accepted];
  const people = await recordsById(db, 'person', all.map((transfer) => transfer.personId));
  const unitName = (id: string | undefined) => (id === undefined ? undefined : tree.get(id)?.name);
  const row = (transfer: MembershipTransfer): TransferRow => ({
    transfer,
    personName: people.get(transfer.personId)?.fullName ?? '',
    fromUnitName: unitName(transfer.fromUnitId) ?? '',
    toName: unitName(transfer.toUnitId) ?? transfer.destination,
    days: daysFrom(transfer.issuedOn, transfer.acceptedOn ?? day),
    overdue: inTransitStatuses.includes(transfer.status) && day > transfer.presentBy,
  });
  const byIssued = (a: TransferRow, b: TransferRow) => b.transfer.issuedOn.localeCompare(a.transfer.issuedOn) || byVietnamese(a.personName, b.personName);
  return {
    day,
    from,
    out: inPeriod.filter((entry) => entry.direction !== 'in').map((entry) => row(entry.transfer)).sort(byIssued),
    inTransit: travelling.map((entry) => row(entry.transfer)),
    awaiting: pending.map(row).sort((a, b) => a.transfer.presentBy.localeCompare(b.transfer.presentBy)),
    in: accepted.map(row).sort(byIssued),
  };
}
