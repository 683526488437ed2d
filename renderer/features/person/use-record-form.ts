import { failureDetail } from '../../app/failure-detail';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTypeName } from '../../../shared/records/registry';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import { useRecordTexts } from '../../i18n';
import { useReportUnsaved } from './unsaved-changes';

/**
 * The state every form of the person page shares: the typed texts, what they started as, the issues the domain
 * found (each shown next to its field, in the current language) and the saving flag. `submit` runs a save and
 * turns a ValidationFailed into those issues; anything else becomes the form's error line.
 */
export function useRecordForm(recordType: RecordTypeName, initial: Readonly<Record<string, string>>, fields: readonly string[]) {
  const { t } = useTranslation();
  const { describeIssue } = useRecordTexts();
  // What the texts are compared with to tell unsaved changes: the starting texts, or the last saved ones.
  const [baseline, setBaseline] = useState(initial);
  const [typed, setTyped] = useState<Record<string, string>>(() => ({ ...initial }));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = fields.some((field) => (typed[field] ?? '') !== (baseline[field] ?? ''));
  useReportUnsaved(dirty);
  // A form opened from the keyboard starts at its first field.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  /** The field an issue belongs to: its first path segment (`unitHistory.0.unitId` belongs to the form's unit). */
  const fieldOf = (issue: FieldIssue) => {
    const top = issue.field.split('.')[0] ?? '';
    return top === 'unitHistory' ? 'unitId' : top;
  };
  const errorOf = (field: string) => {
    const issue = issues.find((candidate) => fieldOf(candidate) === field);
    return issue && describeIssue(recordType, issue);
  };
  /** Issues about fields this form does not show: listed at the top, so nothing the domain said is hidden. */
  const otherIssues = issues.filter((issue) => !fields.includes(fieldOf(issue))).map((issue) => describeIssue(recordType, issue));

  async function submit(save: () => Promise<unknown>): Promise<boolean> {
    setSaving(true);
    setFailure(null);
    try {
      await save();
      setIssues([]);
      return true;
    } catch (error) {
      if (error instanceof ValidationFailed) setIssues(error.issues);
      else setFailure(t('person.failed', { detail: failureDetail(error, t) }));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return {
    formRef,
    typed,
    setField: (field: string) => (value: string) => setTyped((current) => ({ ...current, [field]: value })),
    /** Takes what is typed as saved: the form no longer holds unsaved changes. */
    markSaved: () => setBaseline(typed),
    dirty,
    issues,
    errorOf,
    otherIssues,
    failure,
    saving,
    submit,
  };
}
