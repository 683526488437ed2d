/**
 * What the admission board and the transfer register share: the units to pick from and the data of the chosen
 * unit (reloaded after each write), the message line, and the dialog frame of a step's form with its fields.
 */
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/partial-date';
import { describeUnknownError } from '../../../shared/result';
import type { WorkflowUnits } from '../../data/workflow-units';

export type Message = { readonly kind: 'notice' | 'error'; readonly text: string };

export function MessageLine({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}

/**
 * The units (starting with the office's own) and the data of the chosen unit's subtree on `today`.
 * `failedKey` names the text shown when a read fails (with `{{detail}}`).
 */
export function useUnitData<T>(loadUnits: (day: IsoDate) => Promise<WorkflowUnits>, loadData: (unitId: string | undefined) => Promise<T>, today: IsoDate, failedKey: string) {
  const { t } = useTranslation();
  const [units, setUnits] = useState<WorkflowUnits | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [data, setData] = useState<T | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const failed = useCallback((cause: unknown) => setMessage({ kind: 'error', text: t(failedKey, { detail: describeUnknownError(cause) }) }), [t, failedKey]);

  useEffect(() => {
    loadUnits(today).then((loaded) => {
      setUnits(loaded);
      setUnitId((chosen) => chosen ?? loaded.ownUnitId ?? loaded.units[0]?.id);
    }, failed);
  }, [loadUnits, today, failed]);

  const reload = useCallback(() => {
    if (units) loadData(unitId).then(setData, failed);
  }, [loadData, units, unitId, failed]);
  useEffect(reload, [reload]);

  return { units, unitId, setUnitId, data, message, setMessage, reload };
}

export function TextField({ id, label, value, onChange, placeholder }: { id: string; label: string; value: string; onChange(value: string): void; placeholder?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" autoComplete="off" value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

export function NoteField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

interface DialogProps {
  readonly title: string;
  readonly error: string | null;
  readonly saveLabel: string;
  readonly cancelLabel: string;
  readonly saving?: boolean;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  readonly children: ReactNode;
}

/** A modal form: its title names it, the error (a refusal in Vietnamese) stands above the buttons. */
export function WorkflowDialog({ title, error, saveLabel, cancelLabel, saving = false, onSubmit, onCancel, children }: DialogProps) {
  const id = useId();
  return (
    <div className="admission-dialog-backdrop">
      <form className="admission-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saveLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
