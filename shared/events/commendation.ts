import { z } from 'zod';
import { catalogCode, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkDistinct, level, requiredDecision } from './event-fields';

/**
 * A commendation (khen thưởng: bằng khen, giấy khen, huy hiệu…) by one decision, to one or more people and/or
 * collectives (units). The form is a code of the `awardForm` catalog.
 */
export const commendationRecipient = z
  .object({ personId: recordId.optional(), unitId: recordId.optional() }, { message: 'validation.required' })
  .superRefine((recipient, context) => {
    if ((recipient.personId === undefined) === (recipient.unitId === undefined)) {
      context.addIssue({ code: 'custom', path: ['personId'], message: 'validation.recipientPersonOrUnit' });
    }
  });
export type CommendationRecipient = z.infer<typeof commendationRecipient>;

export const commendationSchema = z
  .object({
    formCode: catalogCode,
    decision: requiredDecision,
    reason: text(2000),
    /** The level of the authority that gave it. */
    issuingLevel: level,
    recipients: z.array(commendationRecipient, { message: 'validation.required' }).min(1, 'validation.required'),
  })
  .superRefine((commendation, context) => {
    const keys = commendation.recipients.map((recipient) => (recipient.personId ? `person:${recipient.personId}` : `unit:${recipient.unitId ?? ''}`));
    checkDistinct(keys, context, ['recipients']);
  });
export type Commendation = z.infer<typeof commendationSchema> & { readonly id: string };

export const commendationRecordType = defineRecordType({
  name: 'commendation',
  table: 'commendations',
  schema: commendationSchema,
  indexes: ['*_personIds', '*_unitIds', '_date', 'formCode', 'issuingLevel'],
  /** Recipients as multi-entry indexes ("commendations of this person / unit"), and the decision's date. */
  derive: (commendation) => ({
    _personIds: commendation.recipients.flatMap((recipient) => (recipient.personId ? [recipient.personId] : [])),
    _unitIds: commendation.recipients.flatMap((recipient) => (recipient.unitId ? [recipient.unitId] : [])),
    _date: commendation.decision.date,
  }),
});
