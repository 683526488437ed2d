/** Party discipline of a member or an organization: the forms valid for the subject, with expiry; the year's decisions. */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findEntry } from '../../../shared/catalogs/catalog';
import { partyFormsFor } from '../../../shared/conduct/conduct-service';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { subjects } from '../../../shared/events/event-fields';
import type { Inspection } from '../../../shared/events/inspection';
import type { PersonMatch } from '../../../shared/people/person-search';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { PersonSearch } from '../planning/PersonSearch';
import { entryOptions, SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { StatusMessage } from '../workflows/StatusMessage';
import { conductFieldOf, disciplineFromForm, emptyDiscipline, type DisciplineFormValues } from './conduct-form';
import type { ConductTabProps } from './ConductPage';
import { DecisionCard, YearList } from './ConductParts';
import { DecisionFields, decisionText } from './DecisionFields';

export function DisciplineTab({ catalogs, units, year, data, reload, fromInspection }: ConductTabProps & { fromInspection: Inspection | undefined }) {
  const { t } = useTranslation();
  const { conduct } = useServices();
  const label = (field: string) => t(`conduct.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'conduct.refused', failedKey: 'conduct.failed' });
  const { errors, message, saving, errorFor } = form;
  const [values, setValues] = useState<DisciplineFormValues>(() =>
    fromInspection ? { ...emptyDiscipline, subject: fromInspection.subject, unitId: fromInspection.unitId ?? '', personId: fromInspection.personId ?? '', inspectionId: fromInspection.id } : emptyDiscipline,
  );
  const inspectedPerson = fromInspection?.personId ? data?.inspections.find((row) => row.record.id === fromInspection.id) : undefined;
  const [person, setPerson] = useState<PersonMatch | undefined>(inspectedPerson ? { id: inspectedPerson.record.personId!, fullName: inspectedPerson.subjectName, birthDate: '', unitId: '' } : undefined);
  /** The chosen person's standing today, said under the form so that the valid forms are known before saving. */
  const [standing, setStanding] = useState<'full' | 'probationary' | 'none' | undefined>(undefined);
  useEffect(() => {
    setStanding(undefined);
    if (!person || values.subject !== 'person') return;
    let current = true;
    conduct.standing(person.id, localDay()).then(
      (found) => current && setStanding(found ?? 'none'),
      () => current && setStanding(undefined),
    );
    return () => {
      current = false;
    };
  }, [conduct, person, values.subject]);
  const set = (field: keyof DisciplineFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));
  // A person may be a full or a probationary member: all member forms are offered, the service judges the standing.
  const forms = useMemo(() => partyFormsFor(catalogs, values.subject === 'unit' ? 'unit' : 'full'), [catalogs, values.subject]);
  const formName = (code: string) => findEntry(catalogs, 'partyDisciplineForm', code)?.name ?? code;
  const concluded = (data?.inspections ?? []).filter(({ record }) => record.conclusion);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(disciplineFromForm({ ...values, personId: person?.id ?? '' }), conduct.discipline, conductFieldOf, async (discipline) => {
      await reload();
      const name = values.subject === 'person' ? (person?.fullName ?? '') : (units.find((unit) => unit.value === values.unitId)?.label ?? '');
      setValues(emptyDiscipline);
      setPerson(undefined);
      const saved = t('conduct.discipline.saved', { form: formName(discipline.formCode), name, number: discipline.decision.number });
      return discipline.formCode === 'expulsion' && discipline.subject === 'person' ? `${saved} ${t('conduct.discipline.expelled', { date: formatPartialDate(discipline.decision.date) })}` : saved;
    });
  }

  return (
    <>
      <StatusMessage message={message} />
      <DecisionCard
        id="discipline-form-title"
        title={t('conduct.discipline.formTitle')}
        intro={t('conduct.discipline.intro')}
        onSubmit={submit}
        saving={saving}
        extra={standing && person && <p className="conduct-standing">{t(`conduct.discipline.standing.${standing}`, { name: person.fullName })}</p>}
      >
          <SelectField name="subject" label={label('subject')} value={values.subject} options={subjects.map((subject) => ({ value: subject, label: t(`conduct.subjects.${subject}`) }))} onChange={(subject) => setValues((before) => ({ ...before, subject, formCode: '' }))} errorFor={errorFor} />
          {values.subject === 'person' ? (
            <PersonSearch label={label('personId')} chosen={person} find={conduct.findPeople} onChange={setPerson} error={errors.personId} />
          ) : (
            <UnitPickerField name="unitId" label={label('unitId')} value={values.unitId} options={units} onChange={set('unitId')} errorFor={errorFor} />
          )}
          <SelectField name="formCode" label={label('disciplineForm')} value={values.formCode} options={entryOptions(forms)} none={t('conduct.choose')} onChange={set('formCode')} errorFor={errorFor} />
          <TextField name="reason" label={label('disciplineReason')} value={values.reason} onChange={set('reason')} errorFor={errorFor} />
          <DecisionFields values={values} set={set} errorFor={errorFor} />
          <TextField name="expiresOn" label={label('expiresOn')} value={values.expiresOn} onChange={set('expiresOn')} errorFor={errorFor} placeholder={t('planning.datePlaceholder')} />
          <SelectField name="inspectionId" label={label('inspectionId')} value={values.inspectionId} options={concluded.map(({ record, subjectName }) => ({ value: record.id, label: `${subjectName}: ${record.content}` }))} none={t('conduct.discipline.noInspection')} onChange={set('inspectionId')} errorFor={errorFor} />
      </DecisionCard>

      <YearList
        id="discipline-year-title"
        title={t('conduct.discipline.listTitle', { year })}
        rows={data?.disciplines}
        columns={[t('conduct.columns.decision'), t('conduct.columns.subject'), t('conduct.columns.disciplineForm'), t('conduct.columns.reason'), t('conduct.columns.expiresOn')]}
        row={({ record, subjectName }) => (
              <tr key={record.id}>
                <td>{decisionText(t, record.decision)}</td>
                <th scope="row">{record.personId ? <Link to={`/people/${record.personId}`}>{subjectName}</Link> : subjectName}</th>
                <td>{record.system === 'party' ? formName(record.formCode) : (findEntry(catalogs, 'stateDisciplineForm', record.formCode)?.name ?? record.formCode)}</td>
                <td>{record.reason}</td>
                <td>{record.expiresOn ? formatPartialDate(record.expiresOn) : ''}</td>
              </tr>
        )}
      />
    </>
  );
}
