/** The three boxes of a decision (number, date, who signed), as every conduct form asks for them. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { TextField, type ErrorFor } from '../organizations/form-controls';
import type { DecisionValues } from './conduct-form';

export function DecisionFields<V extends DecisionValues>({ values, set, errorFor }: { values: V; set: (field: keyof DecisionValues) => (value: string) => void; errorFor: ErrorFor }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="decisionNumber" label={t('conduct.fields.decisionNumber')} value={values.decisionNumber} onChange={set('decisionNumber')} errorFor={errorFor} placeholder={t('planning.review.decisionPlaceholder')} />
      <TextField name="decisionDate" label={t('conduct.fields.decisionDate')} value={values.decisionDate} onChange={set('decisionDate')} errorFor={errorFor} placeholder={t('planning.datePlaceholder')} />
      <TextField name="signedBy" label={t('conduct.fields.signedBy')} value={values.signedBy} onChange={set('signedBy')} errorFor={errorFor} />
    </>
  );
}

/** A decision as the lists show it: "số 12-QĐ/TU ngày 20/07/2026". */
export function decisionText(t: TFunction, decision: { number: string; date: string } | undefined): string {
  return decision ? t('planning.pool.decisionText', { number: decision.number, date: formatPartialDate(decision.date) }) : '';
}
