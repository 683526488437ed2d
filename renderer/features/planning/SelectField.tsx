/** A labelled list to choose from (a catalog, the positions of a plan), with its refusal; `none` adds a first "none chosen" line. */
import { Field, type ErrorFor } from '../organizations/form-controls';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export function SelectField({ name, label, value, options, none, onChange, errorFor }: { name: string; label: string; value: string; options: readonly SelectOption[]; none?: string; onChange: (value: string) => void; errorFor: ErrorFor }) {
  return (
    <Field name={name} label={label} errorFor={errorFor}>
      {({ id, invalid, describedBy }) => (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid ? true : undefined} aria-describedby={describedBy}>
          {none !== undefined && <option value="">{none}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A catalog's entries as options. */
export const entryOptions = (entries: readonly { readonly code: string; readonly name: string }[]): SelectOption[] => entries.map((entry) => ({ value: entry.code, label: entry.name }));
