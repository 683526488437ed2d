/**
 * "Chuyển sinh hoạt đảng": the transfer register of a unit's subtree since a day: members in transit (counted, the
 * 30-day deadline and the overdue shown), letters awaiting acceptance at our units, letters out and members accepted
 * in the period. Each open letter has its actions: accept, sign on, returned, expired.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { addYears, formatPartialDate } from '../../../shared/dates/partial-date';
import { acceptTransferSchema, closeTransferSchema, issueTransferSchema, signHopSchema, type TransferRegister, type TransferRow } from '../../../shared/events/transfer-service';
import { transferKinds } from '../../../shared/events/transfer';
import type { PersonMatch } from '../../../shared/people/person-search';
import { PersonSearch } from '../planning/PersonSearch';
import type { TFunction } from 'i18next';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { WorkflowUnits } from '../../data/workflow-units';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { writeOutcome } from '../admission/refusal-text';
import { MessageLine, NoteField, TextField, useUnitData, WorkflowDialog } from '../admission/workflow-parts';
import { parseDay } from '../organizations/as-at';
import { UnitPicker } from '../people/UnitPicker';
import '../admission/admission.css';

type Action = 'accept' | 'signHop' | 'returned' | 'expired';
type Section = 'inTransit' | 'awaiting' | 'out' | 'in';

function actionsOf(section: Section, row: TransferRow): Action[] {
  if (section === 'awaiting') return ['accept'];
  if (section !== 'inTransit') return [];
  return ['signHop', 'returned', ...(row.overdue ? (['expired'] as const) : [])];
}

interface DialogProps {
  readonly row: TransferRow;
  readonly action: Action;
  readonly units: WorkflowUnits;
  readonly today: string;
  onDone(message: string): void;
  onCancel(): void;
}

/** The Vietnamese text of what a form's schema refused, each issue naming its field. */
function issuesText(t: TFunction, error: z.ZodError): string {
  return toFieldIssues(error)
    .map((issue) => t(issue.messageKey, { ...issue.params, field: t(`transfers.fields.${issue.field}`, issue.field) }))
    .join(' ');
}

function TransferActionDialog({ row, action, units, today, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation();
  const { transfers } = useServices();
  const id = useId();
  const [date, setDate] = useState(formatPartialDate(today));
  const [toUnitId, setToUnitId] = useState<string | undefined>(row.transfer.toUnitId);
  const [office, setOffice] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { transfer } = row;
  const day = parseDay(date) ?? date;
  const optionalNote = note.trim() ? { note } : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const attempt = async <S extends z.ZodType>(schema: S, raw: unknown, write: (values: z.infer<S>) => Promise<unknown>) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        setError(issuesText(t, parsed.error));
        return false;
      }
      await write(parsed.data);
      return true;
    };
    try {
      let done: boolean;
      if (action === 'accept') done = await attempt(acceptTransferSchema, { acceptedOn: day, toUnitId, ...optionalNote }, (values) => transfers.accept(transfer.id, values));
      else if (action === 'signHop') done = await attempt(signHopSchema, { office, signedOn: day }, (values) => transfers.signHop(transfer.id, values));
      else done = await attempt(closeTransferSchema, { status: action, ...optionalNote }, (values) => transfers.close(transfer.id, values));
      const status = action === 'accept' ? 'accepted' : action === 'signHop' ? 'in-transit' : action;
      if (done) onDone(t('transfers.form.saved', { name: row.personName, letter: transfer.letterNumber, status: t(`transfers.statuses.${status}`) }));
    } catch (cause) {
      setError(writeOutcome(t, cause, 'transfers').text);
    }
  }

  const title =
    action === 'accept'
      ? t('transfers.form.acceptTitle', { name: row.personName, letter: transfer.letterNumber })
      : action === 'signHop'
        ? t('transfers.form.signTitle', { letter: transfer.letterNumber })
        : t('transfers.form.closeTitle', { action: t(`transfers.actions.${action}`), letter: transfer.letterNumber });
  return (
    <WorkflowDialog title={title} error={error} saveLabel={t('transfers.form.save')} cancelLabel={t('transfers.form.cancel')} onSubmit={submit} onCancel={onCancel}>
      {action === 'accept' && <TextField id={`${id}-date`} label={t('transfers.form.acceptedOn')} value={date} onChange={setDate} />}
      {action === 'accept' && <UnitPicker units={units.units} value={toUnitId} onChange={setToUnitId} label={t('transfers.form.toUnitId')} />}
      {action === 'signHop' && <TextField id={`${id}-office`} label={t('transfers.form.office')} value={office} onChange={setOffice} />}
      {action === 'signHop' && <TextField id={`${id}-date`} label={t('transfers.form.signedOn')} value={date} onChange={setDate} />}
      {action !== 'signHop' && <NoteField id={`${id}-note`} label={t('transfers.form.note')} value={note} onChange={setNote} />}
    </WorkflowDialog>
  );
}

