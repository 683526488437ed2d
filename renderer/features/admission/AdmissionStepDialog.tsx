/**
 * The form of one step of an admission case: the stage it moves to (the next one, or withdrawal before the
 * decision), the date, the resolution or decision where the step has one, the helpers where the step assigns them.
 * Parsed with the domain's schema before anything is sent; a refusal is shown in Vietnamese and nothing is written.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, type IsoDate } from '../../../shared/dates/partial-date';
import { hasReached, type AdmissionStage } from '../../../shared/events/admission';
import { admissionStepSchema, nextStageOf, stepDecisionKinds } from '../../../shared/events/admission-rules';
import type { AdmissionCard, HelperChoice } from '../../../shared/events/admission-service';
import { toFieldIssues } from '../../../shared/validation/issues';
import { useServices } from '../../data/services';
import { parseDay } from '../organizations/as-at';
import { writeOutcome } from './refusal-text';
import { NoteField, TextField, WorkflowDialog } from './workflow-parts';

interface Props {
  readonly card: AdmissionCard;
  readonly helperIds: readonly string[];
  readonly today: IsoDate;
  onDone(message: string): void;
  onCancel(): void;
}

/** Steps that assign helpers: the sympathizer's helper, the cell's two introducers. */
const helperSteps: readonly AdmissionStage[] = ['sympathizer', 'cell-resolution'];

export function AdmissionStepDialog({ card, helperIds, today, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { admission } = useServices();
  const id = useId();
  const next = nextStageOf[card.stage];
  const choices: AdmissionStage[] = [...(next ? [next] : []), ...(hasReached(card.stage, 'admission-decision') ? [] : (['withdrawn'] as const))];
  const [to, setTo] = useState<AdmissionStage>(choices[0]!);
  const [date, setDate] = useState(formatPartialDate(today));
  const [decisionNumber, setDecisionNumber] = useState('');
  const [signedBy, setSignedBy] = useState('');
  const [note, setNote] = useState('');
  const [helpers, setHelpers] = useState<readonly string[]>(helperIds);
  const [helperOptions, setHelperOptions] = useState<readonly HelperChoice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const decisionKind = stepDecisionKinds[to];
  const assignsHelpers = helperSteps.includes(to);

  useEffect(() => {
    if (!assignsHelpers || helperOptions) return;
    admission.helpers(card.caseId, today).then(setHelperOptions, () => setHelperOptions([]));
  }, [admission, assignsHelpers, helperOptions, card.caseId, today]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = admissionStepSchema.safeParse({
      to,
      date: parseDay(date) ?? date,
      ...(decisionKind && decisionNumber.trim() ? { decisionNumber } : {}),
      ...(decisionKind && signedBy.trim() ? { signedBy } : {}),
      ...(assignsHelpers ? { helperPersonIds: helpers } : {}),
      ...(note.trim() ? { note } : {}),
    });
    if (!parsed.success) {
      setError(toFieldIssues(parsed.error).map((issue) => t(issue.messageKey, { ...issue.params, field: t(`admission.fields.${issue.field}`, issue.field) })).join(' '));
      return;
    }
    setSaving(true);
    try {
      await admission.takeStep(card.caseId, parsed.data);
      onDone(t('admission.step.saved', { name: card.fullName, stage: t(`admission.stages.${to}`), date: formatPartialDate(parsed.data.date) }));
    } catch (cause) {
      setError(writeOutcome(t, cause, 'admission').text);
    } finally {
      setSaving(false);
    }
  }

  return (
    <WorkflowDialog
      title={t('admission.step.title', { name: card.fullName, action: t(`admission.actions.${to}`) })}
      error={error}
      saving={saving}
      saveLabel={t('admission.step.save')}
      cancelLabel={t('admission.step.cancel')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {choices.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('admission.fields.to')}</label>
          <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value as AdmissionStage)}>
            {choices.map((stage) => (
              <option key={stage} value={stage}>
                {t(`admission.actions.${stage}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField id={`${id}-date`} label={t('admission.step.date')} value={date} onChange={setDate} placeholder={t('organizations.dayPlaceholder')} />
      {decisionKind && <TextField id={`${id}-number`} label={t('admission.step.decisionNumber')} value={decisionNumber} onChange={setDecisionNumber} />}
      {decisionKind && <TextField id={`${id}-signed`} label={t('admission.step.signedBy')} value={signedBy} onChange={setSignedBy} />}
      {assignsHelpers && (
        <fieldset className="admission-helpers">
          <legend>{t('admission.step.helpers')}</legend>
          <p className="field-hint">{t('admission.step.helpersHint')}</p>
          {helperOptions === null ? (
            <p className="muted">…</p>
          ) : (
            <div className="admission-helper-list">
              {helperOptions.map((option) => (
                <label key={option.personId}>
                  <input
                    type="checkbox"
                    checked={helpers.includes(option.personId)}
                    onChange={(event) => setHelpers(event.target.checked ? [...helpers, option.personId] : helpers.filter((helper) => helper !== option.personId))}
                  />
                  {option.fullName}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
      <NoteField id={`${id}-note`} label={t('admission.step.note')} value={note} onChange={setNote} />
    </WorkflowDialog>
  );
}
