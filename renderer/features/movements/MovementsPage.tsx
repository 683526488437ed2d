/**
 * "Điều động, bổ nhiệm cán bộ": the terms ending within 90 working days, the form of a movement decision (rotation,
 * reassignment, appointment, reappointment, dismissal, resignation from post, removal from post), and the year's
 * decisions. Each decision updates the person's current post and work history.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activeEntries, findEntry, type CatalogEntry } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { MovementRow, TermEnding } from '../../../shared/movements/movement-service';
import type { PersonMatch } from '../../../shared/people/person-search';
import { describeUnknownError } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation/issues';
import { localDay } from '../../data/organization-services';
import type { UnitChoice } from '../../data/person-services';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { entryOptions, SelectField } from '../planning/SelectField';
import { WorkTable } from '../planning/WorkTable';
import { dayText, errorsByField } from '../planning/form-text';
import { PersonSearch } from '../planning/PersonSearch';
import { StatusMessage } from '../workflows/StatusMessage';
import { useDecisionForm } from '../planning/use-decision-form';
import { emptyMovement, movementFieldOf, movementFromForm, type MovementFormValues } from './movement-form';
import '../planning/planning.css';

export function MovementsPage() {
  const { t } = useTranslation();
  const { movements, person: personServices } = useServices();
  const today = localDay();
  /** The day the terms are counted from and whose year's decisions are listed: today, or a day the user asks for. */
  const [day, setDay] = useState(today);
  const [dayInput, setDayInput] = useState(formatPartialDate(today));
  const [dayError, setDayError] = useState<string | undefined>(undefined);
  const year = day.slice(0, 4);
  const label = (field: string) => t(`movements.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'movements.refused', failedKey: 'movements.failed' });
  const { errors, setErrors, message, setMessage, saving, errorFor } = form;
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[]>([]);
  const [units, setUnits] = useState<readonly UnitChoice[]>([]);
  const [ending, setEnding] = useState<readonly TermEnding[] | null>(null);
  const [recent, setRecent] = useState<readonly MovementRow[] | null>(null);
  const [values, setValues] = useState<MovementFormValues>(emptyMovement);
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);

  const failed = useCallback((cause: unknown) => setMessage({ kind: 'error', text: t('movements.failed', { detail: describeUnknownError(cause) }) }), [t]);
  const reload = useCallback(async () => {
    const [terms, rows] = await Promise.all([movements.termsEnding(day), movements.recent(`${year}-01-01`, `${year}-12-31`)]);
    setEnding(terms);
    setRecent(rows);
  }, [movements, day, year]);

  function showDay(event: FormEvent) {
    event.preventDefault();
    const parsed = dayText.safeParse(dayInput);
    if (!parsed.success) return setDayError(errorsByField(toFieldIssues(parsed.error), t, () => t('movements.ending.day'))['']);
    setDayError(undefined);
    setDay(parsed.data);
  }

  useEffect(() => {
    Promise.all([movements.catalogs(), personServices.unitChoices()]).then(([entries, choices]) => {
      setCatalogs(entries);
      setUnits(choices);
    }, failed);
    reload().catch(failed);
  }, [movements, personServices, reload, failed]);

  const types = useMemo(() => activeEntries(catalogs, 'movementType', today), [catalogs, today]);
  const posts = useMemo(() => activeEntries(catalogs, 'governmentPost', today), [catalogs, today]);
  const unitOptions = useMemo(() => units.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })), [units]);
  const typeName = (code: string) => findEntry(catalogs, 'movementType', code)?.name ?? code;
  const set = (field: keyof MovementFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));

  function chooseType(code: string) {
    const years = findEntry(catalogs, 'movementType', code)?.attributes?.termYears;
    setValues((before) => ({ ...before, movementTypeCode: code, termYears: typeof years === 'number' ? String(years) : '' }));
  }

  function choosePostCode(code: string) {
    const name = findEntry(catalogs, 'governmentPost', code)?.name;
    setValues((before) => ({ ...before, toPostCode: code, toPost: before.toPost === '' && name ? name : before.toPost }));
  }

  function reappoint(entry: TermEnding) {
    setPerson({ id: entry.personId, fullName: entry.fullName, birthDate: entry.birthDate, unitId: entry.unitId, currentPost: entry.post, ...(entry.unitName ? { unitName: entry.unitName } : {}) });
    setValues({ ...emptyMovement, movementTypeCode: 'reappointment', termYears: '5', toPost: entry.post, toUnitId: entry.movement.toUnitId ?? '', effectiveDate: formatPartialDate(entry.termEndDate) });
    setErrors({});
    document.getElementById('movement-form')?.scrollIntoView({ block: 'start' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.save(movementFromForm({ ...values, personId: person?.id ?? '' }), movements.record, movementFieldOf, async ({ movement }) => {
      await reload();
      const name = person?.fullName ?? '';
      setValues(emptyMovement);
      setPerson(undefined);
      return t('movements.saved', { type: typeName(movement.movementTypeCode), name, date: formatPartialDate(movement.effectiveDate) });
    });
  }

  const datePlaceholder = t('planning.datePlaceholder');
  const text = (field: keyof MovementFormValues, placeholder?: string) => <TextField name={field} label={label(field)} value={values[field]} onChange={set(field)} errorFor={errorFor} {...(placeholder ? { placeholder } : {})} />;

  return (
    <section className="page planning-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.movements.title')}</h1>
      <StatusMessage message={message} />

      <section aria-labelledby="terms-ending-title">
        <h2 id="terms-ending-title">{t('movements.ending.title')}</h2>
        <form className="inline-form movements-day" onSubmit={showDay} noValidate>
          <TextField name="day" label={t('movements.ending.day')} value={dayInput} onChange={setDayInput} errorFor={() => dayError} placeholder={datePlaceholder} />
          <button type="submit">{t('movements.ending.show')}</button>
        </form>
        <p className="muted">{t('movements.ending.intro', { date: formatPartialDate(day) })}</p>
        {ending === null ? (
          <p className="loading">{t('movements.loading')}</p>
        ) : ending.length === 0 ? (
          <p className="empty-state">{t('movements.ending.none')}</p>
        ) : (
          <WorkTable columns={[t('movements.columns.name'), t('movements.columns.post'), t('movements.columns.since'), t('movements.columns.termEnd'), t('movements.columns.left'), { label: <span className="visually-hidden">{t('movements.columns.actions')}</span> }]}>
            {ending.map((entry) => (
              <tr key={entry.movement.id}>
                <th scope="row">
                  <Link to={`/people/${entry.personId}`}>{entry.fullName}</Link>
                </th>
                <td>{[entry.post, entry.unitName].filter(Boolean).join(', ')}</td>
                <td>{formatPartialDate(entry.movement.effectiveDate)}</td>
                <td>{formatPartialDate(entry.termEndDate)}</td>
                <td className="number">{t('movements.ending.left', { days: entry.workingDaysLeft })}</td>
                <td>
                  <button type="button" onClick={() => reappoint(entry)} aria-label={t('movements.ending.reappointNamed', { name: entry.fullName })}>
                    {t('movements.ending.reappoint')}
                  </button>
                </td>
              </tr>
            ))}
          </WorkTable>
        )}
      </section>

      <form className="card planning-review" id="movement-form" onSubmit={submit} noValidate aria-labelledby="movement-form-title">
        <h2 id="movement-form-title">{t('movements.form.title')}</h2>
        <p className="muted">{t('movements.form.intro')}</p>
        <div className="planning-form-grid">
          <SelectField name="movementTypeCode" label={label('movementTypeCode')} value={values.movementTypeCode} options={entryOptions(types)} none={t('movements.form.chooseType')} onChange={chooseType} errorFor={errorFor} />
          <PersonSearch label={label('personId')} chosen={person} find={movements.findPeople} onChange={setPerson} error={errors.personId} />
          <UnitPickerField name="toUnitId" label={label('toUnitId')} value={values.toUnitId} options={unitOptions} onChange={set('toUnitId')} errorFor={errorFor} />
          <SelectField name="toPostCode" label={label('toPostCode')} value={values.toPostCode} options={entryOptions(posts)} none={t('movements.form.noPostCode')} onChange={choosePostCode} errorFor={errorFor} />
          {text('toPost', t('movements.form.postPlaceholder'))}
          {text('workplace', t('movements.form.workplacePlaceholder'))}
          {text('effectiveDate', datePlaceholder)}
          {text('termYears')}
          {text('decisionNumber', t('planning.review.decisionPlaceholder'))}
          {text('decisionDate', datePlaceholder)}
          {text('signedBy')}
          {text('note')}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('movements.form.submit')}
          </button>
        </div>
      </form>

      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t('movements.recent.title', { year })}</h2>
        {recent === null ? (
          <p className="loading">{t('movements.loading')}</p>
        ) : recent.length === 0 ? (
          <p className="empty-state">{t('movements.recent.none')}</p>
        ) : (
          <WorkTable columns={[t('movements.columns.effective'), t('movements.columns.name'), t('movements.columns.type'), t('movements.columns.from'), t('movements.columns.to'), t('movements.columns.termEnd'), t('movements.columns.planned'), t('movements.columns.decision')]}>
            {recent.map(({ movement, fullName, toUnitName }) => (
              <tr key={movement.id}>
                <td>{formatPartialDate(movement.effectiveDate)}</td>
                <th scope="row">
                  <Link to={`/people/${movement.personId}`}>{fullName}</Link>
                </th>
                <td>{typeName(movement.movementTypeCode)}</td>
                <td>{movement.fromPost ?? ''}</td>
                <td>{[movement.toPost, toUnitName].filter(Boolean).join(', ')}</td>
                <td>{movement.termEndDate ? formatPartialDate(movement.termEndDate) : ''}</td>
                <td>{movement.wasInPlanning ? t('movements.yes') : t('movements.no')}</td>
                <td>{t('planning.pool.decisionText', { number: movement.decision.number, date: formatPartialDate(movement.decision.date) })}</td>
              </tr>
            ))}
          </WorkTable>
        )}
      </section>
    </section>
  );
}
