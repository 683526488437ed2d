import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { decision, optionalText, recordId } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';

/**
 * A member leaving the party (đưa ra khỏi Đảng): expulsion (khai trừ), struck off the list (xóa tên),
 * dismissal from the party (cho ra khỏi Đảng), resignation (xin ra khỏi Đảng), or death. Distinct types,
 * because the reports count members leaving by cause. All but death are decided by a decision.
 */
export const partyExitTypes = ['expulsion', 'struck-off', 'dismissal', 'resignation', 'death'] as const;
export type PartyExitType = (typeof partyExitTypes)[number];

export const partyExitSchema = z
  .object({
    personId: recordId,
    type: z.enum(partyExitTypes, { message: 'validation.chooseOne' }),
    date: isoDate,
    decision: decision.optional(),
    reason: optionalText(2000),
  })
  .superRefine((exit, context) => {
    if (exit.type !== 'death' && exit.decision === undefined) context.addIssue({ code: 'custom', path: ['decision'], message: 'validation.required' });
  });
export type PartyExit = z.infer<typeof partyExitSchema> & { readonly id: string };

export const partyExitRecordType = defineRecordType({
  name: 'partyExit',
  table: 'partyExits',
  schema: partyExitSchema,
  indexes: ['personId', 'date', '[type+date]'],
});
