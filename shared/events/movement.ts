import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkAfter, requiredDecision, wholeNumber } from './event-fields';

/**
 * A decision that moves a cadre between posts: rotation, reassignment, appointment, reappointment, dismissal,
 * resignation from a post, removal from a post (codes of the `movementType` catalog). Appointments run for a term
 * (usually 5 years) whose end is warned about ahead of time. Each movement also writes a row of the person's
 * work history (a `personHistory` of kind `work` pointing back with `movementId`).
 */
export const movementSchema = z
  .object({
    /** From the `movementType` catalog: rotation, reassignment, appointment, reappointment, dismissal, resignation-from-post, removal-from-post. */
    movementTypeCode: catalogCode,
    personId: recordId,
    fromUnitId: recordId.optional(),
    fromPost: optionalText(300),
    toUnitId: recordId.optional(),
    toPost: optionalText(300),
    /** From the `partyPost` or `governmentPost` catalog, for standards and statistics. */
    toPostCode: catalogCode.optional(),
    effectiveDate: isoDate,
    termYears: wholeNumber(1, 10).optional(),
    termEndDate: isoDate.optional(),
    /** Whether the person was in the planning pool for the post (reports count appointments from planning). */
    wasInPlanning: z.boolean({ message: 'validation.chooseOne' }),
    decision: requiredDecision,
    note: optionalText(1000),
  })
  .superRefine((movement, context) => {
    checkAfter(context, ['termEndDate'], movement.effectiveDate, movement.termEndDate);
    if (movement.fromPost === undefined && movement.toPost === undefined) {
      context.addIssue({ code: 'custom', path: ['toPost'], message: 'validation.postRequired' });
    }
  });
export type Movement = z.infer<typeof movementSchema> & { readonly id: string };

export const movementRecordType = defineRecordType({
  name: 'movement',
  table: 'movements',
  schema: movementSchema,
  indexes: ['personId', 'effectiveDate', 'movementTypeCode', 'fromUnitId', 'toUnitId', 'termEndDate'],
});
