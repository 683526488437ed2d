import { z } from 'zod';
import { foldForSearch } from '../text/fold';
import { isoDate } from '../dates/partial-date';

/**
 * Every catalog (danh mục) the app knows. Catalogs are set by the province and flow down;
 * entries are data with validity dates, never enums in code, because the official lists change over the years.
 */
export const catalogNames = [
  'ethnicity',
  'religion',
  'generalEducation',
  'professionalDegree',
  'academicTitle',
  'politicalTheory',
  'stateManagement',
  'foreignLanguageLevel',
  'itLevel',
  'civilServiceGrade',
  'partyPost',
  'governmentPost',
  'awardForm',
  'partyDisciplineForm',
  'stateDisciplineForm',
  'ratingScheme',
  'rating',
  'partyExitType',
  'movementType',
  'familyBackground',
  'occupation',
  'unitKind',
  'healthStatus',
  'bloodGroup',
  'policyFamily',
  'residentialCellStatus',
] as const;
export type CatalogName = (typeof catalogNames)[number];

// null means open: valid since always / still valid.
const validityDate = isoDate.nullable();

export const catalogEntrySchema = z
  .object({
    catalog: z.enum(catalogNames, { message: 'validation.chooseOne' }),
    code: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong'),
    name: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
    validFrom: validityDate,
    /** Exclusive: the first day the entry no longer applies. */
    validTo: validityDate,
    sortOrder: z.number().int(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .refine((entry) => entry.validFrom === null || entry.validTo === null || entry.validFrom < entry.validTo, {
    message: 'validation.endBeforeStart',
    path: ['validTo'],
  });
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type CatalogAttributeValue = string | number | boolean;

/** Whether the entry applies on the day `asAt` (ISO date): from is inclusive, to is exclusive. */
export function isActiveAt(entry: CatalogEntry, asAt: string): boolean {
  return (entry.validFrom === null || entry.validFrom <= asAt) && (entry.validTo === null || asAt < entry.validTo);
}

const bySortOrder = (a: CatalogEntry, b: CatalogEntry) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/** The entries of one catalog that apply on `asAt`, in display order (what a picker offers for a record of that date). */
export function activeEntries(entries: readonly CatalogEntry[], catalog: CatalogName, asAt: string): CatalogEntry[] {
  return entries.filter((entry) => entry.catalog === catalog && isActiveAt(entry, asAt)).sort(bySortOrder);
}

/** Looks a code up regardless of validity: old records keep pointing at entries that have since expired. */
export function findEntry(entries: readonly CatalogEntry[], catalog: CatalogName, code: string): CatalogEntry | undefined {
  return entries.find((entry) => entry.catalog === catalog && entry.code === code);
}

/**
 * The comparison key of a name: no diacritics, no case, and no spaces or punctuation, because legacy lists
 * write the same group as "Khơ-me", "Khơ me" or "Khome" and "H'Mông" or "HMông".
 */
function nameKey(name: string): string {
  return foldForSearch(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Other names an entry is known by, kept in the `aliases` attribute separated by ";". */
function aliasesOf(entry: CatalogEntry): string[] {
  const aliases = entry.attributes?.aliases;
  return typeof aliases === 'string' ? aliases.split(';') : [];
}

/**
 * Finds an entry by its name for legacy data (e.g. the 1979 ethnic list, numbered differently from the 2008 one).
 * Tries the name as written, then the parts of "Name (Other name)", against entry names and then aliases.
 */
export function entryByName(entries: readonly CatalogEntry[], catalog: CatalogName, name: string): CatalogEntry | undefined {
  const inCatalog = entries.filter((entry) => entry.catalog === catalog);
  const parenthesized = /^(.*?)\((.*)\)\s*$/.exec(name);
  const candidates = [name, ...(parenthesized ? [parenthesized[1] ?? '', parenthesized[2] ?? ''] : [])]
    .map(nameKey)
    .filter((key) => key !== '');
  for (const key of candidates) {
    const byName = inCatalog.find((entry) => nameKey(entry.name) === key);
    if (byName) return byName;
  }
  for (const key of candidates) {
    const byAlias = inCatalog.find((entry) => aliasesOf(entry).some((alias) => nameKey(alias) === key));
    if (byAlias) return byAlias;
  }
  return undefined;
}

/**
 * The grade a points score earns under a points-based rating scheme (from 2025). Grades carry `minPoints`
 * (inclusive) and `maxPoints` (exclusive, except the top grade, which includes the scale maximum).
 */
export function ratingForPoints(entries: readonly CatalogEntry[], scheme: string, points: number): CatalogEntry | undefined {
  const grades = entries.filter(
    (entry) =>
      entry.catalog === 'rating' &&
      entry.attributes?.scheme === scheme &&
      typeof entry.attributes.minPoints === 'number' &&
      typeof entry.attributes.maxPoints === 'number',
  );
  const top = Math.max(...grades.map((entry) => Number(entry.attributes?.maxPoints)));
  return grades.find((entry) => {
    const min = Number(entry.attributes?.minPoints);
    const max = Number(entry.attributes?.maxPoints);
    return points >= min && (points < max || (max === top && points === max));
  });
}
