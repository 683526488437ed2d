/** The planning screen's access to data: the cycles, one unit's pools with their warnings, and the review decisions. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import type { PlannedPosition, PlanningCandidate, PlanningCycle } from '../../shared/events/planning';
import type { RecordInput } from '../../shared/records/registry';
import { findPeopleByName, type PersonMatch } from '../../shared/people/person-search';
import { addPlannedPosition, createPlanningCycle, loadPlanningBoard, loadPlanningCycles, recordVote, reviewPool, type PlanningBoard, type PlanningCycles, type PoolReview, type PoolReviewResult } from '../../shared/planning/planning-service';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';

export interface PlanningServices {
  cycles(): Promise<PlanningCycles>;
  board(cycleId: string, unitId: string): Promise<PlanningBoard | null>;
  catalogs(): Promise<CatalogEntry[]>;
  findPeople(typed: string): Promise<PersonMatch[]>;
  /** Throws ValidationFailed, naming the fields, when the review is refused (nothing is written then). */
  review(input: PoolReview): Promise<PoolReviewResult>;
  recordVote(candidateId: string, vote: PlanningCandidate['votes'][number]): Promise<PlanningCandidate>;
  /** Throws ValidationFailed when refused (a cycle for the same term already exists). */
  createCycle(input: RecordInput<'planningCycle'>): Promise<PlanningCycle>;
  /** Throws ValidationFailed when refused (the unit already plans the post in the cycle). */
  addPosition(input: RecordInput<'plannedPosition'>): Promise<PlannedPosition>;
}

export function createPlanningServices(db: AppDatabase): PlanningServices {
  return {
    cycles: () => loadPlanningCycles(db),
    board: (cycleId, unitId) => loadPlanningBoard(db, cycleId, unitId),
    catalogs: () => loadCatalogs(db),
    findPeople: (typed) => findPeopleByName(db, typed),
    review: async (input) => reviewPool(await officeWriteContext(db), input),
    recordVote: async (candidateId, vote) => recordVote(await officeWriteContext(db), candidateId, vote),
    createCycle: async (input) => createPlanningCycle(await officeWriteContext(db), input),
    addPosition: async (input) => addPlannedPosition(await officeWriteContext(db), input),
  };
}
