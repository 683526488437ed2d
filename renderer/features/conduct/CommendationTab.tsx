/** Commendations: one decision to many people and collectives at once, and the year's decisions. */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activeEntries, findEntry } from '../../../shared/catalogs/catalog';
import { levels } from '../../../shared/events/event-fields';
import type { PersonMatch } from '../../../shared/people/person-search';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { PersonSearch } from '../planning/PersonSearch';
import { entryOptions, SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { StatusMessage } from '../workflows/StatusMessage';
import { commendationFromForm, conductFieldOf, emptyCommendation, type CommendationFormValues, type Recipient } from './conduct-form';
import type { ConductTabProps } from './ConductPage';
import { DecisionCard, YearList } from './ConductParts';
import { DecisionFields, decisionText } from './DecisionFields';

export function CommendationTab({ catalogs, units, year, data, reload }: ConductTabProps) {
  const { t } = useTranslation();
  const { conduct } = useServices();
  const label = (field: string) => t(`conduct.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'conduct.refused', failedKey: 'conduct.failed' });
  const { errors, setErrors, message, saving, errorFor } = form;
  const [values, setValues] = useState<CommendationFormValues>(emptyCommendation);
  const [recipients, setRecipients] = useState<readonly Recipient[]>([]);
  const forms = useMemo(() => activeEntries(catalogs, 'awardForm', localDay()), [catalogs]);
  const set = (field: keyof CommendationFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));
  const formName = (code: string) => findEntry(catalogs, 'awardForm', code)?.name ?? code;

  const add = (recipient: Recipient) => {
    setErrors((before) => Object.fromEntries(Object.entries(before).filter(([field]) => field !== 'recipients')));
    addRecipient(recipient);
  };
  const addRecipient = (recipient: Recipient) => setRecipients((before) => (before.some((other) => (recipient.personId ? other.personId === recipient.personId : other.unitId === recipient.unitId)) ? before : [...before, recipient]));
  const addPerson = (person: PersonMatch | undefined) => person && add({ personId: person.id, name: person.fullName });
  const addUnit = (unitId: string) => {
    const unit = units.find((option) => option.value === unitId);
    if (unit) add({ unitId, name: unit.label });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(commendationFromForm(values, recipients), conduct.commend, conductFieldOf, async (commendation) => {
      await reload();
      setValues(emptyCommendation);
      setRecipients([]);
      return t('conduct.commendations.saved', { form: formName(commendation.formCode), count: commendation.recipients.length, number: commendation.decision.number });
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      <DecisionCard
        id="commendation-form-title"
        title={t('conduct.commendations.formTitle')}
        intro={t('conduct.commendations.intro')}
        onSubmit={submit}
        saving={saving}
        extra={
          <fieldset className="conduct-recipients" aria-describedby={errors.recipients ? 'recipients-error' : undefined}>
            <legend>{label('recipients')}</legend>
            <div className="planning-form-grid">
              <PersonSearch label={t('conduct.commendations.addPerson')} chosen={undefined} find={conduct.findPeople} onChange={addPerson} />
              <UnitPickerField name="addUnit" label={t('conduct.commendations.addUnit')} value="" options={units} onChange={addUnit} errorFor={() => undefined} />
            </div>
            {recipients.length === 0 ? (
              <p className="muted">{t('conduct.commendations.noneYet')}</p>
            ) : (
              <ul className="conduct-recipient-list" aria-label={t('conduct.commendations.chosen')}>
                {recipients.map((recipient) => (
                  <li key={recipient.personId ?? recipient.unitId}>
                    <span>{recipient.name}</span> <span className="muted">({t(recipient.personId ? 'conduct.commendations.person' : 'conduct.commendations.collective')})</span>
                    <button type="button" className="link-button" onClick={() => setRecipients((before) => before.filter((other) => other !== recipient))} aria-label={t('conduct.commendations.removeNamed', { name: recipient.name })}>
                      {t('conduct.commendations.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {errors.recipients && (
              <p className="field-error" id="recipients-error">
                {errors.recipients}
              </p>
            )}
          </fieldset>
        }
      >
        <SelectField name="formCode" label={label('awardForm')} value={values.formCode} options={entryOptions(forms)} none={t('conduct.choose')} onChange={set('formCode')} errorFor={errorFor} />
        <SelectField name="issuingLevel" label={label('issuingLevel')} value={values.issuingLevel} options={levels.map((level) => ({ value: level, label: t(`conduct.levels.${level}`) }))} none={t('conduct.choose')} onChange={set('issuingLevel')} errorFor={errorFor} />
        <DecisionFields values={values} set={set} errorFor={errorFor} />
        <TextField name="reason" label={label('commendationReason')} value={values.reason} onChange={set('reason')} errorFor={errorFor} />
      </DecisionCard>

      <YearList
        id="commendations-year-title"
        title={t('conduct.commendations.listTitle', { year })}
        rows={data?.commendations}
        columns={[t('conduct.columns.decision'), t('conduct.columns.awardForm'), t('conduct.columns.level'), t('conduct.columns.recipients'), t('conduct.columns.achievement')]}
        row={({ record, recipientNames }) => (
              <tr key={record.id}>
                <td>{decisionText(t, record.decision)}</td>
                <td>{formName(record.formCode)}</td>
                <td>{t(`conduct.levels.${record.issuingLevel}`)}</td>
                <td>
                  <ul className="plain-list">
                    {record.recipients.map((recipient, index) => (
                      <li key={index}>{recipient.personId ? <Link to={`/people/${recipient.personId}`}>{recipientNames[index]}</Link> : `${recipientNames[index] ?? ''} (${t('conduct.commendations.collective')})`}</li>
                    ))}
                  </ul>
                </td>
                <td>{record.reason}</td>
              </tr>
        )}
      />
    </>
  );
}
