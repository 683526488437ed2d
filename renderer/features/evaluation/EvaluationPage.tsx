/**
 * "Đánh giá, xếp loại chất lượng": a unit's members and organizations rated for a year or a quarter in one grid,
 * under the scheme of the period, saved at a stage (self-assessment → verification → decision → published).
 * Breaking the cap on "excellent" is warned about as the grid is filled; the rules that refuse are the domain's.
 */
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationPeriod, evaluationStages, type EvaluationStage } from '../../../shared/events/evaluation';
import { excellentCapWarnings, ratedValues, rowFromCell, stageNeedsDecision, type EvaluationSheetCell } from '../../../shared/evaluation/evaluation-rules';
import type { EvaluationSheet, SheetSubject } from '../../../shared/evaluation/evaluation-service';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import { issueText, namedField } from '../../app/issue-text';
import { evaluationCodeTexts } from './code-texts';
import { failureDetail } from '../../app/failure-detail';
import type { WorkflowUnits } from '../../data/workflow-units';
import { localDay } from '../../data/organization-services';
import { useOffice } from '../../data/office-context';
import { useServices } from '../../data/services';
import { parseDay } from '../organizations/as-at';
import { UnitPicker } from '../people/UnitPicker';
import { EvaluationGrid, emptyCell } from './EvaluationGrid';
import './evaluation.css';

type Message = { readonly kind: 'notice' | 'error'; readonly text: string; readonly details?: readonly string[] };
type DecisionText = { number: string; date: string; signedBy: string };

function cellsOf(sheet: EvaluationSheet): Record<string, EvaluationSheetCell> {
  const cells: Record<string, EvaluationSheetCell> = {};
  for (const row of [...sheet.organizations, ...sheet.members]) {
    const recorded = row.existing;
    cells[row.subjectId] = recorded ? { ratingCode: recorded.ratingCode, points: recorded.points === undefined ? '' : String(recorded.points).replace('.', ','), note: recorded.note ?? '' } : emptyCell;
  }
  return cells;
}

/** The stage the sheet has reached: the furthest recorded, so that saving again never steps back. */
function stageOf(sheet: EvaluationSheet): EvaluationStage {
  const recorded = [...sheet.organizations, ...sheet.members].map((row) => (row.existing ? evaluationStages.indexOf(row.existing.stage) : 0));
  return evaluationStages[Math.max(0, ...recorded)]!;
}

function decisionOf(sheet: EvaluationSheet): DecisionText {
  const decision = [...sheet.organizations, ...sheet.members].find((row) => row.existing?.decision)?.existing?.decision;
  return { number: decision?.number ?? '', date: decision ? formatPartialDate(decision.date) : '', signedBy: decision?.signedBy ?? '' };
}

