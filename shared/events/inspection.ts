import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { optionalText, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkDistinct, checkSubject, idList, subjectFields, year } from './event-fields';

/**
 * An inspection or a supervision (kiểm tra, giám sát) of an organization or a member, planned for a year,
 * with its conclusion and the discipline it led to.
 */
export const inspectionKinds = ['inspection', 'supervision'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];

export const inspectionSchema = z
  .object({
    kind: z.enum(inspectionKinds, { message: 'validation.chooseOne' }),
    planYear: year,
    ...subjectFields,
    content: text(4000),
    conclusion: optionalText(4000),
    concludedOn: isoDate.optional(),
    /** The `discipline` records decided on its conclusion. */
    resultingDisciplineIds: idList.default([]),
  })
  .superRefine((inspection, context) => {
    checkSubject(inspection, context);
    // A conclusion and its date go together; discipline follows a conclusion.
    const concluded = Boolean(inspection.conclusion);
    if (!concluded && (inspection.concludedOn !== undefined || inspection.resultingDisciplineIds.length > 0)) {
      context.addIssue({ code: 'custom', path: ['conclusion'], message: 'validation.required' });
    }
    if (concluded && inspection.concludedOn === undefined) context.addIssue({ code: 'custom', path: ['concludedOn'], message: 'validation.required' });
    checkDistinct(inspection.resultingDisciplineIds, context, ['resultingDisciplineIds']);
  });
export type Inspection = z.infer<typeof inspectionSchema> & { readonly id: string };

export const inspectionRecordType = defineRecordType({
  name: 'inspection',
  table: 'inspections',
  schema: inspectionSchema,
  indexes: ['personId', 'unitId', 'planYear', '[kind+planYear]', '*resultingDisciplineIds'],
});
