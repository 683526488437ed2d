/**
 * A value kept in a conflict, as a person reads it: dates dd/mm/yyyy, catalog codes by name, yes/no, nested
 * values (a table row, a list) with their field labels. Restricted fields are not shown in the inbox.
 */
import { formatPartialDate, isValidPartialDate } from '../../../shared/dates/partial-date';

export interface ValueTexts {
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  /** The label of a field path inside the record (`unitHistory.from`). */
  label(path: string): string;
  /** The catalog name of a code held by `field`, when the field takes its values from a catalog. */
  codeName(field: string, code: string): string | undefined;
  number(value: number): string;
}

export function formatValue(path: string, value: unknown, texts: ValueTexts): string {
  if (value === null || value === undefined || value === '') return texts.empty;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return texts.number(value);
  if (typeof value === 'string') {
    const name = texts.codeName(path.slice(path.lastIndexOf('.') + 1), value);
    if (name) return `${name} (${value})`;
    return isValidPartialDate(value) ? formatPartialDate(value) : value;
  }
  if (Array.isArray(value)) return value.length === 0 ? texts.empty : value.map((item) => formatValue(path, item, texts)).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '')
      .map(([key, inner]) => `${texts.label(`${path}.${key}`)}: ${formatValue(`${path}.${key}`, inner, texts)}`)
      .join(', ');
  }
  return String(value);
}
