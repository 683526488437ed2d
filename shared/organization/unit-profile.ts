/**
 * Everything the unit page shows about one party unit, as it stood on a day: its periods, members, sub-units,
 * residential areas and enterprises with their party coverage, yearly ratings, consolidation and restructurings.
 */
import { spanCovers, type IsoDate } from '../dates/partial-date';
import type { Consolidation } from '../events/consolidation';
import type { Evaluation } from '../events/evaluation';
import type { MemberStatus, Person } from '../people/person';
import { coverageOn, enterpriseCoverageOn, type EnterpriseOnDay } from '../queries/coverage-queries';
import { eachPerson, MemberTally } from '../queries/member-counts';
import { allRecords, recordById, toRecord } from '../queries/records-reader';
import { scopeOn } from '../queries/scope';
import { recordTypes, type RecordTypeName } from '../records/registry';
import type { AppDatabase } from '../storage/database';
import type { Restructuring } from './restructuring';
import { latestPeriod, periodOn, type Unit, type UnitPeriod } from './unit';
import { nameOrder, UnitTree, type UnitNode } from './unit-tree';

export interface UnitPeriodView extends UnitPeriod {
  /** The parent's name as it stood when the period began. */
  readonly parentName?: string;
}

export interface SubUnitView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  /** Members of the sub-unit's whole subtree. */
  readonly members: number;
}

export interface ResidentialAreaView {
  readonly id: string;
  readonly code?: string;
  /** The name the area had on the day. */
  readonly name: string;
  /** `residentialCellStatus` code on the day; empty when nothing was recorded yet. */
  readonly statusCode: string;
  readonly cellUnitId?: string;
  /** The cell's name on the day, or its last name when it no longer existed then. */
  readonly cellName?: string;
}

export interface UnitProfile {
  readonly day: IsoDate;
  readonly unit: Unit;
  /** The unit on the day; undefined when it did not exist then. */
  readonly node: UnitNode | undefined;
  /** From the top of the tree down to the unit, on the day. */
  readonly path: readonly UnitNode[];
  readonly periods: readonly UnitPeriodView[];
  /** Members of the unit's whole subtree on the day. */
  readonly memberCount: number;
  /** Members whose own unit was this one on the day, by name. */
  readonly members: readonly Person[];
  readonly subUnits: readonly SubUnitView[];
  readonly residentialAreas: readonly ResidentialAreaView[];
  readonly enterprises: readonly EnterpriseOnDay[];
  /** Ratings of the unit, newest period first. */
  readonly evaluations: readonly Evaluation[];
  readonly consolidations: readonly Consolidation[];
  /** Whether the unit was in a weak-organization consolidation program on the day. */
  readonly inConsolidation: boolean;
  /** Restructurings that touched the unit, oldest first. */
  readonly restructurings: readonly Restructuring[];
}

async function recordsWhere<T extends RecordTypeName>(db: AppDatabase, type: T, index: string, value: string) {
  const rows = await db.recordTable(recordTypes[type].table).where(index).equals(value).toArray();
  return rows.filter((row) => !row._deleted).map((row) => toRecord<T>(row));
}

