import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { decision, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkNotBefore, year, yearOf } from './event-fields';

/**
 * A weak party organization's consolidation program (củng cố tổ chức đảng yếu kém): entered after a weak rating,
 * with measures, a person in charge and a target year, tracked until the organization leaves it.
 */
export const consolidationSchema = z
  .object({
    unitId: recordId,
    enteredOn: isoDate,
    /** The evaluation that rated the organization weak, when it is recorded. */
    evaluationId: recordId.optional(),
    decision: decision.optional(),
    reason: text(2000),
    measures: text(4000),
    /** Who is in charge of it, as the plan names them ("đồng chí …, Phó Bí thư Đảng ủy"). */
    responsiblePerson: text(200),
    /** The year by which the organization should no longer be weak. */
    targetYear: year,
    leftOn: isoDate.optional(),
    /** The decision recognizing that the organization has left the program. */
    exitDecision: decision.optional(),
    outcome: optionalText(2000),
  })
  .superRefine((program, context) => {
    checkNotBefore(context, ['leftOn'], program.enteredOn, program.leftOn);
    if (program.exitDecision && !program.leftOn) context.addIssue({ code: 'custom', path: ['exitDecision'], message: 'validation.notForStatus' });
    if (program.enteredOn.length === 10 && program.targetYear < yearOf(program.enteredOn)) {
      context.addIssue({ code: 'custom', path: ['targetYear'], message: 'validation.endBeforeStart' });
    }
  });
export type Consolidation = z.infer<typeof consolidationSchema> & { readonly id: string };

export const consolidationRecordType = defineRecordType({
  name: 'consolidation',
  table: 'consolidations',
  schema: consolidationSchema,
  indexes: ['unitId', 'enteredOn', 'targetYear', '_open'],
  /** `_open` is 1 while the organization is in the program, 0 once it has left (IndexedDB cannot index booleans). */
  derive: (program) => ({ _open: program.leftOn ? 0 : 1 }),
});