export function EvaluationPage() {
  const { t } = useTranslation();
  const describe = (issue: FieldIssue) => issueText(t, issue, (path) => t(`evaluation.fields.${namedField(path)}`, namedField(path)), evaluationCodeTexts);
  const { evaluation } = useServices();
  const { state: officeState } = useOffice();
  const formId = useId();
  const today = localDay();
  const [units, setUnits] = useState<WorkflowUnits | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [yearText, setYearText] = useState(today.slice(0, 4));
  const [quarter, setQuarter] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [sheet, setSheet] = useState<EvaluationSheet | null>(null);
  const [cells, setCells] = useState<Record<string, EvaluationSheetCell>>({});
  const [stage, setStage] = useState<EvaluationStage>('self-assessment');
  const [decision, setDecision] = useState<DecisionText>({ number: '', date: '', signedBy: '' });
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [message, setMessage] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const profileReady = officeState.status === 'ready';

  useEffect(() => {
    let current = true;
    evaluation.units(today).then(
      (loaded) => {
        if (!current) return;
        setUnits(loaded);
        setUnitId((chosen) => chosen ?? loaded.ownUnitId ?? loaded.units[0]?.id);
      },
      (cause: unknown) => current && setMessage({ kind: 'error', text: t('evaluation.save.failed', { detail: failureDetail(cause, t) }) }),
    );
    return () => {
      current = false;
    };
  }, [evaluation, today, t, profileReady]);

  const show = (loaded: EvaluationSheet) => {
    setSheet(loaded);
    setCells(cellsOf(loaded));
    setStage(stageOf(loaded));
    setDecision(decisionOf(loaded));
    setRowErrors(new Map());
  };

  async function open(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : Number.NaN;
    const period = evaluationPeriod.safeParse(quarter === '' ? { year } : { year, quarter: Number(quarter) });
    if (!unitId) return setFormError(t('evaluation.form.chooseUnit'));
    if (!period.success) return setFormError(t('evaluation.form.yearInvalid'));
    setFormError(null);
    setOpening(true);
    try {
      show(await evaluation.sheet(unitId, period.data));
    } catch (cause) {
      setSheet(null);
      if (cause instanceof ValidationFailed) setFormError(cause.issues.map(describe).join(' '));
      else setMessage({ kind: 'error', text: t('evaluation.save.failed', { detail: failureDetail(cause, t) }) });
    } finally {
      setOpening(false);
    }
  }

  const everyone: readonly SheetSubject[] = useMemo(() => (sheet ? [...sheet.organizations, ...sheet.members] : []), [sheet]);
  const onChange = useCallback((subjectId: string, cell: EvaluationSheetCell) => setCells((current) => ({ ...current, [subjectId]: cell })), []);

  const warnings = useMemo(() => {
    if (!sheet) return [];
    const groupNames = new Map(everyone.map((row) => [row.groupId, row.groupName]));
    const counted = everyone.flatMap((row) => {
      const rated = ratedValues(rowFromCell(row.subject, row.subjectId, cells[row.subjectId] ?? emptyCell), sheet.schemes[row.subject]);
      return rated ? [{ subject: row.subject, groupId: row.groupId, level: rated.level }] : [];
    });
    return excellentCapWarnings(counted, sheet.schemes).map((warning) =>
      t('evaluation.warnings.excellentCap', {
        group: groupNames.get(warning.groupId) ?? '',
        excellent: warning.excellent,
        good: warning.good,
        allowed: warning.allowed,
        share: Math.round((sheet.schemes[warning.subject]?.excellentCapShareOfGood ?? 0) * 100),
        subjects: t(`evaluation.warnings.${warning.subject === 'person' ? 'members' : 'organizations'}`),
      }),
    );
  }, [sheet, everyone, cells, t]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!sheet) return;
    setMessage(null);
    setRowErrors(new Map());
    const rows = everyone.map((row) => rowFromCell(row.subject, row.subjectId, cells[row.subjectId] ?? emptyCell));
    const needsDecision = stageNeedsDecision(stage);
    const given = decision.number.trim() !== '' || decision.date.trim() !== '';
    const input = {
      unitId: sheet.unitId,
      period: sheet.period,
      stage,
      rows,
      // A date that is no day stays as typed, for the schema to refuse it by name.
      ...(needsDecision && given ? { decision: { number: decision.number, date: parseDay(decision.date) ?? decision.date, ...(decision.signedBy.trim() ? { signedBy: decision.signedBy } : {}) } } : {}),
    };
    setSaving(true);
    try {
      const saved = await evaluation.save(input);
      show(await evaluation.sheet(sheet.unitId, sheet.period));
      setMessage({ kind: 'notice', text: t('evaluation.save.saved', { created: saved.created, updated: saved.updated }) });
    } catch (cause) {
      if (!(cause instanceof ValidationFailed)) return setMessage({ kind: 'error', text: t('evaluation.save.failed', { detail: failureDetail(cause, t) }) });
      const byRow = new Map<string, string[]>();
      const details: string[] = [];
      for (const issue of cause.issues) {
        const text = describe(issue);
        const row = /^rows\.(\d+)\./.exec(issue.field);
        const subject = row ? everyone[Number(row[1])] : undefined;
        if (subject) byRow.set(subject.subjectId, [...(byRow.get(subject.subjectId) ?? []), text]);
        details.push(subject ? `${subject.name} – ${text}` : text);
      }
      setRowErrors(byRow);
      setMessage({ kind: 'error', text: t('evaluation.save.refused'), details });
    } finally {
      setSaving(false);
    }
  }

  const decisionInput = (field: keyof DecisionText, label: string, placeholder?: string) => (
    <div className="field">
      <label htmlFor={`${formId}-${field}`}>{label}</label>
      <input id={`${formId}-${field}`} value={decision[field]} placeholder={placeholder} onChange={(event) => setDecision({ ...decision, [field]: event.target.value })} />
    </div>
  );

  const periodText = sheet && (sheet.period.quarter === undefined ? t('evaluation.sheet.yearPeriod', { year: sheet.period.year }) : t('evaluation.sheet.quarterPeriod', sheet.period));
  const schemeNames = sheet ? [...new Set([sheet.schemes.unit?.name, sheet.schemes.person?.name].filter((name): name is string => name !== undefined))] : [];
  return (
    <section className="page evaluation-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.evaluation.title')}</h1>
      <form className="card evaluation-form" onSubmit={open} noValidate>
        <div className="evaluation-form-grid">
          {units ? <UnitPicker units={units.units} value={unitId} onChange={setUnitId} label={t('evaluation.form.unit')} /> : <p className="loading">{t('evaluation.form.loadingUnits')}</p>}
          <div className="field">
            <label htmlFor={`${formId}-year`}>{t('evaluation.form.year')}</label>
            <input id={`${formId}-year`} inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-quarter`}>{t('evaluation.form.period')}</label>
            <select id={`${formId}-quarter`} value={quarter} onChange={(event) => setQuarter(event.target.value)}>
              <option value="">{t('evaluation.form.wholeYear')}</option>
              {[1, 2, 3, 4].map((number) => (
                <option key={number} value={String(number)}>
                  {t('evaluation.form.quarter', { quarter: number })}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={opening || !units}>
              {opening ? t('evaluation.form.opening') : t('evaluation.form.open')}
            </button>
          </div>
        </div>
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
      </form>
      {message && (
        <div className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
          {message.details && (
            <ul>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {sheet && (
        <form className="evaluation-sheet" onSubmit={save} noValidate aria-labelledby="sheet-title">
          <header>
            <h2 id="sheet-title">{t('evaluation.sheet.title', { unit: sheet.unitName, period: periodText })}</h2>
            {schemeNames.map((name) => (
              <p key={name} className="muted">
                {t('evaluation.sheet.scheme', { name })}
              </p>
            ))}
            {(sheet.schemes.person?.byPoints || sheet.schemes.unit?.byPoints) && <p className="muted">{t('evaluation.sheet.byPoints')}</p>}
          </header>
          {warnings.length > 0 && (
            <section className="evaluation-warnings" aria-label={t('evaluation.warnings.title')}>
              <h3>{t('evaluation.warnings.title')}</h3>
              <ul>
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </section>
          )}
          <EvaluationGrid title={t('evaluation.sheet.organizations')} nameHeader={t('evaluation.sheet.organization')} rows={sheet.organizations} scheme={sheet.schemes.unit} cells={cells} errors={rowErrors} grouped={false} onChange={onChange} />
          <EvaluationGrid title={t('evaluation.sheet.members')} nameHeader={t('evaluation.sheet.member')} rows={sheet.members} scheme={sheet.schemes.person} cells={cells} errors={rowErrors} grouped onChange={onChange} />
          <div className="card evaluation-save">
            <h3>{t('evaluation.save.title')}</h3>
            <div className="evaluation-form-grid">
              <div className="field">
                <label htmlFor={`${formId}-stage`}>{t('evaluation.save.stage')}</label>
                <select id={`${formId}-stage`} value={stage} onChange={(event) => setStage(evaluationStages.find((value) => value === event.target.value) ?? 'self-assessment')}>
                  {evaluationStages.map((value) => (
                    <option key={value} value={value}>
                      {t(`evaluation.stages.${value}`)}
                    </option>
                  ))}
                </select>
              </div>
              {stageNeedsDecision(stage) && (
                <>
                  {decisionInput('number', t('evaluation.save.decisionNumber'))}
                  {decisionInput('date', t('evaluation.save.decisionDate'), t('organizations.dayPlaceholder'))}
                  {decisionInput('signedBy', t('evaluation.save.signedBy'), t('evaluation.save.signedByPlaceholder'))}
                </>
              )}
            </div>
            <div className="actions">
              <button type="submit" className="primary" disabled={saving}>
                {saving ? t('evaluation.save.saving') : t('evaluation.save.save')}
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
