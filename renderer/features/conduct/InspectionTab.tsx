/** Inspection and supervision plans of the year: subject, content, conclusion, and the discipline it leads to. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { subjects } from '../../../shared/events/event-fields';
import { inspectionKinds, type Inspection } from '../../../shared/events/inspection';
import type { PersonMatch } from '../../../shared/people/person-search';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { PersonSearch } from '../planning/PersonSearch';
import { SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { StatusMessage } from '../workflows/StatusMessage';
import { conclusionFromForm, conductFieldOf, emptyInspection, inspectionFromForm, type InspectionFormValues } from './conduct-form';
import type { ConductTabProps } from './ConductPage';
import { DecisionCard, YearList } from './ConductParts';

export function InspectionTab({ units, year, data, reload, onDiscipline }: ConductTabProps & { onDiscipline(inspection: Inspection): void }) {
  const { t } = useTranslation();
  const { conduct } = useServices();
  const label = (field: string) => t(`conduct.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'conduct.refused', failedKey: 'conduct.failed' });
  const conclusionForm = useDecisionForm({ label, refusedKey: 'conduct.refused', failedKey: 'conduct.failed' });
  const [values, setValues] = useState<InspectionFormValues>({ ...emptyInspection, planYear: String(year) });
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);
  const [concluding, setConcluding] = useState<{ inspection: Inspection; subjectName: string } | undefined>(undefined);
  const [conclusion, setConclusion] = useState({ conclusion: '', concludedOn: '' });
  const set = (field: keyof InspectionFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));

  async function plan(event: FormEvent) {
    event.preventDefault();
    conclusionForm.setMessage(null);
    await form.save(inspectionFromForm({ ...values, personId: person?.id ?? '' }), conduct.planInspection, conductFieldOf, async (inspection) => {
      await reload();
      setValues({ ...emptyInspection, planYear: values.planYear });
      setPerson(undefined);
      return t('conduct.inspections.planned', { kind: t(`conduct.kinds.${inspection.kind}`), year: inspection.planYear });
    });
  }

  async function conclude(event: FormEvent) {
    event.preventDefault();
    if (!concluding) return;
    const { inspection } = concluding;
    form.setMessage(null);
    await conclusionForm.save(conclusionFromForm(conclusion), (request) => conduct.concludeInspection(inspection.id, request), conductFieldOf, async (concluded) => {
      await reload();
      setConcluding(undefined);
      return t('conduct.inspections.concluded', { date: formatPartialDate(concluded.concludedOn ?? '') });
    });
  }

  return (
    <>
      <StatusMessage message={form.message ?? conclusionForm.message} />
      <YearList
        id="inspections-year-title"
        title={t('conduct.inspections.listTitle', { year })}
        rows={data?.inspections}
        columns={[t('conduct.columns.kind'), t('conduct.columns.subject'), t('conduct.columns.content'), t('conduct.columns.conclusion'), t('conduct.columns.resulting'), { label: <span className="visually-hidden">{t('conduct.columns.actions')}</span> }]}
        row={({ record, subjectName }) => (
              <tr key={record.id}>
                <td>{t(`conduct.kinds.${record.kind}`)}</td>
                <th scope="row">{subjectName}</th>
                <td>{record.content}</td>
                <td>{record.conclusion ? `${formatPartialDate(record.concludedOn ?? '')}: ${record.conclusion}` : <span className="muted">{t('conduct.inspections.open')}</span>}</td>
                <td className="number">{record.resultingDisciplineIds.length}</td>
                <td>
                  {record.conclusion ? (
                    <button type="button" onClick={() => onDiscipline(record)} aria-label={t('conduct.inspections.disciplineNamed', { name: subjectName })}>
                      {t('conduct.inspections.discipline')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      onClick={() => {
                        setConcluding({ inspection: record, subjectName });
                        setConclusion({ conclusion: '', concludedOn: '' });
                      }}
                      aria-label={t('conduct.inspections.concludeNamed', { name: subjectName })}
                    >
                      {t('conduct.inspections.conclude')}
                    </button>
                  )}
                </td>
              </tr>
        )}
      />

      {concluding && (
        <form className="card planning-review" onSubmit={conclude} noValidate aria-labelledby="conclusion-form-title">
          <h2 id="conclusion-form-title">{t('conduct.inspections.conclusionTitle', { name: concluding.subjectName })}</h2>
          <p className="muted">{concluding.inspection.content}</p>
          <div className="planning-form-grid">
            <TextField name="conclusion" label={label('conclusion')} value={conclusion.conclusion} onChange={(text) => setConclusion((before) => ({ ...before, conclusion: text }))} errorFor={conclusionForm.errorFor} />
            <TextField name="concludedOn" label={label('concludedOn')} value={conclusion.concludedOn} onChange={(text) => setConclusion((before) => ({ ...before, concludedOn: text }))} errorFor={conclusionForm.errorFor} placeholder={t('planning.datePlaceholder')} />
          </div>
          <div className="actions">
            <button type="button" onClick={() => setConcluding(undefined)}>
              {t('conduct.cancel')}
            </button>
            <button type="submit" className="primary" disabled={conclusionForm.saving}>
              {t('conduct.inspections.saveConclusion')}
            </button>
          </div>
        </form>
      )}

      <DecisionCard id="inspection-form-title" title={t('conduct.inspections.formTitle')} onSubmit={plan} saving={form.saving} submitLabel={t('conduct.inspections.savePlan')}>
          <SelectField name="kind" label={label('kind')} value={values.kind} options={inspectionKinds.map((kind) => ({ value: kind, label: t(`conduct.kinds.${kind}`) }))} onChange={set('kind')} errorFor={form.errorFor} />
          <TextField name="planYear" label={label('planYear')} value={values.planYear} onChange={set('planYear')} errorFor={form.errorFor} />
          <SelectField name="subject" label={label('subject')} value={values.subject} options={subjects.map((subject) => ({ value: subject, label: t(`conduct.subjects.${subject}`) }))} onChange={set('subject')} errorFor={form.errorFor} />
          {values.subject === 'person' ? (
            <PersonSearch label={label('personId')} chosen={person} find={conduct.findPeople} onChange={setPerson} error={form.errors.personId} />
          ) : (
            <UnitPickerField name="unitId" label={label('unitId')} value={values.unitId} options={units} onChange={set('unitId')} errorFor={form.errorFor} />
          )}
          <TextField name="content" label={label('content')} value={values.content} onChange={set('content')} errorFor={form.errorFor} />
      </DecisionCard>
    </>
  );
}
