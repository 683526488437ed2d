/**
 * Reports on cadres as at a day: appointment terms about to end (from movements), and the standardization report
 * (who falls short of the standards of the post they hold, or are planned for, and on which requirement).
 */
import type { CatalogEntry } from '../catalogs/catalog';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { addDaysTo, ageOn, daysFrom, earliestDay, type IsoDate, spanCovers } from '../dates/partial-date';
import type { Level } from '../events/event-fields';
import type { Movement } from '../events/movement';
import type { PlannedPosition, PlanningCycle } from '../events/planning';
import { inForceOn, type PostStandard } from '../events/standards';
import type { TrainingCourse, TrainingEnrolment } from '../events/training';
import { memberStatusOn, unitOn } from '../people/membership';
import type { Person } from '../people/person';
import { recordTypes } from '../records/registry';
import type { StoredRow } from '../records/stored-record';
import type { AppDatabase } from '../storage/database';
import { inSubtree, type SubtreeOptions } from './membership-queries';
import { recordsByIdVia, recordsInRange, recordsOf } from './record-cache';
import { toRecord } from './records-reader';
import { byVietnamese, unitTreeOn } from './people-queries';
import { levelOfUnit, scopesOf } from './scope';

const live = (row: StoredRow) => !row._deleted;

export interface AppointmentTermEnding {
  readonly personId: string;
  /** The person's latest appointment (or reappointment) on the day. */
  readonly movement: Movement;
  readonly termEndDate: IsoDate;
  /** Days from the day to the end of the term: 0 when it ends that day. */
  readonly daysLeft: number;
}

/** Orders a person's movements: by effective date, then decision date, then id (the last is the latest). */
const byEffectiveDate = (a: Movement, b: Movement) => a.effectiveDate.localeCompare(b.effectiveDate) || a.decision.date.localeCompare(b.decision.date) || a.id.localeCompare(b.id);

/**
 * People whose appointment term ends within `days` days of `day` (both ends included), by the `termEndDate` of
 * their movements. Only the latest appointment of each person in force on the day counts: a reappointment replaces
 * the appointment before it. With `rootUnitId`, only people who belonged to that subtree on the day.
 */
export async function appointmentTermsEndingWithin(db: AppDatabase, day: IsoDate, days: number, options: SubtreeOptions = {}): Promise<AppointmentTermEnding[]> {
  const ending = await recordsInRange(db, options.records, 'movement', 'termEndDate', { from: day, to: addDaysTo(day, days) });
  const personIds = [...new Set(ending.map((movement) => movement.personId))];
  if (personIds.length === 0) return [];
  const movementsByPerson = new Map<string, Movement[]>();
  for (const movement of await recordsInRange(db, options.records, 'movement', 'personId', { anyOf: new Set(personIds) })) {
    if (movement.termEndDate === undefined || movement.effectiveDate > day) continue;
    const list = movementsByPerson.get(movement.personId) ?? [];
    list.push(movement);
    movementsByPerson.set(movement.personId, list);
  }
  const endingIds = new Set(ending.map((movement) => movement.id));
  let inScope: (personId: string) => boolean = () => true;
  const scopes = scopesOf(db, options);
  if (scopes) {
    const { unitIds } = await scopes.on(day);
    const people = await recordsByIdVia(db, options.records, 'person', personIds);
    inScope = (personId) => {
      const person = people.get(personId);
      const unitId = person ? unitOn(person, day) : undefined;
      return unitId !== undefined && unitIds.has(unitId);
    };
  }
  const result: AppointmentTermEnding[] = [];
  for (const [personId, movements] of movementsByPerson) {
    const latest = movements.sort(byEffectiveDate).at(-1)!;
    if (!endingIds.has(latest.id) || !inScope(personId)) continue;
    result.push({ personId, movement: latest, termEndDate: latest.termEndDate!, daysLeft: daysFrom(day, latest.termEndDate!) });
  }
  return result.sort((a, b) => a.termEndDate.localeCompare(b.termEndDate) || a.personId.localeCompare(b.personId));
}

