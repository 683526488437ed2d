/**
 * "Củng cố tổ chức đảng yếu kém": the office's weak organizations in consolidation with their measures, the person
 * responsible, the target year and where each stands; organizations rated weak are added from their rating, and each
 * is followed until it leaves the program by decision.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { ConsolidationEntry, WeakRating } from '../../../shared/evaluation/consolidation-service';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import { failureDetail } from '../../app/failure-detail';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { parseDay } from '../organizations/as-at';
import { issueText, namedField } from '../../app/issue-text';
import { evaluationCodeTexts } from '../evaluation/code-texts';
import '../evaluation/evaluation.css';

type Message = { readonly kind: 'notice' | 'error'; readonly text: string };
type Values = Record<string, string>;

/** The decision typed in three boxes, or nothing when none of them is filled (a date that is no day stays as typed for the schema). */
function decisionOf(values: Values, prefix: string): { decision?: { number: string; date: string; signedBy?: string } } {
  const number = values[`${prefix}Number`] ?? '';
  const date = values[`${prefix}Date`] ?? '';
  const signedBy = values[`${prefix}SignedBy`] ?? '';
  if (!number.trim() && !date.trim()) return {};
  return { decision: { number, date: parseDay(date) ?? date, ...(signedBy.trim() ? { signedBy } : {}) } };
}

