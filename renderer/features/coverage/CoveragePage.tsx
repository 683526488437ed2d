/**
 * "Phủ kín tổ chức đảng": the residential areas of a unit's subtree with their status (independent cell, joint cell,
 * no cell or member) and the non-state enterprises with or without a party organization, each with its plan to close
 * the gap (target date, measures, who is responsible) and the admissions made there; a plan is set, and an area's
 * new status recorded, from the row.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries, findEntry, type CatalogEntry } from '../../../shared/catalogs/catalog';
import { coveredStatuses, type AreaRow, type CoverageBoard, type EnterpriseRow } from '../../../shared/coverage/coverage-service';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { describeUnknownError } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation/issues';
import { localDay } from '../../data/organization-services';
import type { UnitChoice } from '../../data/person-services';
import { useServices } from '../../data/services';
import { TextField, UnitPickerField } from '../organizations/form-controls';
import { dayText, errorsByField } from '../planning/form-text';
import { entryOptions, SelectField } from '../planning/SelectField';
import { useDecisionForm } from '../planning/use-decision-form';
import { WorkTable } from '../planning/WorkTable';
import { StatusMessage, type StatusText } from '../workflows/StatusMessage';
import { areaStatusFromForm, planFromForm, type AreaStatusFormValues, type PlanFormValues } from './coverage-form';
import '../planning/planning.css';
import './coverage.css';

const pageSize = 50;
type Place = { readonly kind: 'area'; readonly row: AreaRow } | { readonly kind: 'enterprise'; readonly row: EnterpriseRow };

export function CoveragePage() {
  const { t } = useTranslation();
  const { coverage, person: personServices } = useServices();
  const today = localDay();
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[]>([]);
  const [units, setUnits] = useState<readonly UnitChoice[]>([]);
  const [message, setMessage] = useState<StatusText | null>(null);
  const failed = useCallback((cause: unknown) => setMessage({ kind: 'error', text: t('coverage.failed', { detail: describeUnknownError(cause) }) }), [t]);
  const [filter, setFilter] = useState({ unitId: '', day: formatPartialDate(today), gapsOnly: true });
  const [shown, setShown] = useState({ unitId: '', day: today, gapsOnly: true });
  const [dayError, setDayError] = useState<string | undefined>(undefined);
  const [board, setBoard] = useState<CoverageBoard | null>(null);
  const [limits, setLimits] = useState({ areas: pageSize, enterprises: pageSize });
  const [editing, setEditing] = useState<{ place: Place; form: 'plan' | 'status' } | undefined>(undefined);

  const reload = useCallback(async () => setBoard(await coverage.board(shown.day, shown.unitId || undefined)), [coverage, shown]);
  useEffect(() => {
    Promise.all([coverage.catalogs(), personServices.unitChoices()]).then(([entries, choices]) => {
      setCatalogs(entries);
      setUnits(choices);
    }, failed);
  }, [coverage, personServices, failed]);
  useEffect(() => void reload().catch(failed), [reload, failed]);

  const unitOptions = useMemo(() => units.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })), [units]);
  const statusName = (code: string) => (code === '' ? t('coverage.notRecorded') : (findEntry(catalogs, 'residentialCellStatus', code)?.name ?? code));
  const areaGap = (row: AreaRow) => !coveredStatuses.includes(row.statusCode);
  const areas = (board?.areas ?? []).filter((row) => !shown.gapsOnly || areaGap(row));
  const enterprises = (board?.enterprises ?? []).filter((row) => !shown.gapsOnly || row.partyUnitName === undefined);

  function show(event: FormEvent) {
    event.preventDefault();
    const parsed = dayText.safeParse(filter.day);
    if (!parsed.success) return setDayError(errorsByField(toFieldIssues(parsed.error), t, () => t('coverage.day'))['']);
    setDayError(undefined);
    setLimits({ areas: pageSize, enterprises: pageSize });
    setShown({ unitId: filter.unitId, day: parsed.data, gapsOnly: filter.gapsOnly });
  }

  const planText = (row: AreaRow | EnterpriseRow) =>
    row.plan ? (
      <>
        <span className={row.overdue ? 'coverage-overdue' : undefined}>{t(row.overdue ? 'coverage.plan.overdue' : 'coverage.plan.target', { date: formatPartialDate(row.plan.targetDate) })}</span>
        <br />
        <span className="muted">{row.plan.measures}</span>
      </>
    ) : (
      ''
    );
  const admissionsText = (row: AreaRow | EnterpriseRow) => t('coverage.admissions', { admitted: row.admitted, inProgress: row.inProgress });
  const more = (list: 'areas' | 'enterprises', total: number) =>
    total > limits[list] && (
      <p className="muted">
        {t('coverage.more', { shown: limits[list], count: total })}{' '}
        <button type="button" onClick={() => setLimits((before) => ({ ...before, [list]: before[list] + pageSize }))}>
          {t('coverage.showMore')}
        </button>
      </p>
    );
  const counts = board ? countsOf(board) : undefined;

  return (
    <section className="page planning-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.coverage.title')}</h1>
      <StatusMessage message={message} />
      <form className="inline-form planning-choice" onSubmit={show} noValidate aria-label={t('coverage.filter')}>
        <UnitPickerField name="coverageUnit" label={t('coverage.unit')} value={filter.unitId} options={unitOptions} onChange={(unitId) => setFilter((before) => ({ ...before, unitId }))} errorFor={() => undefined} />
        <TextField name="coverageDay" label={t('coverage.day')} value={filter.day} onChange={(day) => setFilter((before) => ({ ...before, day }))} errorFor={() => dayError} placeholder={t('planning.datePlaceholder')} />
        <label className="coverage-gaps-only">
          <input type="checkbox" checked={filter.gapsOnly} onChange={(event) => setFilter((before) => ({ ...before, gapsOnly: event.target.checked }))} /> {t('coverage.gapsOnly')}
        </label>
        <div className="actions">
          <button type="submit">{t('coverage.show')}</button>
        </div>
      </form>
      {counts && (
        <ul className="coverage-summary">
          <li>{t('coverage.summary.areas', { ...counts.areas, date: formatPartialDate(shown.day) })}</li>
          <li>{t('coverage.summary.enterprises', counts.enterprises)}</li>
        </ul>
      )}

      {editing && <PlaceForm key={`${editing.place.row.id}-${editing.form}`} place={editing.place} form={editing.form} catalogs={catalogs} units={unitOptions} today={today} onDone={(text) => reload().then(() => {
            setEditing(undefined);
            setMessage({ kind: 'notice', text });
          })} onCancel={() => setEditing(undefined)} />}

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">{t(shown.gapsOnly ? 'coverage.areas.titleGaps' : 'coverage.areas.title')}</h2>
        {board === null ? (
          <p className="loading">{t('coverage.loading')}</p>
        ) : areas.length === 0 ? (
          <p className="empty-state">{t('coverage.areas.none')}</p>
        ) : (
          <>
            <WorkTable columns={[t('coverage.columns.area'), t('coverage.columns.commune'), t('coverage.columns.status'), t('coverage.columns.plan'), t('coverage.columns.admissions'), { label: <span className="visually-hidden">{t('coverage.columns.actions')}</span> }]}>
              {areas.slice(0, limits.areas).map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{row.communeName ?? ''}</td>
                  <td>{[statusName(row.statusCode), row.cellUnitName].filter(Boolean).join(': ')}</td>
                  <td>{planText(row)}</td>
                  <td>{admissionsText(row)}</td>
                  <td className="coverage-actions">
                    {areaGap(row) && (
                      <button type="button" onClick={() => setEditing({ place: { kind: 'area', row }, form: 'plan' })} aria-label={t('coverage.plan.forNamed', { name: row.name })}>
                        {t(row.plan ? 'coverage.plan.change' : 'coverage.plan.set')}
                      </button>
                    )}
                    <button type="button" onClick={() => setEditing({ place: { kind: 'area', row }, form: 'status' })} aria-label={t('coverage.status.forNamed', { name: row.name })}>
                      {t('coverage.status.change')}
                    </button>
                  </td>
                </tr>
              ))}
            </WorkTable>
            {more('areas', areas.length)}
          </>
        )}
      </section>

      <section aria-labelledby="enterprises-title">
        <h2 id="enterprises-title">{t(shown.gapsOnly ? 'coverage.enterprises.titleGaps' : 'coverage.enterprises.title')}</h2>
        {board === null ? (
          <p className="loading">{t('coverage.loading')}</p>
        ) : enterprises.length === 0 ? (
          <p className="empty-state">{t('coverage.enterprises.none')}</p>
        ) : (
          <>
            <WorkTable columns={[t('coverage.columns.enterprise'), t('coverage.columns.commune'), t('coverage.columns.partyOrganization'), t('coverage.columns.figures'), t('coverage.columns.plan'), t('coverage.columns.admissions'), { label: <span className="visually-hidden">{t('coverage.columns.actions')}</span> }]}>
              {enterprises.slice(0, limits.enterprises).map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{row.communeName ?? ''}</td>
                  <td>{row.partyUnitName ?? t('coverage.enterprises.noParty')}</td>
                  <td>{row.figures ? t('coverage.enterprises.figures', { workforce: row.figures.workforce, members: row.figures.partyMembers }) : ''}</td>
                  <td>{planText(row)}</td>
                  <td>{admissionsText(row)}</td>
                  <td>
                    {row.partyUnitName === undefined && (
                      <button type="button" onClick={() => setEditing({ place: { kind: 'enterprise', row }, form: 'plan' })} aria-label={t('coverage.plan.forNamed', { name: row.name })}>
                        {t(row.plan ? 'coverage.plan.change' : 'coverage.plan.set')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </WorkTable>
            {more('enterprises', enterprises.length)}
          </>
        )}
      </section>
    </section>
  );
}

function countsOf(board: CoverageBoard) {
  const of = (code: string) => board.areas.filter((row) => row.statusCode === code).length;
  const withParty = board.enterprises.filter((row) => row.partyUnitName !== undefined).length;
  return {
    areas: { total: board.areas.length, independent: of('independent'), joint: of('joint'), none: board.areas.length - of('independent') - of('joint') },
    enterprises: { total: board.enterprises.length, withParty, withoutParty: board.enterprises.length - withParty },
  };
}

/** The plan of a place, or the new status of an area, as a form above the lists. */
function PlaceForm({ place, form: kind, catalogs, units, today, onDone, onCancel }: { place: Place; form: 'plan' | 'status'; catalogs: readonly CatalogEntry[]; units: readonly { value: string; label: string; detail: string }[]; today: string; onDone: (text: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { coverage } = useServices();
  const label = (field: string) => t(`coverage.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'coverage.refused', failedKey: 'coverage.failed' });
  const plan = place.row.plan;
  const [planValues, setPlanValues] = useState<PlanFormValues>({
    decidedOn: plan ? formatPartialDate(plan.decidedOn) : formatPartialDate(today),
    targetDate: plan ? formatPartialDate(plan.targetDate) : '',
    measures: plan?.measures ?? '',
    responsible: plan?.responsible ?? '',
  });
  const [statusValues, setStatusValues] = useState<AreaStatusFormValues>({ from: formatPartialDate(today), statusCode: '', cellUnitId: '', note: '' });
  const statuses = useMemo(() => activeEntries(catalogs, 'residentialCellStatus', today), [catalogs, today]);
  const name = place.row.name;
  // The form opens above the lists: bring it into view from the row that opened it.
  useEffect(() => {
    document.getElementById('place-form-title')?.scrollIntoView({ block: 'start' });
  }, []);
  /** Refusals about the plan's fields come back as `plan.<field>`. */
  const fieldOf = (field: string) => field.replace(/^plan\./, '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'plan') {
      const send = place.kind === 'area' ? coverage.setAreaPlan : coverage.setEnterprisePlan;
      await form.save(planFromForm(place.row.id, planValues), send, fieldOf, async (saved) => {
        const text = t('coverage.plan.saved', { name, date: formatPartialDate(saved.targetDate) });
        await onDone(text);
        return text;
      });
    } else {
      await form.save(areaStatusFromForm(place.row.id, statusValues), coverage.recordAreaStatus, fieldOf, async () => {
        const text = t('coverage.status.saved', { name });
        await onDone(text);
        return text;
      });
    }
  }

  const setPlan = (field: keyof PlanFormValues) => (value: string) => setPlanValues((before) => ({ ...before, [field]: value }));
  const setStatus = (field: keyof AreaStatusFormValues) => (value: string) => setStatusValues((before) => ({ ...before, [field]: value }));
  return (
    <form className="card planning-review" onSubmit={submit} noValidate aria-labelledby="place-form-title">
      <h2 id="place-form-title">{t(kind === 'plan' ? 'coverage.plan.title' : 'coverage.status.title', { name })}</h2>
      <StatusMessage message={form.message} />
      <div className="planning-form-grid">
        {kind === 'plan' ? (
          <>
            <TextField name="decidedOn" label={label('decidedOn')} value={planValues.decidedOn} onChange={setPlan('decidedOn')} errorFor={form.errorFor} placeholder={t('planning.datePlaceholder')} />
            <TextField name="targetDate" label={label('targetDate')} value={planValues.targetDate} onChange={setPlan('targetDate')} errorFor={form.errorFor} placeholder={t('planning.datePlaceholder')} />
            <TextField name="measures" label={label('measures')} value={planValues.measures} onChange={setPlan('measures')} errorFor={form.errorFor} />
            <TextField name="responsible" label={label('responsible')} value={planValues.responsible} onChange={setPlan('responsible')} errorFor={form.errorFor} />
          </>
        ) : (
          <>
            <TextField name="from" label={label('from')} value={statusValues.from} onChange={setStatus('from')} errorFor={form.errorFor} placeholder={t('planning.datePlaceholder')} />
            <SelectField name="statusCode" label={label('statusCode')} value={statusValues.statusCode} options={entryOptions(statuses)} none={t('coverage.status.choose')} onChange={setStatus('statusCode')} errorFor={form.errorFor} />
            <UnitPickerField name="cellUnitId" label={label('cellUnitId')} value={statusValues.cellUnitId} options={units} onChange={setStatus('cellUnitId')} errorFor={form.errorFor} />
            <TextField name="note" label={label('note')} value={statusValues.note} onChange={setStatus('note')} errorFor={form.errorFor} />
          </>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={form.saving}>
          {t('coverage.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('coverage.cancel')}
        </button>
      </div>
    </form>
  );
}
