/**
 * "Quy hoạch cán bộ": a unit's succession plan in a cycle. Each planned position with its pool (priority, age at the
 * start of the term, the votes of each selection step, the decision), the structure warnings, the yearly review that
 * adds and removes candidates by decision, and the printable planning list.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { PersonMatch } from '../../../shared/people/person-search';
import type { PlanningBoard, PlanningCycles, PoolCandidate, PositionPool } from '../../../shared/planning/planning-service';
import type { PlanningWarning } from '../../../shared/planning/structure-rules';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import { platform } from '../../platform';
import { TextField } from '../organizations/form-controls';
import { PlanningSetup } from './PlanningSetup';
import { SelectField } from './SelectField';
import { WorkTable } from './WorkTable';
import { StatusMessage } from '../workflows/StatusMessage';
import { useDecisionForm } from './use-decision-form';
import { PersonSearch } from './PersonSearch';
import { emptyReview, formFieldOf, reviewFromForm, type ReviewFormValues, type ReviewMode } from './review-form';
import './planning.css';

const catalogName = (entries: readonly CatalogEntry[], catalog: CatalogName, code: string | undefined) => (code === undefined ? '' : (findEntry(entries, catalog, code)?.name ?? code));

export function PlanningPage() {
  const { t } = useTranslation();
  const { planning } = useServices();
  const formId = useId();
  const label = (field: string) => t(`planning.review.fields.${field}`, { defaultValue: field });
  const form = useDecisionForm({ label, refusedKey: 'planning.review.refused', failedKey: 'planning.failed' });
  const { errors, setErrors, message, setMessage, saving } = form;
  const [cycles, setCycles] = useState<PlanningCycles | null>(null);
  const [catalogs, setCatalogs] = useState<readonly CatalogEntry[]>([]);
  const [cycleId, setCycleId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [board, setBoard] = useState<PlanningBoard | null>(null);
  const [mode, setMode] = useState<ReviewMode>('add');
  const [values, setValues] = useState<ReviewFormValues>(emptyReview);
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);

  useEffect(() => {
    let current = true;
    Promise.all([planning.cycles(), planning.catalogs()]).then(
      ([loaded, entries]) => {
        if (!current) return;
        setCycles(loaded);
        setCatalogs(entries);
        const first = loaded.cycles[0];
        if (first) {
          setCycleId(first.id);
          setUnitId(loaded.unitsByCycle[first.id]?.[0]?.id ?? '');
        }
      },
      (cause: unknown) => current && setMessage({ kind: 'error', text: t('planning.failed', { detail: describeUnknownError(cause) }) }),
    );
    return () => {
      current = false;
    };
  }, [planning, t]);

  /** Bumped when the setup of the plan changed, so the board is read again even for the same cycle and unit. */
  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => {
    if (!cycleId || !unitId) return setBoard(null);
    setBoard(await planning.board(cycleId, unitId));
  }, [planning, cycleId, unitId, version]);

  /** After a cycle or a position was added: the cycles again, showing the cycle (and the unit) named. */
  const showSetup = useCallback(
    async (nextCycleId: string, nextUnitId?: string) => {
      const loaded = await planning.cycles();
      setCycles(loaded);
      setCycleId(nextCycleId);
      setUnitId(nextUnitId ?? loaded.unitsByCycle[nextCycleId]?.[0]?.id ?? '');
      setVersion((before) => before + 1);
    },
    [planning],
  );

  useEffect(() => {
    reload().catch((cause: unknown) => setMessage({ kind: 'error', text: t('planning.failed', { detail: describeUnknownError(cause) }) }));
  }, [reload, t]);

  const set = (field: keyof ReviewFormValues) => (value: string) => setValues((before) => ({ ...before, [field]: value }));

  function startRemoval(candidate: PoolCandidate) {
    setMode('remove');
    setValues((before) => ({ ...before, candidateId: candidate.candidate.id }));
    setErrors({});
    document.getElementById(`${formId}-review`)?.scrollIntoView({ block: 'start' });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await form.save(reviewFromForm(mode, { ...values, personId: person?.id ?? '' }), planning.review, formFieldOf, async (result) => {
      await reload();
      setValues((before) => ({ ...emptyReview, decisionNumber: before.decisionNumber, decisionDate: before.decisionDate, signedBy: before.signedBy, effectiveDate: before.effectiveDate, positionId: before.positionId }));
      setPerson(undefined);
      setMode('add');
      return mode === 'add' ? t('planning.review.added', { count: result.added.length }) : t('planning.review.removed', { count: result.removed.length });
    });
  }

  async function print() {
    setMessage(null);
    const result = await platform.printToPdf({ suggestedName: `quy-hoach-${board?.cycle.partyTermFrom ?? ''}.pdf` });
    if (!result.ok) setMessage({ kind: 'error', text: t(`platformError.${result.error.code}`) });
  }

  const cycle = cycles?.cycles.find((each) => each.id === cycleId);
  const units = cycles?.unitsByCycle[cycleId] ?? [];
  const removing = board?.pools.flatMap((pool) => pool.candidates).find((entry) => entry.candidate.id === values.candidateId);
  const unitWarnings = board?.warnings.filter((warning) => warning.positionId === undefined) ?? [];

  const textField = (field: keyof ReviewFormValues, options: { placeholder?: string } = {}) => (
    <TextField name={field} label={label(field)} value={values[field]} onChange={set(field)} errorFor={form.errorFor} {...options} />
  );
  const datePlaceholder = t('planning.datePlaceholder');

  return (
    <section className="page planning-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.planning.title')}</h1>
      <div className="card planning-choice">
        <SelectField
          name="cycle"
          label={t('planning.cycle')}
          value={cycleId}
          options={cycles?.cycles.map((each) => ({ value: each.id, label: each.name })) ?? []}
          onChange={(id) => {
            setCycleId(id);
            setUnitId(cycles?.unitsByCycle[id]?.[0]?.id ?? '');
          }}
          errorFor={() => undefined}
        />
        <SelectField name="unit" label={t('planning.unit')} value={unitId} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} onChange={setUnitId} errorFor={() => undefined} />
        {cycle && <p className="planning-terms">{t('planning.terms', { partyFrom: cycle.partyTermFrom, partyTo: cycle.partyTermTo, stateFrom: cycle.stateTermFrom, stateTo: cycle.stateTermTo })}</p>}
        <div className="actions">
          <button type="button" onClick={print} disabled={!board}>
            {t('planning.print')}
          </button>
        </div>
      </div>
      <PlanningSetup cycleId={cycleId} catalogs={catalogs} onChanged={showSetup} />
      {cycles && cycles.cycles.length === 0 && <p className="empty-state">{t('planning.noCycles')}</p>}
      <StatusMessage message={message} />

      {board && (
        <article className="planning-list" aria-labelledby="planning-list-title">
          <header className="planning-list-header">
            <h2 id="planning-list-title">{t('planning.listTitle', { unit: board.unit.name })}</h2>
            <p>
              {board.cycle.name} · {t('planning.terms', { partyFrom: board.cycle.partyTermFrom, partyTo: board.cycle.partyTermTo, stateFrom: board.cycle.stateTermFrom, stateTo: board.cycle.stateTermTo })}
            </p>
            <p>{t('planning.summary', { positions: board.pools.length, people: board.people })}</p>
          </header>
          <section className="planning-warnings" aria-labelledby="planning-warnings-title">
            <h3 id="planning-warnings-title">{t('planning.warningsTitle')}</h3>
            {unitWarnings.length === 0 ? (
              <p className="muted">{board.people === 0 ? t('planning.nobodyPlanned') : t('planning.noWarnings')}</p>
            ) : (
              <ul>
                {unitWarnings.map((warning) => (
                  <li key={warning.key}>{t(`planning.warnings.${warning.key}`, warning.params)}</li>
                ))}
              </ul>
            )}
          </section>
          {board.pools.map((pool) => (
            <PoolTable key={pool.position.id} pool={pool} warnings={board.warnings} catalogs={catalogs} termFrom={board.cycle.partyTermFrom} onRemove={startRemoval} />
          ))}
        </article>
      )}

      {board && (
        <form className="card planning-review" id={`${formId}-review`} onSubmit={submit} noValidate aria-labelledby={`${formId}-review-title`}>
          <h2 id={`${formId}-review-title`}>{t('planning.review.title')}</h2>
          <p className="muted">{t('planning.review.intro')}</p>
          <fieldset className="planning-mode">
            <legend>{t('planning.review.mode')}</legend>
            {(['add', 'remove'] as const).map((each) => (
              <label key={each}>
                <input type="radio" name={`${formId}-mode`} value={each} checked={mode === each} onChange={() => (setMode(each), setErrors({}))} /> {t(`planning.review.modes.${each}`)}
              </label>
            ))}
          </fieldset>
          <div className="planning-form-grid">
            {textField('decisionNumber', { placeholder: t('planning.review.decisionPlaceholder') })}
            {textField('decisionDate', { placeholder: datePlaceholder })}
            {textField('signedBy')}
            {textField('effectiveDate', { placeholder: t('planning.review.effectivePlaceholder') })}
          </div>
          {mode === 'add' ? (
            <>
              <div className="planning-form-grid">
                <SelectField
                  name="positionId"
                  label={label('positionId')}
                  value={values.positionId}
                  options={board.pools.map((pool) => ({ value: pool.position.id, label: pool.position.title }))}
                  none={t('planning.review.choosePosition')}
                  onChange={set('positionId')}
                  errorFor={form.errorFor}
                />
                <PersonSearch label={label('personId')} chosen={person} find={planning.findPeople} onChange={setPerson} error={errors.personId} />
                {textField('priority')}
              </div>
              <fieldset className="planning-vote">
                <legend>{t('planning.review.vote')}</legend>
                <div className="planning-form-grid">
                  {textField('voteStep', { placeholder: t('planning.review.stepPlaceholder') })}
                  {textField('voteDate', { placeholder: datePlaceholder })}
                  {textField('votesFor')}
                  {textField('votesAgainst')}
                  {textField('totalVoters')}
                </div>
              </fieldset>
            </>
          ) : (
            <div className="planning-form-grid">
              <div className="field">
                <span className="field-label">{label('candidateId')}</span>
                <p className="planning-removing">{removing ? `${removing.person?.fullName ?? removing.candidate.personId} · ${board.pools.find((pool) => pool.position.id === removing.candidate.positionId)?.position.title ?? ''}` : t('planning.review.chooseCandidate')}</p>
                {errors.candidateId && <p className="field-error">{errors.candidateId}</p>}
              </div>
              {textField('reason')}
            </div>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              {mode === 'add' ? t('planning.review.submitAdd') : t('planning.review.submitRemove')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function PoolTable({ pool, warnings, catalogs, termFrom, onRemove }: { pool: PositionPool; warnings: readonly PlanningWarning[]; catalogs: readonly CatalogEntry[]; termFrom: number; onRemove: (candidate: PoolCandidate) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { position } = pool;
  const positionWarnings = warnings.filter((warning) => warning.positionId === position.id && warning.candidateId === undefined);
  const candidateWarnings = (candidateId: string) => warnings.filter((warning) => warning.candidateId === candidateId);
  return (
    <section className="planning-pool" aria-labelledby={titleId}>
      <h3 id={titleId}>{position.title}</h3>
      <p className="planning-pool-facts">
        {t('planning.pool.facts', { seats: position.seats, count: pool.candidates.length })}
        {positionWarnings.map((warning) => (
          <span key={warning.key} className="planning-warning">
            {' '}
            {t(`planning.warnings.${warning.key}`, warning.params)}
          </span>
        ))}
      </p>
      {pool.candidates.length > 0 && (
        <WorkTable
          columns={[
            t('planning.pool.priority'),
            t('planning.pool.name'),
            t('planning.pool.birthDate'),
            t('planning.pool.ageAtStart', { year: termFrom }),
            t('planning.pool.ethnicity'),
            t('planning.pool.post'),
            t('planning.pool.qualifications'),
            t('planning.pool.votes'),
            t('planning.pool.decision'),
            t('planning.pool.notes'),
            { label: <span className="visually-hidden">{t('planning.pool.actions')}</span>, className: 'planning-no-print' },
          ]}
        >
          {pool.candidates.map((entry) => {
            const { candidate, person } = entry;
            return (
              <tr key={candidate.id}>
                <td className="number">{candidate.priority}</td>
                <th scope="row">{person ? <Link to={`/people/${person.id}`}>{person.fullName}</Link> : candidate.personId}</th>
                <td>
                  {person ? formatPartialDate(person.birthDate) : ''}
                  {person && <span className="planning-sex">{t(`planning.sex.${person.sex}`)}</span>}
                </td>
                <td className="number">{entry.ageAtTermStart ?? ''}</td>
                <td>{catalogName(catalogs, 'ethnicity', person?.ethnicityCode)}</td>
                <td className="planning-post">{[person?.currentPost, person?.workplace].filter(Boolean).join(', ')}</td>
                <td className="planning-qualifications">{[catalogName(catalogs, 'politicalTheory', person?.politicalTheoryCode), catalogName(catalogs, 'professionalDegree', person?.professionalDegreeCode)].filter(Boolean).join('; ')}</td>
                <td className="planning-votes">
                  {candidate.votes.map((vote) => (
                    <div key={`${vote.step}-${vote.date}`}>
                      {t('planning.pool.vote', { step: vote.step, votes: vote.votesFor, voters: vote.totalVoters, share: (vote.votesFor / vote.totalVoters).toLocaleString('vi-VN', { style: 'percent', maximumFractionDigits: 1 }) })}
                    </div>
                  ))}
                </td>
                <td>{t('planning.pool.decisionText', { number: candidate.decision.number, date: formatPartialDate(candidate.decision.date) })}</td>
                <td>
                  {candidateWarnings(candidate.id).map((warning) => (
                    <div key={warning.key} className="planning-warning">
                      {t(`planning.warnings.${warning.key}`, warning.params)}
                    </div>
                  ))}
                </td>
                <td className="planning-no-print">
                  <button type="button" onClick={() => onRemove(entry)} aria-label={t('planning.pool.removeNamed', { name: person?.fullName ?? '' })}>
                    {t('planning.pool.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </WorkTable>
      )}
      {pool.removed.length > 0 && (
        <details className="planning-removed">
          <summary>{t('planning.pool.removedTitle', { count: pool.removed.length })}</summary>
          <ul>
            {pool.removed.map(({ candidate, person }) => (
              <li key={candidate.id}>
                {t('planning.pool.removedEntry', {
                  name: person?.fullName ?? candidate.personId,
                  date: formatPartialDate(candidate.removedOn ?? ''),
                  number: candidate.removalDecision?.number ?? '',
                  reason: candidate.removalReason ?? '',
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
