/**
 * Evaluation sheets: a unit's party members and organizations for one period (a year, or a quarter under the
 * 2025 scheme), with what is already recorded for them; saved in one transaction through the one write path.
 */
import { loadCatalogs } from '../catalogs/catalog-service';
import type { IsoDate } from '../dates/partial-date';
import type { Evaluation, EvaluationPeriod } from '../events/evaluation';
import type { Subject } from '../events/event-fields';
import type { UnitNode, UnitTree } from '../organization/unit-tree';
import { unitOn } from '../people/membership';
import { byVietnamese, peopleInSubtreeOn, unitTreeOn } from '../queries/people-queries';
import { toRecord } from '../queries/records-reader';
import { recordTypes } from '../records/registry';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail, ValidationFailed } from '../validation/issues';
import { checkEvaluationSheet, evaluationSheetInput, ratedValues, stageNeedsDecision, type SchemesBySubject } from './evaluation-rules';
import { periodLastDay, schemeInForce } from './rating-schemes';

/** More members than this are too many to rate on one screen: the user picks a grassroots organization or a cell. */
export const maxSheetMembers = 2000;

export interface SheetSubject {
  readonly subject: Subject;
  readonly subjectId: string;
  readonly name: string;
  /** Those rated together for the cap: a member's grassroots organization, an organization's parent. */
  readonly groupId: string;
  readonly groupName: string;
  /** What is recorded for the period, if anything. */
  readonly existing?: Evaluation;
}

export interface EvaluationSheet {
  readonly unitId: string;
  readonly unitName: string;
  readonly period: EvaluationPeriod;
  /** The day membership is read as at: the period's last day. */
  readonly day: IsoDate;
  readonly schemes: SchemesBySubject;
  readonly organizations: readonly SheetSubject[];
  readonly members: readonly SheetSubject[];
}

/** The grassroots organization a unit belongs to (itself if it is one); undefined above the grassroots level. */
export function grassrootsOf(tree: UnitTree, unitId: string): UnitNode | undefined {
  return tree.pathTo(unitId).findLast((node) => node.isGrassroots);
}

const refuse = (field: string, messageKey: string, params: Record<string, string | number> = {}) => new ValidationFailed([{ field, messageKey, params }]);

async function recordedFor(db: AppDatabase, subjectIds: readonly string[], period: EvaluationPeriod): Promise<Map<string, Evaluation>> {
  const rows = await db.recordTable(recordTypes.evaluation.table).where('[_subjectId+_year]').anyOf(subjectIds.map((id) => [id, period.year])).toArray();
  const found = new Map<string, Evaluation>();
  for (const row of rows) {
    if (row._deleted) continue;
    const evaluation = toRecord<'evaluation'>(row);
    if (evaluation.period.quarter === period.quarter) found.set(evaluation.personId ?? evaluation.unitId ?? '', evaluation);
  }
  return found;
}

/** The sheet of a unit for a period. Refuses (ValidationFailed) a unit that did not exist then, or one with too many members. */
export async function loadEvaluationSheet(db: AppDatabase, unitId: string, period: EvaluationPeriod): Promise<EvaluationSheet> {
  const day = periodLastDay(period);
  const [tree, catalogs] = await Promise.all([unitTreeOn(db, day), loadCatalogs(db)]);
  const root = tree.get(unitId);
  if (!root) throw refuse('unitId', 'evaluation.rules.unitMissing');
  const subtree = tree.subtreeIds(unitId);
  const people = await peopleInSubtreeOn(db, unitId, day, { membersOnly: true });
  if (people.length > maxSheetMembers) throw refuse('unitId', 'evaluation.rules.tooManyMembers', { count: people.length, maximum: maxSheetMembers });

  const nameOf = (id: string | null) => (id === null ? '' : (tree.get(id)?.name ?? ''));
  const organizations = tree
    .depthFirst()
    .filter(({ node }) => subtree.has(node.id) && grassrootsOf(tree, node.id) !== undefined)
    .map(({ node }) => ({ subject: 'unit' as const, subjectId: node.id, name: node.name, groupId: node.parentId ?? '', groupName: nameOf(node.parentId) }));
  const members = people
    .map((person) => {
      const own = unitOn(person, day) ?? unitId;
      const group = grassrootsOf(tree, own) ?? root;
      return { subject: 'person' as const, subjectId: person.id, name: person.fullName, groupId: group.id, groupName: group.name };
    })
    .sort((a, b) => byVietnamese(a.groupName, b.groupName) || byVietnamese(a.name, b.name));

  const recorded = await recordedFor(db, [...organizations, ...members].map((row) => row.subjectId), period);
  const withRecord = <T extends { subjectId: string }>(row: T) => {
    const existing = recorded.get(row.subjectId);
    return existing ? { ...row, existing } : row;
  };
  const schemes: SchemesBySubject = {};
  for (const subject of ['person', 'unit'] as const) {
    const scheme = schemeInForce(catalogs, subject, period);
    if (scheme) schemes[subject] = scheme;
  }
  return { unitId, unitName: root.name, period, day, schemes, organizations: organizations.map(withRecord), members: members.map(withRecord) };
}

export interface SavedSheet {
  readonly created: number;
  readonly updated: number;
}

/**
 * Writes the rated rows of a sheet, all at its stage, in one transaction: an evaluation per member or organization
 * and period, created or brought up to date. Refuses (ValidationFailed, nothing written) input that fails its schema
 * or the scheme's rules, a stage earlier than one already recorded, and the decision stages without a decision.
 */
export async function saveEvaluationSheet(context: WriteContext, raw: unknown): Promise<SavedSheet> {
  const input = parseOrFail(evaluationSheetInput, raw);
  return writeRecords(context, async (writer) => {
    const sheet = await loadEvaluationSheet(context.db, input.unitId, input.period);
    const everyone = [...sheet.organizations, ...sheet.members];
    const existing = new Map(everyone.flatMap((row) => (row.existing ? [[row.subjectId, row.existing] as const] : [])));
    const issues = checkEvaluationSheet(input, { schemes: sheet.schemes, subjectIds: new Set(everyone.map((row) => row.subjectId)), existing });
    if (issues.length > 0) throw new ValidationFailed(issues);

    const decision = stageNeedsDecision(input.stage) ? input.decision : undefined;
    let created = 0;
    let updated = 0;
    for (const row of input.rows) {
      const scheme = sheet.schemes[row.subject];
      const values = ratedValues(row, scheme);
      if (!scheme || !values) continue;
      const fields = {
        ratingSchemeCode: scheme.code,
        ratingCode: values.ratingCode,
        points: values.points ?? null,
        stage: input.stage,
        note: row.note ?? null,
      };
      const before = existing.get(row.subjectId);
      if (before) {
        // A decision recorded earlier stays unless the sheet gives one.
        await writer.update('evaluation', before.id, { ...fields, decision: decision ?? before.decision ?? null });
        updated += 1;
      } else {
        const subjectField = row.subject === 'person' ? { personId: row.subjectId } : { unitId: row.subjectId };
        writer.create('evaluation', {
          subject: row.subject,
          ...subjectField,
          period: input.period,
          ratingSchemeCode: scheme.code,
          ratingCode: values.ratingCode,
          ...(values.points !== undefined ? { points: values.points } : {}),
          stage: input.stage,
          ...(decision ? { decision } : {}),
          ...(row.note ? { note: row.note } : {}),
        });
        created += 1;
      }
    }
    return { created, updated };
  });
}
