/**
 * The movement form: what was typed, parsed with zod into the request the domain service judges, and where the
 * service's refusals go back on the form.
 */
import { z } from 'zod';
import type { MovementRequest } from '../../../shared/movements/movement-service';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { Parsed } from '../planning/use-decision-form';
import { dayText, optionalText, requiredText } from '../planning/form-text';

export interface MovementFormValues {
  readonly movementTypeCode: string;
  readonly personId: string;
  readonly toUnitId: string;
  readonly toPost: string;
  readonly toPostCode: string;
  readonly workplace: string;
  readonly effectiveDate: string;
  readonly termYears: string;
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly signedBy: string;
  readonly note: string;
}

export const emptyMovement: MovementFormValues = {
  movementTypeCode: '',
  personId: '',
  toUnitId: '',
  toPost: '',
  toPostCode: '',
  workplace: '',
  effectiveDate: '',
  termYears: '',
  decisionNumber: '',
  decisionDate: '',
  signedBy: '',
  note: '',
};

const chosen = z.string().min(1, 'validation.chooseOne');
const optionalWholeNumber = z
  .string()
  .trim()
  .regex(/^\d*$/, 'validation.wholeNumber')
  .transform((text) => (text === '' ? undefined : Number(text)));

const movementForm = z.object({
  movementTypeCode: chosen,
  personId: chosen,
  toUnitId: optionalText,
  toPost: optionalText,
  toPostCode: optionalText,
  workplace: optionalText,
  effectiveDate: dayText,
  termYears: optionalWholeNumber,
  decisionNumber: requiredText,
  decisionDate: dayText,
  signedBy: optionalText,
  note: optionalText,
});

export function movementFromForm(values: MovementFormValues): Parsed<MovementRequest> {
  const parsed = movementForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { decisionNumber, decisionDate, signedBy, termYears, ...rest } = parsed.data;
  return { request: { ...rest, ...(termYears === undefined ? {} : { termYears }), decision: { number: decisionNumber, date: decisionDate, ...(signedBy ? { signedBy } : {}) } } };
}

/** Where a refusal of the service (or of the records it writes) belongs on the form. */
export function movementFieldOf(serviceField: string): string {
  const mapped: Record<string, string> = { 'decision.number': 'decisionNumber', 'decision.date': 'decisionDate', 'decision.signedBy': 'signedBy', termEndDate: 'termYears', post: 'toPost', from: 'effectiveDate' };
  return mapped[serviceField] ?? serviceField;
}