export async function unitProfileOn(db: AppDatabase, unitId: string, day: IsoDate): Promise<UnitProfile | null> {
  const unit = await recordById(db, 'unit', unitId);
  if (!unit) return null;
  const units = await allRecords(db, 'unit');
  const byId = new Map(units.map((candidate) => [candidate.id, candidate]));
  const tree = new UnitTree(units, day);
  const node = tree.get(unitId);

  const tally = new MemberTally(day);
  const members: Person[] = [];
  await eachPerson(db, (person) => {
    if (tally.add(person) === unitId) members.push(person);
  });
  members.sort((a, b) => nameOrder.compare(a.fullName, b.fullName));
  const counts = tally.subtreeCounts(tree);

  const periods = unit.periods.map((period): UnitPeriodView => {
    const parent = period.parentId === null ? undefined : byId.get(period.parentId);
    const parentName = parent && (periodOn(parent, period.from) ?? parent.periods[0])?.name;
    return parentName === undefined ? period : { ...period, parentName };
  });

  const evaluations = (await recordsWhere(db, 'evaluation', 'unitId', unitId))
    .filter((evaluation) => evaluation.subject === 'unit')
    .sort((a, b) => b.period.year - a.period.year || (b.period.quarter ?? 0) - (a.period.quarter ?? 0));
  const consolidations = (await recordsWhere(db, 'consolidation', 'unitId', unitId)).sort((a, b) => b.enteredOn.localeCompare(a.enteredOn));
  const restructurings = (await recordsWhere(db, 'restructuring', '_unitIds', unitId)).sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));

  return {
    day,
    unit,
    node,
    path: node ? tree.pathTo(unitId) : [],
    periods,
    memberCount: counts.get(unitId) ?? 0,
    members,
    subUnits: (node?.children ?? []).map((child) => ({ id: child.id, code: child.code, name: child.name, kind: child.kind, members: counts.get(child.id) ?? 0 })),
    residentialAreas: node ? await residentialAreasOn(db, tree, byId, unitId, day) : [],
    enterprises: node ? (await enterpriseCoverageOn(db, unitId, day)).enterprises : [],
    evaluations,
    consolidations,
    inConsolidation: consolidations.some((program) => spanCovers(program.enteredOn, program.leftOn ?? null, day)),
    restructurings,
  };
}

/** Residential areas under the unit on the day, by the rule of the coverage statistics: its communes, or its cells. */
async function residentialAreasOn(db: AppDatabase, tree: UnitTree, units: ReadonlyMap<string, Unit>, unitId: string, day: IsoDate): Promise<ResidentialAreaView[]> {
  const scope = await scopeOn(db, unitId, day);
  const areas: ResidentialAreaView[] = [];
  for (const area of await allRecords(db, 'residentialArea')) {
    const period = area.periods.find((candidate) => spanCovers(candidate.from, candidate.to, day));
    if (!period) continue;
    const coverage = coverageOn(area, day);
    const cellUnitId = coverage?.cellUnitId;
    if (!scope.adminUnitIds.has(period.adminUnitId) && !(cellUnitId !== undefined && scope.unitIds.has(cellUnitId))) continue;
    const cell = cellUnitId === undefined ? undefined : units.get(cellUnitId);
    const cellName = cell && (tree.get(cell.id)?.name ?? latestPeriod(cell).name);
    areas.push({
      id: area.id,
      name: period.name,
      statusCode: coverage?.statusCode ?? '',
      ...(area.code ? { code: area.code } : {}),
      ...(cellUnitId ? { cellUnitId } : {}),
      ...(cellName ? { cellName } : {}),
    });
  }
  return areas.sort((a, b) => nameOrder.compare(a.name, b.name));
}

/** What a split has to place: every person whose unit is this one now (whatever their status), and its open sub-units. */
export interface UnitContents {
  readonly members: readonly { readonly id: string; readonly fullName: string; readonly birthDate: string; readonly memberStatus: MemberStatus }[];
  readonly subUnits: readonly { readonly id: string; readonly code: string; readonly name: string }[];
}

export async function unitContentsNow(db: AppDatabase, unitId: string): Promise<UnitContents> {
  const people = await recordsWhere(db, 'person', 'unitId', unitId);
  const children = (await recordsWhere(db, 'unit', '_parentId', unitId)).filter((child) => latestPeriod(child).to === null);
  return {
    members: people.map(({ id, fullName, birthDate, memberStatus }) => ({ id, fullName, birthDate, memberStatus })).sort((a, b) => nameOrder.compare(a.fullName, b.fullName)),
    subUnits: children.map((child) => ({ id: child.id, code: child.code, name: latestPeriod(child).name })).sort((a, b) => nameOrder.compare(a.name, b.name)),
  };
}
