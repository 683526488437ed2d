/**
 * Commendations, discipline and yearly ratings as the statistics count them: commendations and discipline decided in
 * a period, to people or collectives of a subtree; the yearly rating of each person or organization.
 */
import type { CatalogEntry } from '../catalogs/catalog';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import type { IsoDate } from '../dates/partial-date';
import type { Commendation } from '../events/commendation';
import type { Discipline } from '../events/discipline';
import type { Subject } from '../events/event-fields';
import type { Evaluation } from '../events/evaluation';
import { unitOn } from '../people/membership';
import { recordTypes } from '../records/registry';
import type { StoredRow } from '../records/stored-record';
import type { AppDatabase } from '../storage/database';
import { inSubtree, type SubtreeOptions } from './membership-queries';
import { recordsByIdVia, recordsInRange } from './record-cache';
import { scopesOf } from './scope';

const live = (row: StoredRow) => !row._deleted;

/** One recipient of one commendation: a person or a collective (unit). */
export interface CommendationGiven {
  readonly commendation: Commendation;
  readonly subject: Subject;
  readonly subjectId: string;
}

/** Keeps what concerns the subtree in the period: a unit of it, or a person whose unit was in it on the decision's day. */
async function subjectsInSubtree<T extends { subject: Subject; subjectId: string; date: IsoDate }>(db: AppDatabase, options: SubtreeOptions, period: { from: IsoDate; to: IsoDate }, items: T[]): Promise<T[]> {
  if (!scopesOf(db, options)) return items;
  const people = await recordsByIdVia(db, options.records, 'person', items.filter((item) => item.subject === 'person').map((item) => item.subjectId));
  return inSubtree(db, options, period, items, (item) => {
    if (item.subject === 'unit') return item.subjectId;
    const person = people.get(item.subjectId);
    return person ? unitOn(person, item.date) : undefined;
  });
}

/** Commendations decided in a period (both days included), one row per recipient. */
export async function commendationsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<CommendationGiven[]> {
  const given = (await recordsInRange(db, options.records, 'commendation', '_date', { from, to })).flatMap((commendation) => {
    return commendation.recipients.map((recipient) => ({
      commendation,
      subject: recipient.personId ? ('person' as const) : ('unit' as const),
      subjectId: recipient.personId ?? recipient.unitId ?? '',
      date: commendation.decision.date,
    }));
  });
  return (await subjectsInSubtree(db, options, { from, to }, given)).map(({ commendation, subject, subjectId }) => ({ commendation, subject, subjectId }));
}

/** Disciplinary measures decided in a period (both days included), party and state systems alike. */
export async function disciplinesBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<Discipline[]> {
  const items = (await recordsInRange(db, options.records, 'discipline', '_date', { from, to })).map((discipline) => {
    return { discipline, subject: discipline.subject, subjectId: discipline.personId ?? discipline.unitId ?? '', date: discipline.decision.date };
  });
  return (await subjectsInSubtree(db, options, { from, to }, items)).map((item) => item.discipline);
}

/** Stages at which a rating counts: decided, or decided and published. */
const decidedStages: readonly Evaluation['stage'][] = ['decision', 'published'];

/** What a yearly rating says, without the rest of the evaluation (a province rates 300,000 members a year). */
export interface YearlyRating {
  readonly evaluationId: string;
  readonly ratingSchemeCode: string;
  readonly ratingCode: string;
}

/** The yearly (not quarterly) ratings of a year that were decided, by the person or unit rated. */
export async function yearlyRatings(db: AppDatabase, year: number, subject: Subject): Promise<Map<string, YearlyRating>> {
  const rows = await db.recordTable(recordTypes.evaluation.table).where('[subject+_year]').equals([subject, year]).toArray();
  const ratings = new Map<string, YearlyRating>();
  for (const row of rows) {
    if (!live(row)) continue;
    // The stored row read as the evaluation it holds (its `_` fields unread): copying a province's ratings costs seconds.
    const evaluation = row as unknown as Evaluation;
    const subjectId = evaluation.personId ?? evaluation.unitId;
    if (evaluation.period.quarter !== undefined || !decidedStages.includes(evaluation.stage) || subjectId === undefined) continue;
    ratings.set(subjectId, { evaluationId: evaluation.id, ratingSchemeCode: evaluation.ratingSchemeCode, ratingCode: evaluation.ratingCode });
  }
  return ratings;
}

/** The level of each grade (`excellent`, `good`, `completed`, `notCompleted`, `weak`): the same words under every scheme. */
export function ratingLevels(catalog: readonly CatalogEntry[] = officialCatalogEntries): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of catalog) if (entry.catalog === 'rating' && typeof entry.attributes?.level === 'string') found.set(entry.code, entry.attributes.level);
  return found;
}