const dayOf = (text: string) => parseDay(text) ?? text;
const yearOf = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function InlineForm({ title, values, fields, onChange, onSubmit, onCancel, errors }: { title: string; values: Values; fields: readonly { name: string; label: string; wide?: boolean }[]; onChange(values: Values): void; onSubmit(): Promise<void>; onCancel(): void; errors: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className="consolidation-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {errors.length > 0 && (
        <ul className="form-error" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div className="consolidation-form-grid">
        {fields.map((field) => (
          <div className={field.wide ? 'field wide' : 'field'} key={field.name}>
            <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
            <input id={`${id}-${field.name}`} value={values[field.name] ?? ''} onChange={(event) => onChange({ ...values, [field.name]: event.target.value })} />
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('consolidation.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('consolidation.form.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ConsolidationPage() {
  const { t } = useTranslation();
  const { evaluation } = useServices();
  const today = localDay();
  const yearId = useId();
  const [entries, setEntries] = useState<ConsolidationEntry[] | null>(null);
  const [showLeft, setShowLeft] = useState(false);
  const [yearText, setYearText] = useState(String(Number(today.slice(0, 4)) - 1));
  const [weak, setWeak] = useState<{ year: number; ratings: WeakRating[] } | null>(null);
  /** The open form: entering an organization from its rating, or leaving the program. */
  const [editing, setEditing] = useState<{ kind: 'enter' | 'leave'; id: string; values: Values } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const label = (field: string) => (['number', 'date', 'signedBy'].includes(field) ? t(`evaluation.fields.${field}`) : t(`recordFields.consolidation.${field}`, field));
  const fail = useCallback((cause: unknown) => setMessage({ kind: 'error', text: t('consolidation.form.failed', { detail: failureDetail(cause, t) }) }), [t]);

  const refresh = useCallback(async () => setEntries(await evaluation.consolidations(today)), [evaluation, today]);
  const showWeak = useCallback(
    async (year: number) => {
      if (Number.isNaN(year)) return setMessage({ kind: 'error', text: t('consolidation.form.yearInvalid') });
      setWeak({ year, ratings: await evaluation.weakRatings(year, today) });
    },
    [evaluation, today, t],
  );
  useEffect(() => {
    refresh().catch(fail);
    // Last year's ratings are what a new year's consolidation starts from.
    showWeak(Number(today.slice(0, 4)) - 1).catch(fail);
  }, [refresh, showWeak, fail, today]);

  async function save(write: () => Promise<unknown>, notice: string) {
    setMessage(null);
    setErrors([]);
    try {
      await write();
      setEditing(null);
      // The lists are read again before the notice: what it says is on the screen when it shows.
      await refresh();
      if (weak) await showWeak(weak.year);
      setMessage({ kind: 'notice', text: notice });
    } catch (cause) {
      if (cause instanceof ValidationFailed) setErrors(cause.issues.map((issue: FieldIssue) => issueText(t, issue, (path) => label(namedField(path)), evaluationCodeTexts)));
      else fail(cause);
    }
  }

  const enter = (rating: WeakRating) => {
    const values = editing?.values ?? {};
    return save(
      () =>
        evaluation.enterConsolidation({
          unitId: rating.evaluation.unitId,
          evaluationId: rating.evaluation.id,
          enteredOn: dayOf(values.enteredOn ?? ''),
          reason: values.reason ?? '',
          measures: values.measures ?? '',
          responsiblePerson: values.responsiblePerson ?? '',
          targetYear: yearOf(values.targetYear ?? ''),
          ...decisionOf(values, 'decision'),
        }),
      t('consolidation.form.entered', { unit: rating.unitName }),
    );
  };
  const leave = (entry: ConsolidationEntry) => {
    const values = editing?.values ?? {};
    const { decision } = decisionOf(values, 'decision');
    return save(
      () => evaluation.leaveConsolidation(entry.program.id, { leftOn: dayOf(values.leftOn ?? ''), ...(decision ? { exitDecision: decision } : {}), ...(values.outcome?.trim() ? { outcome: values.outcome } : {}) }),
      t('consolidation.form.left', { unit: entry.unitName }),
    );
  };

  const decisionFields = [
    { name: 'decisionNumber', label: t('consolidation.form.decisionNumber') },
    { name: 'decisionDate', label: t('consolidation.form.decisionDate') },
    { name: 'decisionSignedBy', label: t('consolidation.form.signedBy') },
  ];
  /** The form of a row, in a row of its own under it, while it is open. */
  const formUnder = (kind: 'enter' | 'leave', id: string, columns: number, title: string, fields: readonly { name: string; label: string; wide?: boolean }[], submit: () => Promise<void>) =>
    editing?.kind === kind &&
    editing.id === id && (
      <tr className="form-row" key={`${id}-form`}>
        <td colSpan={columns}>
          <InlineForm title={title} values={editing.values} fields={fields} onChange={(values) => setEditing({ ...editing, values })} onSubmit={submit} onCancel={() => setEditing(null)} errors={errors} />
        </td>
      </tr>
    );
  const open = (kind: 'enter' | 'leave', id: string, values: Values) => {
    setErrors([]);
    setMessage(null);
    setEditing({ kind, id, values });
  };
  const shown = entries?.filter((entry) => showLeft || entry.state !== 'left') ?? [];
  const field = (name: string) => t(`recordFields.consolidation.${name}`);

  return (
    <section className="page evaluation-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('consolidation.title')}</h1>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <section aria-labelledby="consolidation-list-title">
        <div className="consolidation-heading">
          <h2 id="consolidation-list-title">{t('consolidation.list.title')}</h2>
          <label>
            <input type="checkbox" checked={showLeft} onChange={(event) => setShowLeft(event.target.checked)} /> {t('consolidation.list.showLeft')}
          </label>
        </div>
        {entries === null ? (
          <p className="loading">…</p>
        ) : shown.length === 0 ? (
          <p className="muted">{t('consolidation.list.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="evaluation-table consolidation-table">
              <thead>
                <tr>
                  <th>{t('consolidation.list.organization')}</th>
                  <th>{t('consolidation.list.entered')}</th>
                  <th>{field('reason')}</th>
                  <th>{field('measures')}</th>
                  <th>{field('responsiblePerson')}</th>
                  <th>{field('targetYear')}</th>
                  <th>{t('consolidation.list.state')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => [
                  <tr key={entry.program.id} className={`state-${entry.state}`}>
                    <td>{entry.unitName}</td>
                    <td>
                      {formatPartialDate(entry.program.enteredOn)}
                      {entry.program.decision && <div className="muted">{entry.program.decision.number}</div>}
                    </td>
                    <td>{entry.program.reason}</td>
                    <td>{entry.program.measures}</td>
                    <td>{entry.program.responsiblePerson}</td>
                    <td>{entry.program.targetYear}</td>
                    <td className="state">
                      {entry.state === 'left' ? t('consolidation.list.left', { date: formatPartialDate(entry.program.leftOn ?? '') }) : t(`consolidation.list.${entry.state}`)}
                      {entry.program.exitDecision && <div className="muted">{entry.program.exitDecision.number}</div>}
                    </td>
                    <td className="row-actions">
                      {entry.state !== 'left' && (
                        <button type="button" onClick={() => open('leave', entry.program.id, { leftOn: formatPartialDate(today) })}>
                          {t('consolidation.list.leave')}
                        </button>
                      )}
                    </td>
                  </tr>,
                  formUnder('leave', entry.program.id, 8, t('consolidation.list.leaveTitle', { unit: entry.unitName }), [{ name: 'leftOn', label: field('leftOn') }, ...decisionFields, { name: 'outcome', label: field('outcome'), wide: true }], () => leave(entry)),
                ])}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="consolidation-weak-title">
        <h2 id="consolidation-weak-title">{t('consolidation.weak.title')}</h2>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            setMessage(null);
            showWeak(yearOf(yearText)).catch(fail);
          }}
        >
          <label htmlFor={yearId}>{t('consolidation.weak.year')}</label>
          <input id={yearId} inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
          <button type="submit">{t('consolidation.weak.show')}</button>
        </form>
        {weak &&
          (weak.ratings.length === 0 ? (
            <p className="muted">{t('consolidation.weak.empty', { year: weak.year })}</p>
          ) : (
            <div className="table-scroll">
              <table className="evaluation-table consolidation-table">
                <thead>
                  <tr>
                    <th>{t('consolidation.list.organization')}</th>
                    <th>{t('consolidation.weak.grade')}</th>
                    <th>{t('consolidation.weak.decision')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {weak.ratings.map((rating) => [
                    <tr key={rating.evaluation.id}>
                      <td>{rating.unitName}</td>
                      <td>
                        {rating.gradeName}
                        {rating.evaluation.points !== undefined && ` (${rating.evaluation.points})`}
                      </td>
                      <td>{rating.evaluation.decision && `${rating.evaluation.decision.number}, ${formatPartialDate(rating.evaluation.decision.date)}`}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          onClick={() =>
                            open('enter', rating.evaluation.id, {
                              enteredOn: formatPartialDate(today),
                              reason: t('consolidation.weak.reason', { grade: rating.gradeName, year: rating.evaluation.period.year }),
                              targetYear: String(rating.evaluation.period.year + 1),
                            })
                          }
                        >
                          {t('consolidation.weak.add')}
                        </button>
                      </td>
                    </tr>,
                    formUnder(
                      'enter',
                      rating.evaluation.id,
                      4,
                      t('consolidation.weak.addTitle', { unit: rating.unitName }),
                      [
                        { name: 'enteredOn', label: field('enteredOn') },
                        { name: 'targetYear', label: field('targetYear') },
                        { name: 'reason', label: field('reason'), wide: true },
                        { name: 'measures', label: field('measures'), wide: true },
                        { name: 'responsiblePerson', label: field('responsiblePerson'), wide: true },
                        ...decisionFields,
                      ],
                      () => enter(rating),
                    ),
                  ])}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </section>
  );
}
