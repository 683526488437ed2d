import { z } from 'zod';
import { catalogCode, decision, optionalText } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkSubject, subjectFields, subjectIdOf, wholeNumber, year } from './event-fields';

/**
 * The yearly (since 2025 also quarterly) evaluation and rating of a party member or an organization.
 * Rating schemes changed over the years (four grades 2008-2017 and 2018-2025, a 100-point scale from 2025),
 * so each evaluation keeps its scheme, its period, its grade and, under the points scheme, its points.
 */
export const evaluationStages = ['self-assessment', 'verification', 'decision', 'published'] as const;
export type EvaluationStage = (typeof evaluationStages)[number];

export const evaluationPeriod = z.object(
  {
    year,
    /** Set for a quarterly evaluation; absent for the yearly one. */
    quarter: wholeNumber(1, 4).optional(),
  },
  { message: 'validation.required' },
);
export type EvaluationPeriod = z.infer<typeof evaluationPeriod>;

export const evaluationSchema = z
  .object({
    ...subjectFields,
    /** From the `ratingScheme` catalog. */
    ratingSchemeCode: catalogCode,
    period: evaluationPeriod,
    /** From the `rating` catalog, a grade of the scheme (at self-assessment: the grade proposed). */
    ratingCode: catalogCode,
    points: z.number({ message: 'validation.number' }).min(0, 'validation.tooSmall').max(100, 'validation.tooLarge').optional(),
    stage: z.enum(evaluationStages, { message: 'validation.chooseOne' }),
    decision: decision.optional(),
    note: optionalText(2000),
  })
  .superRefine((evaluation, context) => checkSubject(evaluation, context));
export type Evaluation = z.infer<typeof evaluationSchema> & { readonly id: string };

export const evaluationRecordType = defineRecordType({
  name: 'evaluation',
  table: 'evaluations',
  schema: evaluationSchema,
  indexes: ['personId', 'unitId', '[_subjectId+_year]', '[subject+_year]', '[_year+ratingCode]', 'stage'],
  /** `_year` from the period (nested fields cannot be in a compound index); `_subjectId` is the person or the unit. */
  derive: (evaluation) => ({ _subjectId: subjectIdOf(evaluation), _year: evaluation.period.year }),
});
