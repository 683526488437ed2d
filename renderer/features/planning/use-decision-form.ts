/**
 * The life of a workflow's decision form: what was typed is parsed (zod) into a request, the domain service judges
 * it, and its refusals go back under the fields they name, with one line saying the decision was not saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureDetail } from '../../app/failure-detail';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import type { StatusText } from '../workflows/StatusMessage';
import { errorsByField } from './form-text';

export type Parsed<Q> = { readonly request: Q } | { readonly issues: FieldIssue[] };

export interface DecisionFormTexts {
  /** The field's label, put in its refusal. */
  label(field: string): string;
  /** Said when the service refuses the decision. */
  readonly refusedKey: string;
  /** Said (with `detail`) when saving failed otherwise. */
  readonly failedKey: string;
}

export function useDecisionForm({ label, refusedKey, failedKey }: DecisionFormTexts) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<StatusText | null>(null);
  const [saving, setSaving] = useState(false);

  /** Saves a parsed request; `fieldOf` places the service's refusals on the form, `done` says what was saved. */
  async function save<Q, R>(parsed: Parsed<Q>, send: (request: Q) => Promise<R>, fieldOf: (serviceField: string) => string, done: (result: R) => Promise<string>): Promise<void> {
    setMessage(null);
    if ('issues' in parsed) return setErrors(errorsByField(parsed.issues, t, label));
    setErrors({});
    setSaving(true);
    try {
      const result = await send(parsed.request);
      setMessage({ kind: 'notice', text: await done(result) });
    } catch (cause) {
      if (cause instanceof ValidationFailed) {
        setErrors(errorsByField(cause.issues.map((issue) => ({ ...issue, field: fieldOf(issue.field) })), t, label));
        setMessage({ kind: 'error', text: t(refusedKey) });
      } else setMessage({ kind: 'error', text: t(failedKey, { detail: failureDetail(cause, t) }) });
    } finally {
      setSaving(false);
    }
  }

  return { errors, setErrors, message, setMessage, saving, save, errorFor: (key: string) => errors[key] };
}
