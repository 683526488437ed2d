/** Labelled inputs of the restructuring form, each with its refusal underneath. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries, type CatalogEntry } from '../../../shared/catalogs/catalog';
import { SearchPicker, type PickerOption } from '../person/SearchPicker';
import type { UnitDraft } from './restructure-form';

/** The refusal shown under a control, by the control's key; undefined when there is none. */
export type ErrorFor = (key: string) => string | undefined;

const controlId = (key: string) => `restructure-${key.replace(/\./g, '-')}`;

export function Field({ name, label, hint, errorFor, children }: { name: string; label: string; hint?: string; errorFor: ErrorFor; children: (props: ControlProps) => ReactNode }) {
  const error = errorFor(name);
  const id = controlId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, invalid: error !== undefined, describedBy })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface ControlProps {
  readonly id: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
}

export function TextField({ name, label, hint, value, onChange, errorFor, placeholder }: { name: string; label: string; hint?: string; value: string; onChange: (value: string) => void; errorFor: ErrorFor; placeholder?: string }) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} errorFor={errorFor}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

export function UnitPickerField({ name, label, hint, value, options, onChange, errorFor }: { name: string; label: string; hint?: string; value: string; options: readonly PickerOption[]; onChange: (id: string) => void; errorFor: ErrorFor }) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} errorFor={errorFor}>
      {({ id, invalid, describedBy }) => <SearchPicker id={id} value={value} options={options} onChange={onChange} invalid={invalid} describedBy={describedBy} />}
    </Field>
  );
}

/** Code, name, kind and grassroots flag of a new unit; `prefix` is its key in the form (`newUnit`, `targets.0`). */
export function UnitDraftFields({ prefix, draft, onChange, catalogs, today, errorFor }: { prefix: string; draft: UnitDraft; onChange: (draft: UnitDraft) => void; catalogs: readonly CatalogEntry[]; today: string; errorFor: ErrorFor }) {
  const { t } = useTranslation();
  const kinds = activeEntries(catalogs, 'unitKind', today);
  return (
    <div className="unit-draft">
      <TextField name={`${prefix}.code`} label={t('organizations.form.code')} hint={t('organizations.form.codeHint')} value={draft.code} onChange={(code) => onChange({ ...draft, code })} errorFor={errorFor} />
      <TextField name={`${prefix}.name`} label={t('organizations.form.name')} value={draft.name} onChange={(name) => onChange({ ...draft, name })} errorFor={errorFor} />
      <Field name={`${prefix}.kind`} label={t('organizations.form.kind')} errorFor={errorFor}>
        {({ id, invalid, describedBy }) => (
          <select
            id={id}
            value={draft.kind}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              // The catalog says whether a kind is a grassroots organization; the user may still change it.
              const entry = kinds.find((candidate) => candidate.code === event.target.value);
              onChange({ ...draft, kind: event.target.value, isGrassroots: entry?.attributes?.isGrassroots === true });
            }}
          >
            <option value="">{t('organizations.form.chooseKind')}</option>
            {kinds.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field org-field-checkbox">
        <label>
          <input type="checkbox" checked={draft.isGrassroots} onChange={(event) => onChange({ ...draft, isGrassroots: event.target.checked })} /> {t('organizations.form.isGrassroots')}
        </label>
      </div>
    </div>
  );
}