/** The requirements of a post standard, each compared by the `rank` attribute of its catalog. */
export const standardRequirements = [
  { requirement: 'politicalTheory', catalog: 'politicalTheory', standardField: 'minPoliticalTheoryCode', personField: 'politicalTheoryCode' },
  { requirement: 'professionalDegree', catalog: 'professionalDegree', standardField: 'minProfessionalDegreeCode', personField: 'professionalDegreeCode' },
  { requirement: 'stateManagement', catalog: 'stateManagement', standardField: 'minStateManagementCode', personField: 'stateManagementCode' },
] as const;
export type StandardRequirement = (typeof standardRequirements)[number]['requirement'];

export interface Shortfall {
  readonly requirement: StandardRequirement;
  /** The code the standard requires at least. */
  readonly required: string;
  /** The code the person holds (undefined when none is recorded). */
  readonly held?: string;
}

/** A post a person holds (or is planned for) on the day, at a level. */
export interface PostOfPerson {
  readonly postCode: string;
  readonly level?: Level;
  /** The unit the post is in (the unit of a party post or planned position, the person's unit for a government post). */
  readonly unitId?: string;
  readonly basis: 'held' | 'planned';
  /** For a planned post: the planned position. */
  readonly positionId?: string;
}

/** What the standards report reads of a person (a report passes the people it keeps, not whole records). */
export type StandardsPerson = Pick<
  Person,
  'id' | 'fullName' | 'unitHistory' | 'currentPostCode' | 'currentPostSince' | 'memberStatus' | 'admissionDate' | 'fullMembershipDate' | 'exitDate' | 'politicalTheoryCode' | 'professionalDegreeCode' | 'stateManagementCode'
>;

export interface StandardsGap {
  readonly person: StandardsPerson;
  readonly post: PostOfPerson;
  readonly standard: PostStandard;
  readonly shortfalls: readonly Shortfall[];
}

/**
 * The standard of a post on a day: valid then, for the post's level if one is set for it, otherwise one for every
 * level; the most recent when several apply.
 */
export function standardFor(standards: readonly PostStandard[], postCode: string, level: Level | undefined, day: IsoDate): PostStandard | undefined {
  const valid = standards.filter((standard) => standard.postCode === postCode && inForceOn(standard, day));
  const latest = (list: PostStandard[]) => list.sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1);
  return latest(valid.filter((standard) => level !== undefined && standard.level === level)) ?? latest(valid.filter((standard) => standard.level === undefined));
}

/** Ranks of the codes of a catalog (`attributes.rank`). */
function ranksOf(entries: readonly CatalogEntry[], catalog: string): Map<string, number> {
  return new Map(entries.filter((entry) => entry.catalog === catalog && typeof entry.attributes?.rank === 'number').map((entry) => [entry.code, Number(entry.attributes!.rank)]));
}

/**
 * The requirements of a standard a person falls short of. A code missing on the person, or unknown to the catalog,
 * ranks as nothing; a requirement whose code is unknown to the catalog is not judged.
 */
export function shortfallsOf(person: Pick<Person, 'politicalTheoryCode' | 'professionalDegreeCode' | 'stateManagementCode'>, standard: PostStandard, catalog: readonly CatalogEntry[] = officialCatalogEntries): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  for (const { requirement, catalog: name, standardField, personField } of standardRequirements) {
    const required = standard[standardField];
    if (required === undefined) continue;
    const ranks = ranksOf(catalog, name);
    const requiredRank = ranks.get(required);
    if (requiredRank === undefined) continue;
    const held = person[personField];
    if ((held === undefined ? 0 : (ranks.get(held) ?? 0)) < requiredRank) shortfalls.push({ requirement, required, ...(held === undefined ? {} : { held }) });
  }
  return shortfalls;
}

/**
 * The standardization report on a day: every post held (the government post on the person record, at the level of
 * the person's unit; party posts from the open `partyPost` rows, at the level of their unit) and, with `includePlanned`,
 * every planned position with an active candidate, compared with the post's standard; those falling short, with the
 * requirements they miss. People who had left the party by the day are left out; with `rootUnitId`, only people of that subtree.
 * `holders`: the people with a government post, when the caller has already read everyone (a report's single pass).
 */
