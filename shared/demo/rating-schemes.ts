/**
 * The rating scheme in force in a year, read from the official catalogs (four grades 2008-2017 and 2018-2024,
 * the 100-point scale from 2025), so that generated evaluations carry the scheme, grade and points of their year.
 */
import type { CatalogEntry } from '../catalogs/catalog';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { gradeForPoints as gradeFor, schemeInForce, type RatingLevel } from '../evaluation/rating-schemes';
import type { SeededRandom } from './random';

export type { RatingLevel };

export interface RatingScheme {
  readonly code: string;
  readonly byPoints: boolean;
  /** The weakest grade of the scheme (`weak` for organizations before 2018, `notCompleted` since). */
  readonly lowest: RatingLevel;
  /** The grade code of a level, e.g. `2025.good`. */
  grade(level: RatingLevel): string;
  /** Points that earn a level, and the grade the catalog gives them (`ratingForPoints`). */
  points(random: SeededRandom, level: RatingLevel): { points: number; grade: string };
}

/** The share of "good" that "excellent" may not exceed in a grassroots organization (the 2018 rule). */
export const excellentCapShareOfGood: number = (() => {
  const cap = officialCatalogEntries.find((entry) => entry.catalog === 'ratingScheme' && typeof entry.attributes?.excellentCapShareOfGood === 'number');
  return Number(cap?.attributes?.excellentCapShareOfGood ?? 0.2);
})();

/** The scheme for rating members or organizations for a year, or undefined before 2008. */
export function ratingSchemeFor(year: number, subject: 'member' | 'organization', entries: readonly CatalogEntry[] = officialCatalogEntries): RatingScheme | undefined {
  const scheme = schemeInForce(entries, subject === 'member' ? 'person' : 'unit', { year });
  if (!scheme) return undefined;
  const byLevel = new Map(scheme.grades.map((grade) => [grade.level, grade]));
  const gradeForPoints = scheme.byPoints ? Array.from({ length: 101 }, (_, points) => gradeFor(scheme, points)?.code ?? '') : [];
  const lowest: RatingLevel = byLevel.has('weak') ? 'weak' : 'notCompleted';
  const grade = (level: RatingLevel): string => (byLevel.get(level === 'weak' || level === 'notCompleted' ? lowest : level) ?? byLevel.get('completed'))!.code;
  return {
    code: scheme.code,
    byPoints: scheme.byPoints,
    lowest,
    grade,
    points(random, level) {
      const normalized = level === 'weak' || level === 'notCompleted' ? lowest : level;
      const entry = byLevel.get(normalized);
      const min = entry?.minPoints ?? 0;
      const max = entry?.maxPoints ?? 100;
      // The top grade includes the maximum; the others stop below theirs. Nobody scores next to nothing.
      const points = random.int(normalized === lowest ? Math.max(min, 30) : min, max === 100 ? 100 : max - 1);
      return { points, grade: gradeForPoints[points] || grade(level) };
    },
  };
}