/** Issues an introduction letter: the member, the kind, the letter's number, where to (one of our units or a place), the day and who signs first. */
function IssueLetterDialog({ units, today, onDone, onCancel }: { units: WorkflowUnits; today: string; onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { transfers } = useServices();
  const id = useId();
  const [person, setPerson] = useState<PersonMatch | undefined>(undefined);
  const [kind, setKind] = useState<string>('permanent');
  const [letterNumber, setLetterNumber] = useState('');
  const [toUnitId, setToUnitId] = useState<string | undefined>(undefined);
  const [destination, setDestination] = useState('');
  const [date, setDate] = useState(formatPartialDate(today));
  const [signedBy, setSignedBy] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const raw = { personId: person?.id ?? '', kind, letterNumber, toUnitId, destination: destination.trim() || undefined, issuedOn: parseDay(date) ?? date, signedBy: signedBy.trim() || undefined, note: note.trim() || undefined };
    const parsed = issueTransferSchema.safeParse(raw);
    if (!parsed.success) return setError(issuesText(t, parsed.error));
    try {
      const issued = await transfers.issue(parsed.data);
      onDone(t('transfers.form.saved', { name: person?.fullName ?? '', letter: issued.letterNumber, status: t(`transfers.statuses.${issued.status}`) }));
    } catch (cause) {
      setError(writeOutcome(t, cause, 'transfers').text);
    }
  }

  return (
    <WorkflowDialog title={t('transfers.form.issueTitle')} error={error} saveLabel={t('transfers.form.save')} cancelLabel={t('transfers.form.cancel')} onSubmit={submit} onCancel={onCancel}>
      <PersonSearch label={t('transfers.fields.personId')} chosen={person} find={transfers.findPeople} onChange={setPerson} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('transfers.fields.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
          {transferKinds.map((each) => (
            <option key={each} value={each}>
              {t(`transfers.kinds.${each}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${id}-letter`} label={t('transfers.fields.letterNumber')} value={letterNumber} onChange={setLetterNumber} />
      <UnitPicker units={units.units} value={toUnitId} onChange={setToUnitId} label={t('transfers.form.toOurUnit')} />
      <TextField id={`${id}-destination`} label={t('transfers.fields.destination')} value={destination} onChange={setDestination} placeholder={t('transfers.form.destinationHint')} />
      <TextField id={`${id}-date`} label={t('transfers.fields.issuedOn')} value={date} onChange={setDate} />
      <TextField id={`${id}-signed`} label={t('transfers.fields.signedBy')} value={signedBy} onChange={setSignedBy} />
      <NoteField id={`${id}-note`} label={t('transfers.form.note')} value={note} onChange={setNote} />
    </WorkflowDialog>
  );
}

function TransferTable({ section, rows, onAction }: { section: Section; rows: readonly TransferRow[]; onAction(row: TransferRow, action: Action): void }) {
  const { t } = useTranslation();
  const withActions = section === 'inTransit' || section === 'awaiting';
  return (
    <section className="card" aria-labelledby={`transfers-${section}`}>
      <h2 id={`transfers-${section}`}>
        {t(`transfers.sections.${section}`)} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('transfers.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="workflow-table">
            <thead>
              <tr>
                {(['person', 'letter', 'kind', 'from', 'to', 'issuedOn', 'presentBy', 'days', 'status'] as const).map((column) => (
                  <th key={column}>{t(`transfers.columns.${column}`)}</th>
                ))}
                {withActions && <th>{t('transfers.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.transfer.id}>
                  <td>
                    <Link to={`/people/${row.transfer.personId}`}>{row.personName}</Link>
                  </td>
                  <td>{row.transfer.letterNumber}</td>
                  <td>{t(`transfers.kinds.${row.transfer.kind}`)}</td>
                  <td>{row.fromUnitName}</td>
                  <td>{row.toName}</td>
                  <td>{formatPartialDate(row.transfer.issuedOn)}</td>
                  <td className={row.overdue ? 'overdue' : undefined}>
                    {formatPartialDate(row.transfer.presentBy)}
                    {row.overdue && ` (${t('transfers.overdue')})`}
                  </td>
                  <td>{t('transfers.daysCount', { count: row.days })}</td>
                  <td>{t(`transfers.statuses.${row.transfer.status}`)}</td>
                  {withActions && (
                    <td>
                      {actionsOf(section, row).map((action) => (
                        <button key={action} type="button" className="admission-move" aria-label={`${t(`transfers.actions.${action}`)}: ${row.personName}`} onClick={() => onAction(row, action)}>
                          {t(`transfers.actions.${action}`)}
                        </button>
                      ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function TransfersPage() {
  const { t } = useTranslation();
  const { transfers } = useServices();
  const today = localDay();
  const from = addYears(today, -1);
  const loadRegister = useCallback((unitId: string | undefined) => transfers.register(unitId, from, today), [transfers, from, today]);
  const { units, unitId, setUnitId, data: register, message, setMessage, reload } = useUnitData(transfers.units, loadRegister, today, 'transfers.failed');
  const [acting, setActing] = useState<{ row: TransferRow; action: Action } | null>(null);
  const [issuing, setIssuing] = useState(false);
  const done = (text: string) => {
    setActing(null);
    setIssuing(false);
    setMessage({ kind: 'notice', text });
    reload();
  };

  const onAction = (row: TransferRow, action: Action) => setActing({ row, action });
  return (
    <section className="page transfers-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('workflows.transfers.title')}</h1>
      <p className="muted">{t('transfers.intro')}</p>
      <div className="admission-toolbar">
        {units && <UnitPicker units={units.units} value={unitId} onChange={setUnitId} label={t('transfers.unit')} />}
        <button type="button" className="primary" onClick={() => setIssuing(true)}>
          {t('transfers.actions.issue')}
        </button>
      </div>
      <MessageLine message={message} />
      {!register ? (
        <p className="loading">{t('transfers.loading')}</p>
      ) : (
        <>
          <p>
            {t('transfers.period', { from: formatPartialDate(from), to: formatPartialDate(today) })}{' '}
            <strong>{t('transfers.counts', { count: register.inTransit.length, overdue: register.inTransit.filter((row) => row.overdue).length })}</strong>
          </p>
          <TransferTable section="inTransit" rows={register.inTransit} onAction={onAction} />
          <TransferTable section="awaiting" rows={register.awaiting} onAction={onAction} />
          <TransferTable section="out" rows={register.out} onAction={onAction} />
          <TransferTable section="in" rows={register.in} onAction={onAction} />
        </>
      )}
      {acting && units && (
        <TransferActionDialog
          row={acting.row}
          action={acting.action}
          units={units}
          today={today}
          onCancel={() => setActing(null)}
          onDone={done}
        />
      )}
      {issuing && units && <IssueLetterDialog units={units} today={today} onCancel={() => setIssuing(false)} onDone={done} />}
    </section>
  );
}
