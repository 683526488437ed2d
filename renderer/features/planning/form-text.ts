/**
 * What the workflow forms accept as typed text, parsed with zod before anything is sent: a day as dd/mm/yyyy,
 * a whole number, an optional text. Refusals carry the same `validation.*` keys as the domain schemas.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { parseDay } from '../organizations/as-at';
import { issueText } from '../../app/issue-text';
import type { FieldIssue } from '../../../shared/validation/issues';

export const dayText = z.string().transform((text, context) => {
  const day = parseDay(text.trim());
  if (day === null) {
    context.addIssue({ code: 'custom', message: text.trim() === '' ? 'validation.required' : 'validation.date' });
    return z.NEVER;
  }
  return day;
});

/** Blank is "not given"; anything else must be a day. */
export const optionalDayText = z.string().transform((text, context) => {
  if (text.trim() === '') return undefined;
  const day = parseDay(text.trim());
  if (day === null) {
    context.addIssue({ code: 'custom', message: 'validation.date' });
    return z.NEVER;
  }
  return day;
});

export const wholeNumberText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(/^\d+$/, 'validation.wholeNumber')
    .transform(Number)
    .pipe(z.number().min(min, 'validation.tooSmall').max(max, 'validation.tooLarge'));

export const optionalText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text));

export const requiredText = z.string().trim().min(1, 'validation.required');

/** The refusal shown under each field (the first one), with the field's label in it. */
export function errorsByField(issues: readonly FieldIssue[], t: TFunction, label: (field: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.field] ??= issueText(t, issue, label);
  return errors;
}
