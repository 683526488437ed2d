import { failureDetail } from '../../app/failure-detail';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHistoryKind } from '../../../shared/people/person-history';
import type { HistoryRow, HistoryValues } from '../../../shared/people/person-service';
import { useRecordTexts } from '../../i18n';
import { useServices } from '../../data/services';
import { allValues, textsOf } from './form-values';
import { FieldControl } from './FieldControl';
import { FormMessages } from './FormMessages';
import { historyColumns, historyInputs, historyInputsOf } from './person-fields';
import { useDisplay } from './person-context';
import { useRecordForm } from './use-record-form';

interface HistoryTableProps {
  readonly personId: string;
  readonly kind: PersonHistoryKind;
  readonly rows: readonly HistoryRow[];
  /** Reads the dossier again; resolves once the new rows are on the page. */
  readonly onChanged: () => Promise<void>;
}

/** One of the person's dated tables (training, work, salary, family…): rows to add, change and delete. */
export function HistoryTable({ personId, kind, rows, onChanged }: HistoryTableProps) {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const display = useDisplay();
  const { person } = useServices();
  /** The row being edited: its id, `new` for a row being added, null when no form is open. */
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const columns = historyColumns[kind];
  const titleId = `history-${kind}-title`;

  async function remove(rowId: string) {
    setFailure(null);
    try {
      await person.removeHistory(personId, rowId);
      await onChanged();
      setDeleting(null);
    } catch (error) {
      setFailure(t('person.failed', { detail: failureDetail(error, t) }));
    }
  }

  return (
    <section className="history" aria-labelledby={titleId}>
      <h3 id={titleId}>{t(`person.historyKind.${kind}`)}</h3>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('person.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table className="person-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {fieldLabel('personHistory', column)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('person.rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={editing === row.id ? 'editing' : undefined}>
                  {columns.map((column) => (
                    <td key={column}>{display(historyInputs[column], (row as Record<string, unknown>)[column])}</td>
                  ))}
                  <td className="row-actions">
                    {deleting === row.id ? (
                      <span role="group" aria-label={t('person.confirmDelete')}>
                        <span className="confirm-text">{t('person.confirmDelete')}</span>
                        <button type="button" className="danger" onClick={() => remove(row.id)}>
                          {t('person.delete')}
                        </button>
                        <button type="button" onClick={() => setDeleting(null)}>
                          {t('person.keep')}
                        </button>
                      </span>
                    ) : (
                      <>
                        <button type="button" disabled={editing !== null} onClick={() => setEditing(row.id)}>
                          {t('person.edit')}
                        </button>
                        <button type="button" disabled={editing !== null} onClick={() => setDeleting(row.id)}>
                          {t('person.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          {t('person.addRow')}
        </button>
      ) : (
        <HistoryRowForm
          key={editing}
          personId={personId}
          kind={kind}
          row={rows.find((row) => row.id === editing) ?? null}
          onSaved={onChanged}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

interface HistoryRowFormProps {
  readonly personId: string;
  readonly kind: PersonHistoryKind;
  readonly row: HistoryRow | null;
  readonly onSaved: () => Promise<void>;
  readonly onDone: () => void;
}

function HistoryRowForm({ personId, kind, row, onSaved, onDone }: HistoryRowFormProps) {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const { person } = useServices();
  const inputs = historyInputsOf(kind);
  const columns = historyColumns[kind];
  const [initial] = useState(() => textsOf(inputs, row ?? {}));
  const form = useRecordForm('personHistory', initial, columns);

  async function save(event: FormEvent) {
    event.preventDefault();
    // Every field of the row is sent: an emptied one is null, which clears it.
    const values = { ...allValues(inputs, form.typed), kind } as HistoryValues;
    const saved = await form.submit(async () => {
      await person.saveHistory(personId, row?.id ?? null, values);
      await onSaved();
    });
    if (saved) onDone();
  }

  const legendId = `history-${kind}-form`;
  return (
    <form className="form card person-form" ref={form.formRef} onSubmit={save} noValidate aria-labelledby={legendId}>
      <h4 id={legendId}>{t(row ? 'person.editRow' : 'person.newRow', { table: t(`person.historyKind.${kind}`) })}</h4>
      <FormMessages form={form} />
      <div className="person-form-grid">
        {columns.map((column) => (
          <FieldControl
            key={column}
            id={`history-${kind}-${column}`}
            label={fieldLabel('personHistory', column)}
            input={historyInputs[column]}
            value={form.typed[column] ?? ''}
            onChange={form.setField(column)}
            error={form.errorOf(column)}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={form.saving}>
          {form.saving ? t('person.saving') : t('person.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('person.cancel')}
        </button>
      </div>
    </form>
  );
}
