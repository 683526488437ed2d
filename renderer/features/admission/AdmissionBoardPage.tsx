/**
 * "Kết nạp đảng viên": the admission board of a unit's subtree, one column per stage, the longest waiting first;
 * the probations ending above it. A card's button opens the form of its next step.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { AdmissionCard } from '../../../shared/events/admission-service';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { UnitPicker } from '../people/UnitPicker';
import { AdmissionStepDialog } from './AdmissionStepDialog';
import { MessageLine, NoteField, TextField, useUnitData, WorkflowDialog } from './workflow-parts';
import { writeOutcome } from './refusal-text';
import { parseDay } from '../organizations/as-at';
import { PersonSearch } from '../planning/PersonSearch';
import type { PersonMatch } from '../../../shared/people/person-search';
import './admission.css';

function CaseCard({ card, onMove }: { card: AdmissionCard; onMove(card: AdmissionCard): void }) {
  const { t } = useTranslation();
  return (
    <li className={`admission-card${card.reminder ? ` admission-card-${card.reminder}` : ''}`} aria-label={card.fullName}>
      <Link to={`/people/${card.personId}`} className="admission-card-name">
        {card.fullName}
      </Link>
      <span className="admission-card-unit">{card.unitName}</span>
      <span>
        {t('admission.board.born', { date: formatPartialDate(card.birthDate) })} · {t('admission.board.since', { date: formatPartialDate(card.since) })}
      </span>
      {card.helperNames.length > 0 && <span>{t('admission.board.helpers', { names: card.helperNames.join(', ') })}</span>}
      {card.probationEndsOn && <span>{t('admission.board.probationEnds', { date: formatPartialDate(card.probationEndsOn) })}</span>}
      {card.reminder && <strong className="admission-reminder">{t(`admission.board.reminder.${card.reminder}`)}</strong>}
      <button type="button" className="admission-move" onClick={() => onMove(card)}>
        {t('admission.board.move')}
      </button>
    </li>
  );
}

/** Puts a person on the list of outstanding non-members of their unit: the first step of the way in. */
function OpenCaseDialog({ today, onDone, onCancel }: { today: string; onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { admission } = useServices();
  const id = useId();
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);
  const [date, setDate] = useState(formatPartialDate(today));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await admission.open({ personId: person?.id ?? '', date: parseDay(date) ?? date, ...(note.trim() ? { note } : {}) });
      onDone(t('admission.open.saved', { name: person?.fullName ?? '' }));
    } catch (cause) {
      setError(writeOutcome(t, cause, 'admission').text);
    }
  }

  return (
    <WorkflowDialog title={t('admission.open.title')} error={error} saveLabel={t('admission.open.save')} cancelLabel={t('admission.step.cancel')} onSubmit={submit} onCancel={onCancel}>
      <PersonSearch label={t('admission.fields.personId')} chosen={person} find={admission.findPeople} onChange={setPerson} />
      <TextField id={`${id}-date`} label={t('admission.fields.date')} value={date} onChange={setDate} />
      <NoteField id={`${id}-note`} label={t('admission.fields.note')} value={note} onChange={setNote} />
    </WorkflowDialog>
  );
}

export function AdmissionBoardPage() {
  const { t } = useTranslation();
  const { admission } = useServices();
  const today = localDay();
  const loadBoard = useCallback((unitId: string | undefined) => admission.board(unitId, today), [admission, today]);
  const { units, unitId, setUnitId, data: board, message, setMessage, reload } = useUnitData(admission.units, loadBoard, today, 'admission.board.failed');
  const [moving, setMoving] = useState<AdmissionCard | null>(null);
  const [opening, setOpening] = useState(false);
  const done = (text: string) => {
    setMoving(null);
    setOpening(false);
    setMessage({ kind: 'notice', text });
    reload();
  };

  return (
    <section className="page admission-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.admission.title')}</h1>
      <p className="muted">{t('admission.board.intro')}</p>
      <div className="admission-toolbar">
        {units && <UnitPicker units={units.units} value={unitId} onChange={setUnitId} label={t('admission.board.unit')} />}
        <button type="button" className="primary" onClick={() => setOpening(true)}>
          {t('admission.open.button')}
        </button>
      </div>
      <MessageLine message={message} />
      {!board ? (
        <p className="loading">{t('admission.board.loading')}</p>
      ) : (
        <>
          <section className="card admission-probations" aria-labelledby="probations-title">
            <h2 id="probations-title">{t('admission.board.probations')}</h2>
            {board.probationsEnding.length === 0 ? (
              <p className="muted">{t('admission.board.probationsNone')}</p>
            ) : (
              <ul>
                {board.probationsEnding.slice(0, 20).map((card) => (
                  <li key={card.caseId}>
                    <Link to={`/people/${card.personId}`}>{card.fullName}</Link> – {card.unitName}: {t('admission.board.probationEnds', { date: formatPartialDate(card.probationEndsOn!) })}{' '}
                    <strong className="admission-reminder">{t(`admission.board.reminder.${card.reminder!}`)}</strong>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="admission-board">
            {board.columns.map((column) => (
              <section key={column.stage} className="admission-column" aria-labelledby={`column-${column.stage}`}>
                <h2 id={`column-${column.stage}`}>
                  {t(`admission.stages.${column.stage}`)}
                  <span className="admission-count">{t('admission.board.columnCount', { count: column.total })}</span>
                </h2>
                {column.cards.length === 0 ? (
                  <p className="muted">{t('admission.board.empty')}</p>
                ) : (
                  <ul>
                    {column.cards.map((card) => (
                      <CaseCard key={card.caseId} card={card} onMove={setMoving} />
                    ))}
                  </ul>
                )}
                {column.total > column.cards.length && <p className="muted admission-more">{t('admission.board.more', { count: column.total - column.cards.length })}</p>}
              </section>
            ))}
          </div>
        </>
      )}
      {moving && (
        <AdmissionStepDialog
          card={moving}
          helperIds={moving.helperPersonIds}
          today={today}
          onCancel={() => setMoving(null)}
          onDone={done}
        />
      )}
      {opening && <OpenCaseDialog today={today} onCancel={() => setOpening(false)} onDone={done} />}
    </section>
  );
}
