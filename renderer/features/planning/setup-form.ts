/** The forms that set a plan up: a new cycle with its two terms, and a position planned in a unit. Parsed with zod. */
import { z } from 'zod';
import { levels } from '../../../shared/events/event-fields';
import type { RecordInput } from '../../../shared/records/registry';
import { toFieldIssues } from '../../../shared/validation/issues';
import { optionalText, requiredText, wholeNumberText } from './form-text';
import type { Parsed } from './use-decision-form';

export interface CycleFormValues {
  readonly name: string;
  readonly partyTermFrom: string;
  readonly partyTermTo: string;
  readonly stateTermFrom: string;
  readonly stateTermTo: string;
}

export const emptyCycle: CycleFormValues = { name: '', partyTermFrom: '', partyTermTo: '', stateTermFrom: '', stateTermTo: '' };

const yearText = wholeNumberText(1930, 2200);
const cycleForm = z.object({ name: requiredText, partyTermFrom: yearText, partyTermTo: yearText, stateTermFrom: yearText, stateTermTo: yearText });

export function cycleFromForm(values: CycleFormValues): Parsed<RecordInput<'planningCycle'>> {
  const parsed = cycleForm.safeParse(values);
  return parsed.success ? { request: parsed.data } : { issues: toFieldIssues(parsed.error) };
}

export interface PositionFormValues {
  readonly unitId: string;
  readonly postCode: string;
  readonly title: string;
  readonly level: string;
  readonly seats: string;
  readonly note: string;
}

export const emptyPosition: PositionFormValues = { unitId: '', postCode: '', title: '', level: '', seats: '1', note: '' };

const positionForm = z.object({
  unitId: z.string().min(1, 'validation.chooseOne'),
  postCode: z.string().min(1, 'validation.chooseOne'),
  title: requiredText,
  level: z.enum(levels, { message: 'validation.chooseOne' }),
  seats: wholeNumberText(1, 100),
  note: optionalText,
});

export function positionFromForm(cycleId: string, values: PositionFormValues): Parsed<RecordInput<'plannedPosition'>> {
  const parsed = positionForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { note, ...rest } = parsed.data;
  return { request: { cycleId, ...rest, ...(note ? { note } : {}) } };
}
