/** A refused field's message in the user's words, for the evaluation and consolidation screens. */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/validation/issues';

/**
 * The message of an issue, its field named by `label` from the last named part of its path (`rows.3.points` → points,
 * `decision.number` → number). A stage given as a parameter is named in words too.
 */
export function issueText(t: TFunction, issue: FieldIssue, label: (field: string) => string): string {
  const field = issue.field.split('.').findLast((part) => !/^\d+$/.test(part)) ?? issue.field;
  const stage = typeof issue.params.stage === 'string' ? { stage: t(`evaluation.stages.${issue.params.stage}`) } : {};
  return t(issue.messageKey, { ...issue.params, ...stage, field: label(field) });
}
