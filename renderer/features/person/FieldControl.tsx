import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries } from '../../../shared/catalogs/catalog';
import type { UnitChoice } from '../../data/person-services';
import type { FieldInput } from './form-values';
import { catalogName, usePersonContext } from './person-context';
import { SearchPicker, type PickerOption } from './SearchPicker';

interface FieldControlProps {
  readonly id: string;
  readonly label: string;
  readonly input: FieldInput;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** One labelled input of a form, of the kind its field needs, with its error underneath. */
export function FieldControl({ id, label, input, value, onChange, error }: FieldControlProps) {
  const { t } = useTranslation();
  const hintKey = input.kind === 'partialDate' ? 'person.hint.partialDate' : input.kind === 'date' ? 'person.hint.date' : null;
  const describedBy = [hintKey ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;

  let control: ReactNode;
  switch (input.kind) {
    case 'longText':
      control = <textarea {...common} rows={5} value={value} onChange={(event) => onChange(event.target.value)} />;
      break;
    case 'boolean':
      return (
        <div className="field field-checkbox">
          <label htmlFor={id}>
            <input {...common} type="checkbox" checked={value === 'true'} onChange={(event) => onChange(String(event.target.checked))} />
            {label}
          </label>
          {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
        </div>
      );
    case 'choice':
      control = (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('person.choose')}</option>
          {input.values.map((choice) => (
            <option key={choice} value={choice}>
              {t(`${input.labels}.${choice}`)}
            </option>
          ))}
        </select>
      );
      break;
    case 'catalog':
      control = <CatalogPicker id={id} catalog={input.catalog} value={value} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} />;
      break;
    case 'unit':
      control = <UnitPicker id={id} value={value} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} />;
      break;
    default:
      control = (
        <input
          {...common}
          type="text"
          autoComplete="off"
          inputMode={input.kind === 'number' ? 'decimal' : undefined}
          placeholder={hintKey ? t(`${hintKey}Placeholder`) : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hintKey && (
        <p className="field-hint" id={`${id}-hint`}>
          {t(hintKey)}
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

/** Numbered codes (ethnicity 01, grade 01.003) are official and people know them; the app's own slugs are not shown. */
const officialCode = /^[0-9][0-9.]*$/;

type PickerProps = Omit<Parameters<typeof SearchPicker>[0], 'options' | 'currentLabel'>;

/** The entries of a catalog in force today; the current value is named even if it has since expired. */
function CatalogPicker({ catalog, ...props }: PickerProps & { catalog: Extract<FieldInput, { kind: 'catalog' }>['catalog'] }) {
  const { catalogs, today } = usePersonContext();
  const options = useMemo<PickerOption[]>(
    () => activeEntries(catalogs, catalog, today).map((entry) => ({ value: entry.code, label: entry.name, ...(officialCode.test(entry.code) ? { detail: entry.code } : {}) })),
    [catalogs, catalog, today],
  );
  return <SearchPicker {...props} options={options} currentLabel={props.value ? catalogName(catalogs, catalog, props.value) : undefined} />;
}

function UnitPicker(props: PickerProps) {
  const { unitChoices, units } = usePersonContext();
  const [choices, setChoices] = useState<readonly UnitChoice[]>([]);
  useEffect(() => {
    let current = true;
    void unitChoices().then((loaded) => current && setChoices(loaded));
    return () => {
      current = false;
    };
  }, [unitChoices]);
  const options = useMemo<PickerOption[]>(() => choices.map((unit) => ({ value: unit.id, label: unit.name, detail: unit.code })), [choices]);
  return <SearchPicker {...props} options={options} currentLabel={units.get(props.value)?.name} />;
}
