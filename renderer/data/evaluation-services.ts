/**
 * The evaluation and consolidation screens' access to data: the units to choose from, a unit's evaluation sheet for a
 * period and its saving, the weak organizations in consolidation; every write through the one write path as this office.
 */
import type { IsoDate } from '../../shared/dates/partial-date';
import type { EvaluationPeriod } from '../../shared/events/evaluation';
import { loadEvaluationSheet, saveEvaluationSheet, type EvaluationSheet, type SavedSheet } from '../../shared/evaluation/evaluation-service';
import { consolidationList, enterConsolidation, leaveConsolidation, weakRatingsWithoutProgram, type ConsolidationEntry, type WeakRating } from '../../shared/evaluation/consolidation-service';
import type { Consolidation } from '../../shared/events/consolidation';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';
import { workflowUnits, type WorkflowUnits } from './workflow-units';

export interface EvaluationServices {
  /** The units as they stand on the day, parents before children. */
  units(day: IsoDate): Promise<WorkflowUnits>;
  /** Throws ValidationFailed for a unit that did not exist in the period or has too many members for one grid. */
  sheet(unitId: string, period: EvaluationPeriod): Promise<EvaluationSheet>;
  /** Throws ValidationFailed, naming the rows and rules, for a sheet that cannot be saved; nothing is written then. */
  save(input: unknown): Promise<SavedSheet>;
  /** The office's weak organizations in consolidation, open ones first, as its tree stands on the day. */
  consolidations(day: IsoDate): Promise<ConsolidationEntry[]>;
  /** The office's organizations rated weak by a decision of the year and not yet in a program. */
  weakRatings(year: number, day: IsoDate): Promise<WeakRating[]>;
  /** Throws ValidationFailed (nothing written) for bad input, a second open program or a rating that is not weak. */
  enterConsolidation(input: unknown): Promise<Consolidation>;
  leaveConsolidation(programId: string, input: unknown): Promise<Consolidation>;
}

export function createEvaluationServices(db: AppDatabase): EvaluationServices {
  /** The office's own unit on the day: what the consolidation lists keep to. */
  const ownUnit = async (day: IsoDate) => (await workflowUnits(db, day)).ownUnitId ?? '';
  return {
    units: (day) => workflowUnits(db, day),
    sheet: (unitId, period) => loadEvaluationSheet(db, unitId, period),
    save: async (input) => saveEvaluationSheet(await officeWriteContext(db), input),
    consolidations: async (day) => consolidationList(db, await ownUnit(day), day),
    weakRatings: async (year, day) => weakRatingsWithoutProgram(db, await ownUnit(day), year, day),
    enterConsolidation: async (input) => enterConsolidation(await officeWriteContext(db), input),
    leaveConsolidation: async (programId, input) => leaveConsolidation(await officeWriteContext(db), programId, input),
  };
}
