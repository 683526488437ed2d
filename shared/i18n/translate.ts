import type { RecordTypeName } from '../records/registry';
import type { FieldIssue } from '../validation/issues';
import { catalogFiles, mergeCatalogs, type Catalog } from './locales';

/**
 * The translation catalogs and a few pure functions over them, for code that runs without i18next (a Node
 * command-line tool, tests in shared/). The renderer initialises i18next with the same catalogs and reuses
 * `fieldLabel` and `describeIssue`, so a field reads the same everywhere. Placeholders are i18next's `{{name}}`.
 */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** A catalog: nested sections of texts. A section that labels a field with children keeps its own label in `_label`. */
export type { Catalog };

export const catalogs: Readonly<Record<Language, Catalog>> = { vi: mergeCatalogs(catalogFiles.vi), en: mergeCatalogs(catalogFiles.en) };

/** Vietnamese first: the catalogs are written in it, and it is what an unknown language falls back to. */
export const defaultLanguage: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The node at a dotted key (`validation.required`, `recordFields.person`), or undefined. */
function nodeAt(catalog: Catalog, key: string): string | Catalog | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The text at a key in one language, or undefined when the key is missing there or names a section. */
export function lookup(language: Language, key: string): string | undefined {
  const node = nodeAt(catalogs[language], key);
  return typeof node === 'string' ? node : undefined;
}

/** Replaces each `{{name}}` given in `params`; placeholders without a value are left as they are. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : placeholder));
}

/** The text of `key` with its placeholders filled; falls back to Vietnamese, and returns the key itself when no language has it. */
export function translate(language: Language, key: string, params?: Readonly<Record<string, string | number>>): string {
  const text = lookup(language, key) ?? lookup(defaultLanguage, key);
  return text === undefined ? key : interpolate(text, params);
}

/** A field's path without its list indexes: `periods.0.name` → `periods.name`. */
export function fieldPathWithoutIndexes(fieldPath: string): string {
  return fieldPath
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .join('.');
}

/**
 * The catalog keys that may label a field of a record type, most specific first: the whole path under the record
 * type (`recordFields.person.unitHistory.from`), the whole path in the common section (`fieldLabels.common.decision.date`),
 * then the last part alone under the record type and in the common section. Each key may hold the label itself
 * or a section whose `_label` is the label.
 */
export function fieldLabelKeys(recordType: RecordTypeName, fieldPath: string): string[] {
  const path = fieldPathWithoutIndexes(fieldPath);
  if (path === '') return [];
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  const keys = [`recordFields.${recordType}.${path}`, `fieldLabels.common.${path}`, `recordFields.${recordType}.${leaf}`, `fieldLabels.common.${leaf}`];
  // A key inside a free-form field (`attributes.colour`) is named by the field that holds it.
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length -= 1) keys.push(`recordFields.${recordType}.${parts.slice(0, length).join('.')}`);
  return [...new Set(keys)];
}

function labelAt(language: Language, key: string): string | undefined {
  const node = nodeAt(catalogs[language], key);
  if (typeof node === 'string') return node;
  const own = node?._label;
  return typeof own === 'string' ? own : undefined;
}

/** The name of a kind of record (`person` → "Hồ sơ cán bộ, đảng viên"), or the code name when the catalog lacks it. */
export function recordTypeLabel(language: Language, recordType: RecordTypeName): string {
  return lookup(language, `recordTypes.${recordType}`) ?? recordType;
}

/**
 * The label of a field (`birthDate`, `periods.0.name`, `decision.number`): the most specific one found (see
 * `fieldLabelKeys`), the record type's name for the record as a whole (empty path), else the path itself.
 */
export function fieldLabel(language: Language, recordType: RecordTypeName, fieldPath: string): string {
  if (fieldPathWithoutIndexes(fieldPath) === '') return recordTypeLabel(language, recordType);
  for (const key of fieldLabelKeys(recordType, fieldPath)) {
    const label = labelAt(language, key);
    if (label !== undefined) return label;
  }
  return fieldPath;
}

/** A validation problem as a sentence naming its field: "Ngày sinh: ngày tháng không hợp lệ (…)". */
export function describeIssue(language: Language, recordType: RecordTypeName, issue: FieldIssue): string {
  return translate(language, issue.messageKey, { ...issue.params, field: fieldLabel(language, recordType, issue.field) });
}
