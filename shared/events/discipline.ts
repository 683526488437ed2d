import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { catalogCode, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkAfter, checkSubject, requiredDecision, subjectFields } from './event-fields';

/**
 * A disciplinary measure (kỷ luật) against a member or an organization. The party system has its forms for
 * organizations (reprimand, warning, dissolution), full and probationary members; the state system has its own
 * list for civil servants, and applies to people only. Forms are codes of the `partyDisciplineForm` and
 * `stateDisciplineForm` catalogs.
 */
export const disciplineSystems = ['party', 'state'] as const;
export type DisciplineSystem = (typeof disciplineSystems)[number];

export const disciplineSchema = z
  .object({
    ...subjectFields,
    system: z.enum(disciplineSystems, { message: 'validation.chooseOne' }),
    formCode: catalogCode,
    reason: text(2000),
    decision: requiredDecision,
    /** When the measure stops counting (e.g. for planning and appointment). */
    expiresOn: isoDate.optional(),
    /** The inspection whose conclusion led to it, if any. */
    inspectionId: recordId.optional(),
  })
  .superRefine((discipline, context) => {
    checkSubject(discipline, context);
    if (discipline.system === 'state' && discipline.subject === 'unit') {
      context.addIssue({ code: 'custom', path: ['subject'], message: 'validation.stateDisciplinePersonOnly' });
    }
    checkAfter(context, ['expiresOn'], discipline.decision.date, discipline.expiresOn);
  });
export type Discipline = z.infer<typeof disciplineSchema> & { readonly id: string };

export const disciplineRecordType = defineRecordType({
  name: 'discipline',
  table: 'disciplines',
  schema: disciplineSchema,
  indexes: ['personId', 'unitId', '_date', '[system+_date]', 'expiresOn', 'inspectionId'],
  /** `_date`: the decision's date (nested fields cannot be indexed in a compound index). */
  derive: (discipline) => ({ _date: discipline.decision.date }),
});
