/**
 * "Báo cáo": the year-end statistics of a unit's subtree for a period, beside the same period a year before.
 * Any figure opens the list of who is behind it; the report goes to Excel, or to PDF through the print bridge.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, type IsoDate } from '../../../shared/dates/partial-date';
import { isLanguage } from '../../../shared/i18n/translate';
import { reportDefinitions } from '../../../shared/reports/standard-report';
import type { ReportView } from '../../../shared/reports/report-jobs';
import { describeUnknownError } from '../../../shared/result';
import { ValidationFailed } from '../../../shared/validation/issues';
import { useOffice } from '../../data/office-context';
import { localDay } from '../../data/organization-services';
import type { ReportUnits } from '../../data/report-services';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { parseDay } from '../organizations/as-at';
import { UnitPicker } from '../people/UnitPicker';
import { ReportTable, type ChosenCell } from './ReportTable';
import { CellMembers } from './CellMembers';
import './reports.css';

type Message = { readonly kind: 'notice' | 'error'; readonly text: string };
type DateField = 'from' | 'to' | 'day';

const reportIds = Object.keys(reportDefinitions);

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { reports } = useServices();
  const { state: officeState } = useOffice();
  const ownUnitCode = officeState.status === 'ready' ? (officeState.profile?.unitCode ?? '') : '';
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  const formId = useId();
  const today = localDay();
  const [units, setUnits] = useState<ReportUnits | null>(null);
  const [reportId, setReportId] = useState(reportIds[0]!);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [dates, setDates] = useState<Record<DateField, string>>({ from: `01/01/${today.slice(0, 4)}`, to: formatPartialDate(today), day: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DateField | 'unit', string>>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ReportView | null>(null);
  const [chosen, setChosen] = useState<ChosenCell | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let current = true;
    reports.units(today, ownUnitCode).then(
      (loaded) => {
        if (!current) return;
        setUnits(loaded);
        setUnitId((chosenUnit) => chosenUnit ?? loaded.ownUnitId ?? loaded.units[0]?.id);
        // While the user fills in the form, the worker reads what a report needs: a failure here only means the
        // report asked for later reads it itself.
        const root = loaded.ownUnitId ?? loaded.units[0]?.id;
        if (root) reports.prepare({ reportId: reportIds[0]!, rootUnitId: root, from: `${today.slice(0, 4)}-01-01`, to: today }).catch(() => undefined);
      },
      (cause: unknown) => current && setMessage({ kind: 'error', text: t('reportsUi.failed', { detail: describeUnknownError(cause) }) }),
    );
    return () => {
      current = false;
    };
  }, [reports, today, ownUnitCode, t]);

  async function compute(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const errors: Partial<Record<DateField | 'unit', string>> = {};
    const parsed: Partial<Record<DateField, IsoDate>> = {};
    for (const field of ['from', 'to', 'day'] as const) {
      const text = dates[field].trim();
      if (field === 'day' && text === '') continue;
      const day = parseDay(text);
      if (day === null) errors[field] = t('reportsUi.form.dateInvalid', { field: t(`reportsUi.form.${field}`) });
      else parsed[field] = day;
    }
    if (parsed.from && parsed.to && parsed.from > parsed.to) errors.to = t('reportsUi.form.endBeforeStart');
    if (!unitId) errors.unit = t('validation.chooseOne', { field: t('reportsUi.form.unit') });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !unitId || !parsed.from || !parsed.to) return;
    setProgress(0);
    setChosen(null);
    try {
      const computed = await reports.compute({ reportId, rootUnitId: unitId, from: parsed.from, to: parsed.to, ...(parsed.day ? { day: parsed.day } : {}) }, language, (fraction) => setProgress((shown) => Math.max(shown ?? 0, fraction)));
      setReport(computed);
    } catch (cause) {
      if (cause instanceof ValidationFailed) setMessage({ kind: 'error', text: cause.issues.map((issue) => t(issue.messageKey, { ...issue.params, field: t(`reportsUi.form.${issue.field}`, issue.field) })).join(' ') });
      else setMessage({ kind: 'error', text: t('reportsUi.failed', { detail: describeUnknownError(cause) }) });
    } finally {
      setProgress(null);
    }
  }

  async function exportWorkbook() {
    if (!report) return;
    setExporting(true);
    setMessage(null);
    try {
      const workbook = await reports.workbook(report.resultId, language, today);
      const saved = await platform.saveFile({ suggestedName: workbook.fileName, bytes: workbook.bytes, extensions: ['xlsx'] });
      if (!saved.ok) setMessage({ kind: 'error', text: t('reportsUi.exportFailed', { detail: t(`platformError.${saved.error.code}`) }) });
      else if (saved.value) setMessage({ kind: 'notice', text: t('reportsUi.exported', { location: saved.value.location }) });
    } catch (cause) {
      setMessage({ kind: 'error', text: t('reportsUi.exportFailed', { detail: describeUnknownError(cause) }) });
    } finally {
      setExporting(false);
    }
  }

  async function printReport() {
    if (!report) return;
    setMessage(null);
    const result = await platform.printToPdf({ suggestedName: `bao-cao-${report.periods.current.from}-${report.periods.current.to}.pdf` });
    if (!result.ok) setMessage({ kind: 'error', text: t(`platformError.${result.error.code}`) });
    else if (result.value) setMessage({ kind: 'notice', text: t('reportsUi.printed', { location: result.value.location }) });
  }

  const dateInput = (field: DateField) => (
    <div className="field" key={field}>
      <label htmlFor={`${formId}-${field}`}>{t(`reportsUi.form.${field}`)}</label>
      <input
        id={`${formId}-${field}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={11}
        placeholder={field === 'day' ? t('reportsUi.form.dayPlaceholder') : t('organizations.dayPlaceholder')}
        value={dates[field]}
        aria-invalid={fieldErrors[field] ? true : undefined}
        aria-describedby={fieldErrors[field] ? `${formId}-${field}-error` : undefined}
        onChange={(event) => setDates({ ...dates, [field]: event.target.value })}
      />
      {fieldErrors[field] && (
        <p className="field-error" id={`${formId}-${field}-error`}>
          {fieldErrors[field]}
        </p>
      )}
    </div>
  );

  const busy = progress !== null;
  return (
    <section className="page reports-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('areas.reports.title')}</h1>
      <form className="card report-form" onSubmit={compute} noValidate>
        <div className="report-form-grid">
          <div className="field">
            <label htmlFor={`${formId}-report`}>{t('reportsUi.form.report')}</label>
            <select id={`${formId}-report`} value={reportId} onChange={(event) => setReportId(event.target.value)}>
              {reportIds.map((id) => (
                <option key={id} value={id}>
                  {t(reportDefinitions[id]!.titleKey)}
                </option>
              ))}
            </select>
          </div>
          {units ? <UnitPicker units={units.units} value={unitId} onChange={setUnitId} label={t('reportsUi.form.unit')} /> : <p className="loading">{t('reportsUi.loadingUnits')}</p>}
          {dateInput('from')}
          {dateInput('to')}
          {dateInput('day')}
        </div>
        {fieldErrors.unit && <p className="field-error">{fieldErrors.unit}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !units}>
            {busy ? t('reportsUi.form.computing') : t('reportsUi.form.compute')}
          </button>
        </div>
        {busy && (
          <div className="report-progress">
            <progress max={1} value={progress} aria-label={t('reportsUi.progress')} />
            <span role="status">{t('reportsUi.progressShare', { percent: Math.round(progress * 100) })}</span>
          </div>
        )}
      </form>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {report && (
        <article className="report" aria-labelledby="report-title">
          <header className="report-header">
            <div>
              <h2 id="report-title">{report.title}</h2>
              <p>
                {t('reportsUi.heading', {
                  unit: report.unitName,
                  from: formatPartialDate(report.periods.current.from),
                  to: formatPartialDate(report.periods.current.to),
                  day: formatPartialDate(report.periods.current.day),
                })}
              </p>
              <p className="report-compared">
                {t('reportsUi.compared', { from: formatPartialDate(report.periods.previous.from), to: formatPartialDate(report.periods.previous.to) })}
              </p>
            </div>
            <div className="report-actions">
              <button type="button" className="primary" disabled={exporting} onClick={exportWorkbook}>
                {exporting ? t('reportsUi.exporting') : t('reportsUi.export')}
              </button>
              <button type="button" onClick={printReport}>
                {t('reportsUi.print')}
              </button>
            </div>
          </header>
          <p className="field-hint report-hint">{t('reportsUi.hint')}</p>
          {report.tables.map((table, index) => (
            <div key={table.id}>
              <ReportTable number={index + 1} table={table} chosen={chosen?.tableId === table.id ? chosen : null} onChoose={setChosen} />
              {chosen?.tableId === table.id && <CellMembers resultId={report.resultId} cell={chosen} table={table} onClose={() => setChosen(null)} />}
            </div>
          ))}
        </article>
      )}
    </section>
  );
}
