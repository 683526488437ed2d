/**
 * The rules of a rating scheme, read from the `ratingScheme` and `rating` catalogs: which scheme is in force for a
 * period and a subject, its grades in order, its points bands, its cap on "excellent" and whether it rates quarters.
 * The rules are data (catalog attributes set by the province), so a new scheme is a catalog entry, not code.
 */
import { activeEntries, ratingForPoints, type CatalogEntry } from '../catalogs/catalog';
import type { IsoDate } from '../dates/partial-date';
import type { EvaluationPeriod } from '../events/evaluation';
import type { Subject } from '../events/event-fields';

export const ratingLevelNames = ['excellent', 'good', 'completed', 'notCompleted', 'weak'] as const;
export type RatingLevel = (typeof ratingLevelNames)[number];

export interface RatingGrade {
  readonly code: string;
  readonly name: string;
  readonly level: RatingLevel;
  /** Under a points scheme: the lowest points of the band (inclusive). */
  readonly minPoints?: number;
  /** Under a points scheme: the top of the band (exclusive, except the top grade, which includes the maximum). */
  readonly maxPoints?: number;
}

export interface RatingSchemeRules {
  readonly code: string;
  readonly name: string;
  /** Points decide the grade (from 2025); otherwise the grade is chosen. */
  readonly byPoints: boolean;
  readonly maxPoints: number;
  /** Whether the scheme rates quarters as well as years. */
  readonly quarterly: boolean;
  /** "Excellent" may not exceed this share of "good" among those rated together (2018: 0.2); absent: no cap. */
  readonly excellentCapShareOfGood?: number;
  /** Best first, as the catalog orders them. */
  readonly grades: readonly RatingGrade[];
  /** The grade entries themselves, for `ratingForPoints`. */
  readonly entries: readonly CatalogEntry[];
}

const isLevel = (value: unknown): value is RatingLevel => typeof value === 'string' && (ratingLevelNames as readonly string[]).includes(value);

/** The day a period is rated as at: the last day of its year or quarter. */
export function periodLastDay(period: EvaluationPeriod): IsoDate {
  if (period.quarter === undefined) return `${period.year}-12-31`;
  const month = period.quarter * 3;
  const day = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
  return `${period.year}-${String(month).padStart(2, '0')}-${day}`;
}

function rulesOf(entries: readonly CatalogEntry[], scheme: CatalogEntry, asAt: IsoDate): RatingSchemeRules {
  const gradeEntries = activeEntries(entries, 'rating', asAt).filter((entry) => entry.attributes?.scheme === scheme.code);
  const grades = gradeEntries.flatMap((entry): RatingGrade[] => {
    const level = entry.attributes?.level;
    if (!isLevel(level)) return [];
    const { minPoints, maxPoints } = entry.attributes ?? {};
    return [{ code: entry.code, name: entry.name, level, ...(typeof minPoints === 'number' && typeof maxPoints === 'number' ? { minPoints, maxPoints } : {}) }];
  });
  const cap = scheme.attributes?.excellentCapShareOfGood;
  return {
    code: scheme.code,
    name: scheme.name,
    byPoints: scheme.attributes?.scale === 'points',
    maxPoints: Number(scheme.attributes?.maxPoints ?? 100),
    quarterly: scheme.attributes?.quarterly === true,
    ...(typeof cap === 'number' ? { excellentCapShareOfGood: cap } : {}),
    grades,
    entries: gradeEntries,
  };
}

/** The scheme that rates members (`person`) or organizations (`unit`) for a period, or undefined when none applies. */
export function schemeInForce(entries: readonly CatalogEntry[], subject: Subject, period: EvaluationPeriod): RatingSchemeRules | undefined {
  const asAt = periodLastDay(period);
  const appliesTo = subject === 'person' ? 'member' : 'organization';
  const scheme = activeEntries(entries, 'ratingScheme', asAt).find((entry) => entry.attributes?.appliesTo === appliesTo || entry.attributes?.appliesTo === 'both');
  return scheme && rulesOf(entries, scheme, asAt);
}

/** The grade a score earns under a points scheme (undefined under a grades scheme or off the scale). */
export function gradeForPoints(scheme: RatingSchemeRules, points: number): RatingGrade | undefined {
  if (!scheme.byPoints) return undefined;
  const entry = ratingForPoints(scheme.entries, scheme.code, points);
  return entry && scheme.grades.find((grade) => grade.code === entry.code);
}

export function gradeOf(scheme: RatingSchemeRules, code: string): RatingGrade | undefined {
  return scheme.grades.find((grade) => grade.code === code);
}

/** The weakest grade of a scheme: `weak` for organizations before 2018, `notCompleted` since. */
export function isWeakLevel(level: string | undefined): boolean {
  return level === 'weak' || level === 'notCompleted';
}
