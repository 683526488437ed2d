/** Leaving the party by type (expulsion, struck off, let go, resignation, death); the year's exits. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { partyExitTypes } from '../../../shared/events/exit';
import type { PersonMatch } from '../../../shared/people/person-search';
import { useServices } from '../../data/services';
import { TextField } from '../organizations/form-controls';
import { PersonSearch } from '../planning/PersonSearch';
import { SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { StatusMessage } from '../workflows/StatusMessage';
import { conductFieldOf, emptyExit, exitFromForm, type ExitFormValues } from './conduct-form';
import type { ConductTabProps } from './ConductPage';
import { DecisionCard, YearList } from './ConductParts';
import { DecisionFields, decisionText } from './DecisionFields';

export function ExitTab({ year, data, reload }: ConductTabProps) {
  const { t } = useTranslation();
  const { conduct } = useServices();
  const label = (field: string) => t(`conduct.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'conduct.refused', failedKey: 'conduct.failed' });
  const { errors, message, saving, errorFor } = form;
  const [values, setValues] = useState<ExitFormValues>(emptyExit);
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);
  const set = (field: keyof ExitFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(exitFromForm({ ...values, personId: person?.id ?? '' }), conduct.exit, conductFieldOf, async (exit) => {
      await reload();
      const name = person?.fullName ?? '';
      setValues(emptyExit);
      setPerson(undefined);
      return t('conduct.exits.saved', { name, type: t(`conduct.exitTypes.${exit.type}`), date: formatPartialDate(exit.date) });
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      <DecisionCard id="exit-form-title" title={t('conduct.exits.formTitle')} intro={t('conduct.exits.intro')} onSubmit={submit} saving={saving}>
          <PersonSearch label={label('personId')} chosen={person} find={conduct.findPeople} onChange={setPerson} error={errors.personId} />
          <SelectField name="type" label={label('exitType')} value={values.type} options={partyExitTypes.map((type) => ({ value: type, label: t(`conduct.exitTypes.${type}`) }))} none={t('conduct.choose')} onChange={set('type')} errorFor={errorFor} />
          <TextField name="date" label={label('exitDate')} value={values.date} onChange={set('date')} errorFor={errorFor} placeholder={t('planning.datePlaceholder')} />
          <DecisionFields values={values} set={set} errorFor={errorFor} />
          <TextField name="reason" label={label('exitReason')} value={values.reason} onChange={set('reason')} errorFor={errorFor} />
      </DecisionCard>

      <YearList
        id="exits-year-title"
        title={t('conduct.exits.listTitle', { year })}
        rows={data?.exits}
        columns={[t('conduct.columns.date'), t('conduct.columns.name'), t('conduct.columns.exitType'), t('conduct.columns.decision'), t('conduct.columns.reason')]}
        row={({ record, fullName }) => (
              <tr key={record.id}>
                <td>{formatPartialDate(record.date)}</td>
                <th scope="row">
                  <Link to={`/people/${record.personId}`}>{fullName}</Link>
                </th>
                <td>{t(`conduct.exitTypes.${record.type}`)}</td>
                <td>{decisionText(t, record.decision)}</td>
                <td>{record.reason ?? ''}</td>
              </tr>
        )}
      />
    </>
  );
}
