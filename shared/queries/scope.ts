import { addDaysTo, spanCovers, type IsoDate } from '../dates/partial-date';
import type { Level } from '../events/event-fields';
import type { AdminUnit } from '../organization/admin-unit';
import type { Unit } from '../organization/unit';
import { UnitTree } from '../organization/unit-tree';
import type { AppDatabase } from '../storage/database';
import { recordTypes } from '../records/registry';
import { recordsOf, type RecordCache } from './record-cache';

/**
 * What a report for a unit's subtree covers on a day: the party units of the subtree (as the tree stood then)
 * and the administrative units they stand for (`adminUnitId`), with every administrative unit below those.
 * A district committee thus covers the communes of its district, a commune committee its commune.
 */
export interface Scope {
  readonly day: IsoDate;
  readonly tree: UnitTree;
  readonly unitIds: ReadonlySet<string>;
  readonly adminUnitIds: ReadonlySet<string>;
}

export async function scopeOn(db: AppDatabase, rootUnitId: string, day: IsoDate): Promise<Scope> {
  return new Scopes(db, rootUnitId).on(day);
}

/**
 * The scopes of one root on several days, reading the units and administrative units once: a report asks for the
 * scope on the day, at the end of the period and on the days of its events, and each read of the units costs.
 */
export class Scopes {
  private tables?: Promise<{ units: Unit[]; adminUnits: AdminUnit[] }>;
  private readonly byDay = new Map<IsoDate, Scope>();
  private readonly byPeriod = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly db: AppDatabase,
    readonly rootUnitId: string,
    private readonly records?: RecordCache,
  ) {}

  /**
   * The units in the subtree at some time in a period (both days included): on its last day and on the eve of each
   * restructuring in it, so that what happened in a cell merged away or moved out in the period still counts.
   */
  async during(from: IsoDate, to: IsoDate): Promise<ReadonlySet<string>> {
    const key = `${from}/${to}`;
    const known = this.byPeriod.get(key);
    if (known) return known;
    const dates = await this.db.recordTable(recordTypes.restructuring.table).where('effectiveDate').between(from, to, false, true).primaryKeys();
    const rows = await this.db.recordTable(recordTypes.restructuring.table).bulkGet(dates);
    const days = new Set([to, ...rows.flatMap((row) => (row && !row._deleted ? [addDaysTo(String(row.effectiveDate), -1)] : []))]);
    const unitIds = new Set<string>();
    for (const day of days) for (const id of (await this.on(day)).unitIds) unitIds.add(id);
    this.byPeriod.set(key, unitIds);
    return unitIds;
  }

  async on(day: IsoDate): Promise<Scope> {
    const known = this.byDay.get(day);
    if (known) return known;
    this.tables ??= Promise.all([recordsOf(this.db, this.records, { type: 'unit' }), recordsOf(this.db, this.records, { type: 'adminUnit' })]).then(([units, adminUnits]) => ({ units, adminUnits }));
    const { units, adminUnits } = await this.tables;
    const scope = scopeFrom(units, adminUnits, this.rootUnitId, day);
    this.byDay.set(day, scope);
    return scope;
  }
}

/** The scope of a root on a day, from the records already read. */
export function scopeFrom(units: readonly Unit[], adminUnits: readonly AdminUnit[], rootUnitId: string, day: IsoDate): Scope {
  const tree = new UnitTree(units, day);
  const unitIds = tree.subtreeIds(rootUnitId);
  const named = units.filter((unit) => unitIds.has(unit.id) && unit.adminUnitId !== undefined).map((unit) => unit.adminUnitId!);
  const children = new Map<string, string[]>();
  for (const adminUnit of adminUnits) {
    const period = adminUnit.periods.find((candidate) => spanCovers(candidate.from, candidate.to, day));
    if (!period?.parentId) continue;
    const siblings = children.get(period.parentId) ?? [];
    siblings.push(adminUnit.id);
    children.set(period.parentId, siblings);
  }
  const adminUnitIds = new Set<string>();
  const stack = [...named];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (adminUnitIds.has(id)) continue;
    adminUnitIds.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return { day, tree, unitIds, adminUnitIds };
}

/** Where a query finds its scope: the report's shared `Scopes` when given, else a fresh read for `rootUnitId`. */
export function scopesOf(db: AppDatabase, options: { readonly rootUnitId?: string; readonly scopes?: Scopes }): Scopes | undefined {
  return options.scopes ?? (options.rootUnitId ? new Scopes(db, options.rootUnitId) : undefined);
}

/**
 * The level a post in a unit belongs to: grassroots for a grassroots organization and anything under one,
 * otherwise the level of the nearest province or district-level committee above (a bloc committee counts as
 * district level). Undefined when the unit is not in the tree that day.
 */
export function levelOfUnit(tree: UnitTree, unitId: string): Level | undefined {
  const path = tree.pathTo(unitId);
  if (path.length === 0) return undefined;
  if (path.some((node) => node.isGrassroots)) return 'grassroots';
  for (const node of [...path].reverse()) {
    if (node.kind === 'province-committee') return 'province';
    if (node.kind === 'district-committee' || node.kind === 'bloc-committee') return 'district';
  }
  return undefined;
}