export async function standardsGapsOn(
  db: AppDatabase,
  day: IsoDate,
  options: SubtreeOptions & { includePlanned?: boolean; catalog?: readonly CatalogEntry[]; holders?: readonly StandardsPerson[] } = {},
): Promise<StandardsGap[]> {
  const standards = (await recordsOf(db, options.records, { type: 'postStandard' })).filter((standard) => inForceOn(standard, day));
  const postCodes = new Set(standards.map((standard) => standard.postCode));
  if (postCodes.size === 0) return [];
  const catalog = options.catalog ?? officialCatalogEntries;
  const scopes = scopesOf(db, options);
  const scope = scopes ? await scopes.on(day) : undefined;
  const tree = scope?.tree ?? (await unitTreeOn(db, day));
  const subtree = scope?.unitIds;

  const posts: { personId: string; post: PostOfPerson }[] = [];
  const people = new Map<string, StandardsPerson>();
  const holders: readonly StandardsPerson[] =
    options.holders?.filter((person) => person.currentPostCode !== undefined && postCodes.has(person.currentPostCode)) ??
    (await db.recordTable(recordTypes.person.table).filter((row) => live(row) && typeof row.currentPostCode === 'string' && postCodes.has(row.currentPostCode)).toArray()).map((row) => toRecord<'person'>(row));
  for (const person of holders) {
    if (person.currentPostSince && earliestDay(person.currentPostSince) > day) continue;
    people.set(person.id, person);
    const unitId = unitOn(person, day);
    const level = unitId ? levelOfUnit(tree, unitId) : undefined;
    posts.push({ personId: person.id, post: { postCode: person.currentPostCode!, ...(level ? { level } : {}), ...(unitId ? { unitId } : {}), basis: 'held' } });
  }
  for (const entry of await recordsOf(db, options.records, { type: 'personHistory', index: 'kind', equals: 'partyPost' })) {
    if (!entry.partyPostCode || !postCodes.has(entry.partyPostCode) || !entry.from || !spanCovers(entry.from, entry.to ?? null, day)) continue;
    const level = entry.unitId ? levelOfUnit(tree, entry.unitId) : undefined;
    posts.push({ personId: entry.personId, post: { postCode: entry.partyPostCode, ...(level ? { level } : {}), ...(entry.unitId ? { unitId: entry.unitId } : {}), basis: 'held' } });
  }
  if (options.includePlanned) {
    const positions = new Map((await recordsOf(db, options.records, { type: 'plannedPosition' })).filter((position) => postCodes.has(position.postCode)).map((position) => [position.id, position]));
    for (const candidate of await recordsOf(db, options.records, { type: 'planningCandidate' })) {
      const position = positions.get(candidate.positionId);
      if (!position || candidate.addedOn > day || (candidate.removedOn !== undefined && candidate.removedOn <= day)) continue;
      posts.push({ personId: candidate.personId, post: { postCode: position.postCode, level: position.level, unitId: position.unitId, basis: 'planned', positionId: position.id } });
    }
  }
  const missing = posts.map(({ personId }) => personId).filter((id) => !people.has(id));
  for (const [id, person] of await recordsByIdVia(db, options.records, 'person', missing)) people.set(id, person);

  const gaps: StandardsGap[] = [];
  for (const { personId, post } of posts) {
    const person = people.get(personId);
    if (!person || memberStatusOn(person, day) === 'exited') continue;
    if (subtree) {
      const unitId = unitOn(person, day);
      if (unitId === undefined || !subtree.has(unitId)) continue;
    }
    const standard = standardFor(standards, post.postCode, post.level, day);
    if (!standard) continue;
    const shortfalls = shortfallsOf(person, standard, catalog);
    if (shortfalls.length > 0) gaps.push({ person, post, standard, shortfalls });
  }
  return gaps.sort((a, b) => byVietnamese(a.person.fullName, b.person.fullName) || a.person.id.localeCompare(b.person.id) || a.post.postCode.localeCompare(b.post.postCode));
}

