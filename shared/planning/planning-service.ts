/**
 * Succession planning as the office works it: the cycles, the positions planned in a unit, the pool of each
 * position with its candidates, and the yearly review that adds and removes candidates by one decision.
 * Reads return what the planning screen shows (with the structure warnings); writes go through the one write path.
 */
import { z } from 'zod';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { requiredDecision, wholeNumber } from '../events/event-fields';
import { planningVote, type PlannedPosition, type PlanningCandidate, type PlanningCycle } from '../events/planning';
import { latestPeriod } from '../organization/unit';
import type { Person } from '../people/person';
import { byVietnamese } from '../queries/people-queries';
import { recordsOf } from '../queries/record-cache';
import { recordById, recordsById } from '../queries/records-reader';
import { optionalText, recordId } from '../records/common-fields';
import type { RecordInput } from '../records/registry';
import { writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { toFieldIssues, ValidationFailed, type FieldIssue } from '../validation/issues';
import { ageAtTermStart, defaultPlanningStructureRules, planningWarnings, type PlanningStructureRules, type PlanningWarning } from './structure-rules';

/** Quy định 50-QĐ/TW: one person is planned for at most three positions of a cycle. */
export const maxPositionsPerPerson = 3;

export interface UnitName {
  readonly id: string;
  readonly name: string;
}

export interface PlanningCycles {
  readonly cycles: readonly PlanningCycle[];
  /** The units with planned positions, by cycle id. */
  readonly unitsByCycle: Readonly<Record<string, readonly UnitName[]>>;
}

/** Every cycle (the latest party term first), and the units each plans positions in. */
export async function loadPlanningCycles(db: AppDatabase): Promise<PlanningCycles> {
  const [cycles, positions] = await Promise.all([recordsOf(db, undefined, { type: 'planningCycle' }), recordsOf(db, undefined, { type: 'plannedPosition' })]);
  const units = await recordsById(db, 'unit', positions.map((position) => position.unitId));
  const unitsByCycle: Record<string, UnitName[]> = {};
  for (const cycle of cycles) {
    const ids = new Set(positions.filter((position) => position.cycleId === cycle.id).map((position) => position.unitId));
    unitsByCycle[cycle.id] = [...ids].flatMap((id) => {
      const unit = units.get(id);
      return unit ? [{ id, name: latestPeriod(unit).name }] : [];
    });
    // The unit highest in the tree first (the province before its districts), then by name.
    unitsByCycle[cycle.id]!.sort((a, b) => Number(latestPeriod(units.get(a.id)!).parentId !== null) - Number(latestPeriod(units.get(b.id)!).parentId !== null) || byVietnamese(a.name, b.name));
  }
  return { cycles: cycles.sort((a, b) => b.partyTermFrom - a.partyTermFrom || byVietnamese(a.name, b.name)), unitsByCycle };
}

/** A candidate as the pool shows them. */
export interface PoolCandidate {
  readonly candidate: PlanningCandidate;
  readonly person: Pick<Person, 'id' | 'fullName' | 'sex' | 'birthDate' | 'ethnicityCode' | 'currentPost' | 'workplace' | 'politicalTheoryCode' | 'professionalDegreeCode'> | undefined;
  readonly ageAtTermStart: number | undefined;
}

export interface PositionPool {
  readonly position: PlannedPosition;
  /** In the pool, by priority. */
  readonly candidates: readonly PoolCandidate[];
  /** Removed at a review, latest first. */
  readonly removed: readonly PoolCandidate[];
}

export interface PlanningBoard {
  readonly cycle: PlanningCycle;
  readonly unit: UnitName;
  readonly pools: readonly PositionPool[];
  readonly warnings: readonly PlanningWarning[];
  /** Distinct people in the unit's pools. */
  readonly people: number;
}

/** One unit's planning in a cycle: its positions with their pools, and what the structure rules warn about. */
export async function loadPlanningBoard(db: AppDatabase, cycleId: string, unitId: string, rules: PlanningStructureRules = defaultPlanningStructureRules): Promise<PlanningBoard | null> {
  const [cycle, unit] = await Promise.all([recordById(db, 'planningCycle', cycleId), recordById(db, 'unit', unitId)]);
  if (!cycle || !unit) return null;
  const positions = (await recordsOf(db, undefined, { type: 'plannedPosition', index: 'cycleId', equals: cycleId })).filter((position) => position.unitId === unitId);
  const candidatesOf = await Promise.all(positions.map((position) => recordsOf(db, undefined, { type: 'planningCandidate', index: 'positionId', equals: position.id })));
  const all = candidatesOf.flat();
  const people = await recordsById(db, 'person', all.map((candidate) => candidate.personId));
  const firstPlanned = await firstPlannedOn(db, cycleId, people.keys());

  const view = (candidate: PlanningCandidate): PoolCandidate => {
    const person = people.get(candidate.personId);
    return {
      candidate,
      person: person && {
        id: person.id,
        fullName: person.fullName,
        sex: person.sex,
        birthDate: person.birthDate,
        ethnicityCode: person.ethnicityCode,
        ...(person.currentPost === undefined ? {} : { currentPost: person.currentPost }),
        ...(person.workplace === undefined ? {} : { workplace: person.workplace }),
        ...(person.politicalTheoryCode === undefined ? {} : { politicalTheoryCode: person.politicalTheoryCode }),
        ...(person.professionalDegreeCode === undefined ? {} : { professionalDegreeCode: person.professionalDegreeCode }),
      },
      ageAtTermStart: person ? ageAtTermStart(person.birthDate, cycle) : undefined,
    };
  };
  const pools = positions
    .map((position, index) => {
      const candidates = candidatesOf[index]!;
      return {
        position,
        candidates: candidates.filter((candidate) => candidate.removedOn === undefined).sort((a, b) => a.priority - b.priority || a.addedOn.localeCompare(b.addedOn)).map(view),
        removed: candidates.filter((candidate) => candidate.removedOn !== undefined).sort((a, b) => b.removedOn!.localeCompare(a.removedOn!)).map(view),
      };
    })
    .sort((a, b) => postOrder(a.position) - postOrder(b.position) || byVietnamese(a.position.title, b.position.title));

  const checked = pools.flatMap((pool) =>
    pool.candidates.flatMap(({ candidate }) => {
      const person = people.get(candidate.personId);
      return person ? [{ candidateId: candidate.id, personId: person.id, positionId: candidate.positionId, sex: person.sex, birthDate: person.birthDate, ethnicityCode: person.ethnicityCode, firstPlannedOn: firstPlanned.get(person.id) ?? candidate.addedOn }] : [];
    }),
  );
  const warnings = planningWarnings(cycle, positions, checked, rules);
  return { cycle, unit: { id: unit.id, name: latestPeriod(unit).name }, pools, warnings, people: new Set(checked.map((candidate) => candidate.personId)).size };
}

/** The order of a committee's posts on the printed list: the secretary first, members last. */
const postRanks = ['secretary', 'standing-deputy-secretary', 'deputy-secretary', 'people-council-chair', 'people-committee-chair', 'people-committee-vice-chair', 'inspection-chair', 'standing-committee-member', 'committee-member'];
const postOrder = (position: PlannedPosition) => {
  const rank = postRanks.indexOf(position.postCode);
  return rank === -1 ? postRanks.length : rank;
};

/** The day each person was first added to any position of the cycle (removed or not). */
async function firstPlannedOn(db: AppDatabase, cycleId: string, personIds: Iterable<string>): Promise<Map<string, IsoDate>> {
  const positionIds = new Set((await recordsOf(db, undefined, { type: 'plannedPosition', index: 'cycleId', equals: cycleId })).map((position) => position.id));
  const first = new Map<string, IsoDate>();
  for (const personId of personIds) {
    for (const candidate of await recordsOf(db, undefined, { type: 'planningCandidate', index: 'personId', equals: personId })) {
      if (!positionIds.has(candidate.positionId)) continue;
      const known = first.get(personId);
      if (known === undefined || candidate.addedOn < known) first.set(personId, candidate.addedOn);
    }
  }
  return first;
}

function refuse(issues: FieldIssue[]): never {
  throw new ValidationFailed(issues);
}
const issue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue => ({ field, messageKey, params });

/** A new cycle; refused when one already plans the same party term. */
export function createPlanningCycle(context: WriteContext, input: RecordInput<'planningCycle'>): Promise<PlanningCycle> {
  return writeRecords(context, async (writer) => {
    const created = writer.create('planningCycle', input);
    const cycles = await recordsOf(context.db, undefined, { type: 'planningCycle' });
    if (cycles.some((cycle) => cycle.partyTermFrom === created.partyTermFrom && cycle.partyTermTo === created.partyTermTo)) refuse([issue('partyTermFrom', 'planning.issues.cycleExists')]);
    return created;
  });
}

/** A position to plan for in a unit; refused for a cycle or unit that does not exist, or a post the unit already plans. */
export function addPlannedPosition(context: WriteContext, input: RecordInput<'plannedPosition'>): Promise<PlannedPosition> {
  return writeRecords(context, async (writer) => {
    const created = writer.create('plannedPosition', input);
    const issues: FieldIssue[] = [];
    if (!(await writer.get('planningCycle', created.cycleId))) issues.push(issue('cycleId', 'planning.issues.cycleMissing'));
    if (!(await writer.get('unit', created.unitId))) issues.push(issue('unitId', 'planning.issues.unitMissing'));
    const sameUnit = (await writer.findBy('plannedPosition', 'cycleId', created.cycleId)).filter((position) => position.id !== created.id && position.unitId === created.unitId);
    if (sameUnit.some((position) => position.postCode === created.postCode)) issues.push(issue('postCode', 'planning.issues.positionExists'));
    if (issues.length > 0) refuse(issues);
    return created;
  });
}

/** The decisions of a yearly review: who is added to which pool, who leaves a pool and why. */
export const poolReviewSchema = z.object({
  decision: requiredDecision,
  /** The day the additions and removals take effect. */
  effectiveDate: isoDate,
  additions: z
    .array(
      z.object({
        positionId: recordId,
        personId: recordId,
        priority: wholeNumber(1, 99),
        votes: z.array(planningVote).default([]),
      }),
    )
    .default([]),
  removals: z.array(z.object({ candidateId: recordId, reason: optionalText(1000) })).default([]),
});
export type PoolReview = z.input<typeof poolReviewSchema>;

export interface PoolReviewResult {
  readonly added: readonly PlanningCandidate[];
  readonly removed: readonly PlanningCandidate[];
}

/**
 * Applies a review's decision in one transaction. Refused, with nothing written: an empty review, a position or
 * person that does not exist, a person who has left the party, someone already in that pool, someone who would be
 * planned for more than three positions of the cycle, and a removal of a candidate no longer in a pool.
 */
export async function reviewPool(context: WriteContext, input: PoolReview): Promise<PoolReviewResult> {
  const parsed = poolReviewSchema.safeParse(input);
  if (!parsed.success) refuse(toFieldIssues(parsed.error));
  const review = parsed.data;
  return writeRecords(context, async (writer) => {
    if (review.additions.length === 0 && review.removals.length === 0) refuse([issue('additions', 'planning.issues.emptyReview')]);
    const issues: FieldIssue[] = [];
    const added: PlanningCandidate[] = [];
    const removed: PlanningCandidate[] = [];
    for (const [index, removal] of review.removals.entries()) {
      const candidate = await writer.get('planningCandidate', removal.candidateId);
      if (!candidate || candidate.removedOn !== undefined) {
        issues.push(issue(`removals.${index}.candidateId`, 'planning.issues.notInPool'));
        continue;
      }
      removed.push(await writer.update('planningCandidate', candidate.id, { removedOn: review.effectiveDate, removalDecision: review.decision, removalReason: removal.reason ?? null }));
    }
    for (const [index, addition] of review.additions.entries()) {
      const field = (name: string) => `additions.${index}.${name}`;
      const position = await writer.get('plannedPosition', addition.positionId);
      const person = await writer.get('person', addition.personId);
      if (!position) issues.push(issue(field('positionId'), 'planning.issues.positionMissing'));
      if (!person) issues.push(issue(field('personId'), 'planning.issues.personMissing'));
      if (!position || !person) continue;
      if (person.memberStatus === 'exited' || (person.exitDate !== undefined && person.exitDate <= review.effectiveDate)) {
        issues.push(issue(field('personId'), 'planning.issues.personExited', { name: person.fullName }));
        continue;
      }
      const active = await activePositionsOf(writer, person.id, position.cycleId);
      if (active.some((each) => each.id === position.id)) {
        issues.push(issue(field('personId'), 'planning.issues.alreadyInPool', { name: person.fullName }));
        continue;
      }
      if (active.length >= maxPositionsPerPerson) {
        issues.push(issue(field('personId'), 'planning.issues.tooManyPositions', { name: person.fullName, max: maxPositionsPerPerson }));
        continue;
      }
      added.push(writer.create('planningCandidate', { positionId: position.id, personId: person.id, priority: addition.priority, addedOn: review.effectiveDate, decision: review.decision, votes: addition.votes }));
    }
    if (issues.length > 0) refuse(issues);
    return { added, removed };
  });
}

/** The positions of a cycle whose pools hold the person (what this transaction staged included). */
async function activePositionsOf(writer: Writer, personId: string, cycleId: string): Promise<PlannedPosition[]> {
  const positions: PlannedPosition[] = [];
  for (const candidate of await writer.findBy('planningCandidate', 'personId', personId)) {
    if (candidate.removedOn !== undefined) continue;
    const position = await writer.get('plannedPosition', candidate.positionId);
    if (position && position.cycleId === cycleId) positions.push(position);
  }
  return positions;
}

/** Adds the vote of a selection step to a candidate (the schema keeps votes in time order and within the voters). */
export function recordVote(context: WriteContext, candidateId: string, vote: z.input<typeof planningVote>): Promise<PlanningCandidate> {
  return writeRecords(context, async (writer) => {
    const candidate = await writer.get('planningCandidate', candidateId);
    if (!candidate) refuse([issue('candidateId', 'planning.issues.notInPool')]);
    return writer.update('planningCandidate', candidateId, { votes: [...candidate.votes, vote as PlanningCandidate['votes'][number]] });
  });
}
