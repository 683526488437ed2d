/**
 * What the workflow forms say when a write is not made: a rule's refusal in the user's words (dates as dd/mm/yyyy,
 * stages and statuses by their names), the fields a schema refused, or a failure's detail.
 */
import type { TFunction } from 'i18next';
import { isIsoDate, formatPartialDate } from '../../../shared/dates/partial-date';
import { RuleRefused, type RefusalParams } from '../../../shared/events/rule-refused';
import { ValidationFailed } from '../../../shared/validation/issues';
import { failureDetail } from '../../app/failure-detail';

/** Named params that hold a code to show by its name. */
const codeParams: Readonly<Record<string, string>> = { stage: 'admission.stages', next: 'admission.stages', status: 'transfers.statuses' };

function shownParams(t: TFunction, params: RefusalParams): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (typeof value === 'string' && codeParams[key]) return [key, t(`${codeParams[key]}.${value}`)];
      return [key, typeof value === 'string' && isIsoDate(value) ? formatPartialDate(value) : value];
    }),
  );
}

export type WriteOutcome = { readonly kind: 'refused' | 'invalid' | 'failed'; readonly text: string };

/** `area` names the catalog of the form: `admission` or `transfers` (its `fields`, `step`/`form` texts). */
export function writeOutcome(t: TFunction, error: unknown, area: 'admission' | 'transfers'): WriteOutcome {
  const texts = area === 'admission' ? 'admission.step' : 'transfers.form';
  if (error instanceof RuleRefused) return { kind: 'refused', text: t(`${texts}.refused`, { reason: t(error.reasonKey, shownParams(t, error.params)) }) };
  if (error instanceof ValidationFailed) {
    return { kind: 'invalid', text: error.issues.map((issue) => t(issue.messageKey, { ...issue.params, field: t(`${area}.fields.${issue.field}`, issue.field) })).join(' ') };
  }
  return { kind: 'failed', text: t(`${texts}.failed`, { detail: failureDetail(error, t) }) };
}
