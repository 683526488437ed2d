/**
 * How a field is typed into a form and read back. Inputs hold text; on save the text becomes the record's value,
 * or `null` when left empty (the write path clears the field). Text that cannot be read as its kind (a date like
 * 31/02/1990, a number like "ba") is handed on as typed, so the record schema refuses it with its own message
 * next to the field, and nothing is saved.
 */
import type { CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate, parsePartialDate } from '../../../shared/dates/partial-date';

export type FieldInput =
  | { readonly kind: 'text' | 'longText' | 'partialDate' | 'date' | 'number' | 'boolean' | 'unit' }
  | { readonly kind: 'catalog'; readonly catalog: CatalogName }
  /** A fixed list of values, labelled by the texts under `labels` (`person.sex` → `person.sex.male`). */
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly labels: string };

export const text: FieldInput = { kind: 'text' };
export const longText: FieldInput = { kind: 'longText' };
/** A date known to the day, month or year (dd/mm/yyyy, mm/yyyy or yyyy). */
export const partialDateInput: FieldInput = { kind: 'partialDate' };
/** A date known to the day (dd/mm/yyyy). */
export const dateInput: FieldInput = { kind: 'date' };
export const numberInput: FieldInput = { kind: 'number' };
export const booleanInput: FieldInput = { kind: 'boolean' };
export const unitInput: FieldInput = { kind: 'unit' };
export const catalogInput = (catalog: CatalogName): FieldInput => ({ kind: 'catalog', catalog });
export const choiceInput = (values: readonly string[], labels: string): FieldInput => ({ kind: 'choice', values, labels });

/** Vietnamese writes decimals with a comma: 3,33. */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, useGrouping: false });

/** The text an input shows for a stored value. */
export function toText(input: FieldInput, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (input.kind) {
    case 'partialDate':
    case 'date':
      return typeof value === 'string' ? formatPartialDate(value) : '';
    case 'number':
      return typeof value === 'number' ? numberFormat.format(value) : '';
    case 'boolean':
      return value === true ? 'true' : 'false';
    default:
      return String(value);
  }
}

/** The value to save for what was typed: `null` for nothing, the typed text itself when it cannot be read. */
export function fromText(input: FieldInput, typed: string): unknown {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  switch (input.kind) {
    case 'partialDate':
    case 'date':
      return parsePartialDate(trimmed) ?? trimmed;
    case 'number': {
      const number = /^[+-]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
      return Number.isNaN(number) ? trimmed : number;
    }
    case 'boolean':
      return trimmed === 'true';
    case 'longText':
      // Keep the lines people typed; only the ends are trimmed.
      return typed.replace(/^\s+|\s+$/g, '');
    default:
      return trimmed;
  }
}

/**
 * The fields whose text differs from what the form started with, as a patch for the write path.
 * Untouched fields are left out, so a value the form cannot show exactly is never rewritten.
 */
export function changedValues(inputs: Readonly<Record<string, FieldInput>>, initial: Readonly<Record<string, string>>, typed: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(inputs)
      .filter((field) => (typed[field] ?? '') !== (initial[field] ?? ''))
      .map((field) => [field, fromText(inputs[field]!, typed[field] ?? '')]),
  );
}

/** Every field's value read from the typed text, for a new record or a row saved whole. */
export function allValues(inputs: Readonly<Record<string, FieldInput>>, typed: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(inputs).map((field) => [field, fromText(inputs[field]!, typed[field] ?? '')]));
}

export function textsOf(inputs: Readonly<Record<string, FieldInput>>, record: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.keys(inputs).map((field) => [field, toText(inputs[field]!, record[field])]));
}
