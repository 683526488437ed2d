import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordPatch } from '../../../shared/records/write-path';
import { useRecordTexts } from '../../i18n';
import { useServices } from '../../data/services';
import { changedValues, textsOf } from './form-values';
import { FieldControl } from './FieldControl';
import { personInputs, type PersonFieldName } from './person-fields';
import { useDisplay } from './person-context';
import { FormMessages } from './FormMessages';
import { useRecordForm } from './use-record-form';

interface FieldsSectionProps {
  readonly personId: string;
  /** The values shown (the person record, or the restricted fields once asked for). */
  readonly record: Readonly<Record<string, unknown>>;
  readonly readOnly?: readonly PersonFieldName[];
  readonly editable: readonly PersonFieldName[];
  /** Reads the record again; resolves once the new values are on the page. */
  readonly onSaved: () => Promise<void>;
}

/** Some of the person record's fields: read as a list, edited as a form that saves only what was changed. */
export function FieldsSection({ personId, record, readOnly = [], editable, onSaved }: FieldsSectionProps) {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const display = useDisplay();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState(false);

  return (
    <div className="person-fields">
      {notice && (
        <p className="notice" role="status">
          {t('person.saved')}
        </p>
      )}
      {editing ? (
        <FieldsForm
          personId={personId}
          record={record}
          fields={editable}
          onSaved={onSaved}
          onDone={(saved) => {
            setEditing(false);
            setNotice(saved);
          }}
        />
      ) : (
        <>
          <dl className="details person-details">
            {[...readOnly, ...editable].map((field) => (
              <div key={field} className="person-detail">
                <dt>{fieldLabel('person', field)}</dt>
                <dd>{display(personInputs[field], record[field]) || <span className="muted">—</span>}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={() => (setEditing(true), setNotice(false))}>
            {t('person.edit')}
          </button>
        </>
      )}
    </div>
  );
}

interface FieldsFormProps {
  readonly personId: string;
  readonly record: FieldsSectionProps['record'];
  readonly fields: readonly PersonFieldName[];
  readonly onSaved: () => Promise<void>;
  readonly onDone: (saved: boolean) => void;
}

function FieldsForm({ personId, record, fields, onSaved, onDone }: FieldsFormProps) {
  const { t } = useTranslation();
  const { fieldLabel } = useRecordTexts();
  const { person } = useServices();
  const inputs = Object.fromEntries(fields.map((field) => [field, personInputs[field]]));
  const [initial] = useState(() => textsOf(inputs, record));
  const form = useRecordForm('person', initial, fields);

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch = changedValues(inputs, initial, form.typed);
    if (Object.keys(patch).length === 0) return onDone(false);
    // The write path parses the whole record: a value typed wrongly comes back as an issue next to its field.
    const saved = await form.submit(async () => {
      await person.update(personId, patch as RecordPatch<'person'>);
      await onSaved();
    });
    if (saved) onDone(true);
  }

  return (
    <form className="form person-form" ref={form.formRef} onSubmit={save} noValidate>
      <FormMessages form={form} />
      <div className="person-form-grid">
        {fields.map((field) => (
          <FieldControl
            key={field}
            id={`person-${field}`}
            label={fieldLabel('person', field)}
            input={personInputs[field]}
            value={form.typed[field] ?? ''}
            onChange={form.setField(field)}
            error={form.errorOf(field)}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={form.saving}>
          {form.saving ? t('person.saving') : t('person.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('person.cancel')}
        </button>
      </div>
    </form>
  );
}
