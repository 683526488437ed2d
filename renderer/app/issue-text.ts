/**
 * A refusal in the user's words, the one way every form says it: ISO days as dd/mm/yyyy, coded parameters (a stage,
 * a status) by their names, and the refused field by its label.
 */
import type { TFunction } from 'i18next';
import { formatPartialDate, isIsoDate } from '../../shared/dates/partial-date';
import type { FieldIssue } from '../../shared/validation/issues';

/** For each parameter that holds a code, the texts that name it: `{ stage: 'admission.stages' }`. */
export type CodeTexts = Readonly<Record<string, string>>;

export function readableParams(t: TFunction, params: Readonly<Record<string, string | number>>, codeTexts: CodeTexts = {}): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value === 'string' && codeTexts[name]) return [name, t(`${codeTexts[name]}.${value}`)];
      return [name, typeof value === 'string' && isIsoDate(value) ? formatPartialDate(value) : value];
    }),
  );
}

/** The last named part of a field's path: `rows.3.points` → points, `decision.number` → number. */
export function namedField(path: string): string {
  return path.split('.').findLast((part) => !/^\d+$/.test(part)) ?? path;
}

/** The message of a refused field, the field named by `label` (given the field's whole path). */
export function issueText(t: TFunction, issue: FieldIssue, label: (field: string) => string, codeTexts: CodeTexts = {}): string {
  return t(issue.messageKey, { ...readableParams(t, issue.params, codeTexts), field: label(issue.field) });
}
