import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkInOrder, checkNotBefore } from './event-fields';

/**
 * A transfer of party membership (chuyển sinh hoạt đảng): permanent, temporary, internal (within the committee)
 * or abroad. A permanent transfer travels with an introduction letter signed at each hop (cell → grassroots →
 * district → province → … → receiving cell); the member has 30 days to present it. While it travels the member is
 * counted as in transit, and the record's ownership moves to the receiving office.
 */
export const transferKinds = ['permanent', 'temporary', 'internal', 'abroad'] as const;
export type TransferKind = (typeof transferKinds)[number];
export const transferStatuses = ['issued', 'in-transit', 'accepted', 'returned', 'expired'] as const;
export type TransferStatus = (typeof transferStatuses)[number];
/** Statuses in which the member is between two units. */
export const inTransitStatuses: readonly TransferStatus[] = ['issued', 'in-transit'];

/** Days the member has to present the letter. */
export const presentationDays = 30;

/** The last day to present a letter issued on `issuedOn`. */
export function presentationDeadline(issuedOn: string, days = presentationDays): string {
  const date = new Date(`${issuedOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** One signed box of the introduction letter. */
export const transferHop = z.object({
  /** The committee that signed ("Đảng ủy xã …", "Ban Tổ chức Tỉnh ủy …"). */
  office: text(300),
  signedOn: isoDate,
});

export const membershipTransferSchema = z
  .object({
    personId: recordId,
    kind: z.enum(transferKinds, { message: 'validation.chooseOne' }),
    letterNumber: text(60),
    fromUnitId: recordId,
    /** The receiving unit when it is one of ours (always for an internal transfer). */
    toUnitId: recordId.optional(),
    /** The receiving organization as the letter writes it. */
    destination: text(300),
    issuedOn: isoDate,
    presentBy: isoDate,
    hops: z.array(transferHop, { message: 'validation.required' }).default([]),
    acceptedOn: isoDate.optional(),
    status: z.enum(transferStatuses, { message: 'validation.chooseOne' }),
    note: optionalText(1000),
  })
  .superRefine((transfer, context) => {
    if (transfer.kind === 'internal' && transfer.toUnitId === undefined) context.addIssue({ code: 'custom', path: ['toUnitId'], message: 'validation.required' });
    if (transfer.toUnitId !== undefined && transfer.toUnitId === transfer.fromUnitId) {
      context.addIssue({ code: 'custom', path: ['toUnitId'], message: 'validation.moveToSameUnit' });
    }
    checkNotBefore(context, ['presentBy'], transfer.issuedOn, transfer.presentBy);
    checkNotBefore(context, ['acceptedOn'], transfer.issuedOn, transfer.acceptedOn);
    if (transfer.hops.length > 0) checkNotBefore(context, ['hops', 0, 'signedOn'], transfer.issuedOn, transfer.hops[0]!.signedOn);
    checkInOrder(transfer.hops, (hop) => hop.signedOn, context, ['hops'], 'signedOn');
    if (transfer.status === 'accepted' && transfer.acceptedOn === undefined) context.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'validation.required' });
    if (transfer.status !== 'accepted' && transfer.acceptedOn !== undefined) context.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'validation.notForStatus' });
  });
export type MembershipTransfer = z.infer<typeof membershipTransferSchema> & { readonly id: string };

export const membershipTransferRecordType = defineRecordType({
  name: 'membershipTransfer',
  table: 'membershipTransfers',
  schema: membershipTransferSchema,
  indexes: ['personId', 'letterNumber', 'status', 'issuedOn', '[fromUnitId+issuedOn]', '[toUnitId+issuedOn]', '_inTransit'],
  /** `_inTransit` is 1 while the member is between units (counted explicitly in reports). */
  derive: (transfer) => ({ _inTransit: inTransitStatuses.includes(transfer.status) ? 1 : 0 }),
});