export interface PoolMember {
  readonly personId: string;
  readonly candidateId: string;
  readonly position: PlannedPosition;
  readonly cycle?: PlanningCycle;
  /** The candidate's record, for the structure of the pool (undefined when the record is not held here). */
  readonly person?: Person;
  /** Age in whole years on 1 January of the first year of the cycle's party term. */
  readonly ageAtTermStart?: number;
}

/**
 * The planning pools on a day: every candidate added by then and not removed by then, with the position they are
 * planned for. With `rootUnitId`, only positions in units of that subtree on the day.
 */
export async function planningPoolsOn(db: AppDatabase, day: IsoDate, options: SubtreeOptions = {}): Promise<PoolMember[]> {
  const [positions, cycles, candidates] = await Promise.all([
    recordsOf(db, options.records, { type: 'plannedPosition' }),
    recordsOf(db, options.records, { type: 'planningCycle' }),
    recordsOf(db, options.records, { type: 'planningCandidate' }),
  ]);
  const positionById = new Map(positions.map((position) => [position.id, position]));
  const cycleById = new Map(cycles.map((cycle) => [cycle.id, cycle]));
  const active = candidates.filter((candidate) => positionById.has(candidate.positionId) && candidate.addedOn <= day && (candidate.removedOn === undefined || candidate.removedOn > day));
  const inScope = await inSubtree(db, options, day, active, (candidate) => positionById.get(candidate.positionId)!.unitId);
  const people = await recordsByIdVia(db, options.records, 'person', inScope.map((candidate) => candidate.personId));
  return inScope.map((candidate) => {
    const position = positionById.get(candidate.positionId)!;
    const cycle = cycleById.get(position.cycleId);
    const person = people.get(candidate.personId);
    const ageAtTermStart = person && cycle ? ageOn(person.birthDate, `${cycle.partyTermFrom}-01-01`) : undefined;
    return { personId: candidate.personId, candidateId: candidate.id, position, ...(cycle ? { cycle } : {}), ...(person ? { person } : {}), ...(ageAtTermStart === undefined ? {} : { ageAtTermStart }) };
  });
}

/**
 * Movements (rotations, reassignments, appointments…) that took effect in a period, both days included. With
 * `rootUnitId`, those into or out of a unit of the subtree, or of a person whose unit was in it, in the period.
 */
export async function movementsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<Movement[]> {
  const movements = await recordsInRange(db, options.records, 'movement', 'effectiveDate', { from, to });
  const scopes = scopesOf(db, options);
  if (!scopes) return movements;
  const unitIds = await scopes.during(from, to);
  const people = await recordsByIdVia(db, options.records, 'person', movements.map((movement) => movement.personId));
  const ours = (unitId: string | undefined) => unitId !== undefined && unitIds.has(unitId);
  return movements.filter((movement) => {
    const person = people.get(movement.personId);
    return ours(movement.toUnitId) || ours(movement.fromUnitId) || (person !== undefined && ours(unitOn(person, movement.effectiveDate)));
  });
}

export interface CompletedTraining {
  readonly personId: string;
  readonly enrolment: TrainingEnrolment;
  readonly course: TrainingCourse;
}

/** Courses completed in a period (both days included); with `rootUnitId`, by people whose unit was in the subtree when they completed it. */
export async function trainingCompletedBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<CompletedTraining[]> {
  const enrolments = (await recordsOf(db, options.records, { type: 'trainingEnrolment', index: 'status', equals: 'completed' })).filter((enrolment) => enrolment.completedOn !== undefined && enrolment.completedOn >= from && enrolment.completedOn <= to);
  const courses = await recordsByIdVia(db, options.records, 'trainingCourse', enrolments.map((enrolment) => enrolment.courseId));
  const completed = enrolments.flatMap((enrolment) => {
    const course = courses.get(enrolment.courseId);
    return course ? [{ personId: enrolment.personId, enrolment, course }] : [];
  });
  if (!scopesOf(db, options)) return completed;
  const people = await recordsByIdVia(db, options.records, 'person', completed.map((entry) => entry.personId));
  return inSubtree(db, options, { from, to }, completed, (entry) => {
    const person = people.get(entry.personId);
    return person ? unitOn(person, entry.enrolment.completedOn!) : undefined;
  });
}
