import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { optionalText, text } from '../records/common-fields';
import { checkAfter } from '../events/event-fields';

/**
 * The plan to close a coverage gap: a residential area without a cell or member, or a non-state enterprise without a
 * party organization. Decided on a day with the measures (develop members there, form a cell, join a cell) and the
 * person or body responsible, to be met by a target date. Kept on the area or enterprise: one plan in force at a time.
 */
export const coveragePlanSchema = z
  .object({
    decidedOn: isoDate,
    targetDate: isoDate,
    measures: text(2000),
    responsible: optionalText(300),
  })
  .superRefine((plan, context) => checkAfter(context, ['targetDate'], plan.decidedOn, plan.targetDate));
export type CoveragePlan = z.infer<typeof coveragePlanSchema>;
