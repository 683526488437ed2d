/**
 * Weak-organization consolidation (củng cố tổ chức đảng yếu kém): the organizations of a subtree in the program with
 * where each stands, the weak ratings not yet followed by a program, entering one and leaving it, each through the
 * one write path with its rules (one open program per organization, entered from a weak rating, left once).
 */
import { z } from 'zod';
import { loadCatalogs } from '../catalogs/catalog-service';
import { findEntry } from '../catalogs/catalog';
import type { IsoDate } from '../dates/partial-date';
import { consolidationSchema, type Consolidation } from '../events/consolidation';
import type { Evaluation } from '../events/evaluation';
import { latestPeriod } from '../organization/unit';
import { ratingLevels } from '../queries/conduct-queries';
import { weakOrganizationsBetween } from '../queries/organization-queries';
import { byVietnamese, unitTreeOn } from '../queries/people-queries';
import { allRecords, toRecord } from '../queries/records-reader';
import { recordTypes } from '../records/registry';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail, ValidationFailed } from '../validation/issues';
import { isWeakLevel } from './rating-schemes';

export type ConsolidationState = 'open' | 'overdue' | 'left';

export interface ConsolidationEntry {
  readonly program: Consolidation;
  readonly unitName: string;
  readonly state: ConsolidationState;
}

export interface WeakRating {
  readonly evaluation: Evaluation;
  readonly unitName: string;
  readonly gradeName: string;
}

/** Stages at which a rating is the committee's: decided, or decided and published. */
const decided = new Set<Evaluation['stage']>(['decision', 'published']);

async function unitNames(db: AppDatabase): Promise<Map<string, string>> {
  return new Map((await allRecords(db, 'unit')).map((unit) => [unit.id, latestPeriod(unit).name]));
}

/** Every program of the organizations under a root (as the tree stands on the day), open ones first, then by entry. */
export async function consolidationList(db: AppDatabase, rootUnitId: string, day: IsoDate): Promise<ConsolidationEntry[]> {
  const [statuses, tree, names] = await Promise.all([weakOrganizationsBetween(db, '1930-01-01', day), unitTreeOn(db, day), unitNames(db)]);
  const subtree = tree.subtreeIds(rootUnitId);
  // An organization merged away since keeps its program in the list: it is no longer in today's tree.
  const entries = statuses
    .filter((status) => subtree.has(status.unitId) || !tree.get(status.unitId))
    .map((status): ConsolidationEntry => ({ program: status.program, unitName: names.get(status.unitId) ?? '', state: !status.open ? 'left' : status.overdue ? 'overdue' : 'open' }));
  const rank = (entry: ConsolidationEntry) => (entry.state === 'left' ? 1 : 0);
  return entries.sort((a, b) => rank(a) - rank(b) || b.program.enteredOn.localeCompare(a.program.enteredOn));
}

/** Organizations under a root rated weak by a decision of the year, with no program open for them or entered from that rating. */
export async function weakRatingsWithoutProgram(db: AppDatabase, rootUnitId: string, year: number, day: IsoDate): Promise<WeakRating[]> {
  const [rows, programs, tree, names, catalogs] = await Promise.all([
    db.recordTable(recordTypes.evaluation.table).where('[subject+_year]').equals(['unit', year]).toArray(),
    allRecords(db, 'consolidation'),
    unitTreeOn(db, day),
    unitNames(db),
    loadCatalogs(db),
  ]);
  const levels = ratingLevels(catalogs);
  const subtree = tree.subtreeIds(rootUnitId);
  const followed = new Set(programs.flatMap((program) => [program.leftOn ? '' : program.unitId, program.evaluationId ?? '']));
  return rows
    .filter((row) => !row._deleted)
    .map((row) => toRecord<'evaluation'>(row))
    .filter((evaluation) => {
      const unitId = evaluation.unitId ?? '';
      return decided.has(evaluation.stage) && subtree.has(unitId) && isWeakLevel(levels.get(evaluation.ratingCode)) && !followed.has(unitId) && !followed.has(evaluation.id);
    })
    .map((evaluation) => ({ evaluation, unitName: names.get(evaluation.unitId ?? '') ?? '', gradeName: findEntry(catalogs, 'rating', evaluation.ratingCode)?.name ?? evaluation.ratingCode }))
    .sort((a, b) => byVietnamese(a.unitName, b.unitName));
}

const refuse = (field: string, messageKey: string) => new ValidationFailed([{ field, messageKey, params: {} }]);


/**
 * Enters an organization into the program. Refused (nothing written): input failing the schema, an organization that
 * does not exist or is already in an open program, and a rating given as the reason that is not a weak one of it.
 */
export async function enterConsolidation(context: WriteContext, raw: unknown): Promise<Consolidation> {
  // A program is entered open: its exit is recorded by leaving it.
  const { leftOn: _leftOn, exitDecision: _exitDecision, outcome: _outcome, ...input } = parseOrFail(consolidationSchema, raw);
  return writeRecords(context, async (writer) => {
    if (!(await writer.get('unit', input.unitId))) throw refuse('unitId', 'consolidation.rules.unitMissing');
    if ((await writer.findBy('consolidation', 'unitId', input.unitId)).some((program) => !program.leftOn)) throw refuse('unitId', 'consolidation.rules.alreadyOpen');
    if (input.evaluationId) {
      const evaluation = await writer.get('evaluation', input.evaluationId);
      const levels = ratingLevels(await loadCatalogs(context.db));
      const weak = evaluation?.unitId === input.unitId && isWeakLevel(levels.get(evaluation.ratingCode));
      if (!weak) throw refuse('evaluationId', 'consolidation.rules.notWeak');
    }
    return writer.create('consolidation', input);
  });
}

/** What leaving the program takes: the day, and the decision and outcome when known. */
export const consolidationExitInput = z.object({
  leftOn: consolidationSchema.shape.leftOn.unwrap(),
  exitDecision: consolidationSchema.shape.exitDecision,
  outcome: consolidationSchema.shape.outcome,
});

/** Records that the organization has left the program. Refused (nothing written) for a program that is gone or already left, or a day before entry. */
export async function leaveConsolidation(context: WriteContext, programId: string, raw: unknown): Promise<Consolidation> {
  const exit = parseOrFail(consolidationExitInput, raw);
  return writeRecords(context, async (writer) => {
    const program = await writer.get('consolidation', programId);
    if (!program) throw refuse('programId', 'consolidation.rules.missing');
    if (program.leftOn) throw refuse('leftOn', 'consolidation.rules.alreadyLeft');
    return writer.update('consolidation', programId, exit);
  });
}
