/**
 * What the workflow forms accept as typed text, parsed with zod before anything is sent: a day as dd/mm/yyyy,
 * a whole number, an optional text. Refusals carry the same `validation.*` keys as the domain schemas.
 */
import { z } from 'zod';
import { parseDay } from '../organizations/as-at';
import { formatPartialDate, isIsoDate } from '../../../shared/dates/partial-date';
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

/** A refusal's parameters as the user reads them: ISO days as dd/mm/yyyy. */
const readable = (params: FieldIssue['params']) => Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && isIsoDate(value) ? formatPartialDate(value) : value]));

/** The refusal shown under each field (the first one), with the field's label in it. */
export function errorsByField(issues: readonly FieldIssue[], translate: (key: string, params: Record<string, string | number>) => string, label: (field: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.field] ??= translate(issue.messageKey, { ...readable(issue.params), field: label(issue.field) });
  return errors;
}
