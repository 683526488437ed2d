/**
 * What the workflow forms say when a write is not made: a rule's refusal in the user's words (dates as dd/mm/yyyy,
 * stages and statuses by their names), the fields a schema refused, or a failure's detail.
 */
import type { TFunction } from 'i18next';
import { RuleRefused } from '../../../shared/events/rule-refused';
import { ValidationFailed } from '../../../shared/validation/issues';
import { failureDetail } from '../../app/failure-detail';
import { issueText, readableParams, type CodeTexts } from '../../app/issue-text';

const codeTexts: CodeTexts = { stage: 'admission.stages', next: 'admission.stages', status: 'transfers.statuses' };

export type WriteOutcome = { readonly kind: 'refused' | 'invalid' | 'failed'; readonly text: string };

/** `area` names the catalog of the form: `admission` or `transfers` (its `fields`, `step`/`form` texts). */
export function writeOutcome(t: TFunction, error: unknown, area: 'admission' | 'transfers'): WriteOutcome {
  const texts = area === 'admission' ? 'admission.step' : 'transfers.form';
  if (error instanceof RuleRefused) return { kind: 'refused', text: t(`${texts}.refused`, { reason: t(error.reasonKey, readableParams(t, error.params, codeTexts)) }) };
  if (error instanceof ValidationFailed) return { kind: 'invalid', text: error.issues.map((issue) => issueText(t, issue, (field) => t(`${area}.fields.${field}`, field), codeTexts)).join(' ') };
  return { kind: 'failed', text: t(`${texts}.failed`, { detail: failureDetail(error, t) }) };
}
