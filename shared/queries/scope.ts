import { spanCovers, type IsoDate } from '../dates/partial-date';
import type { Level } from '../events/event-fields';
import type { UnitTree } from '../organization/unit-tree';
import type { AppDatabase } from '../storage/database';
import { unitTreeOn } from './people-queries';
import { allRecords } from './records-reader';

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
  const tree = await unitTreeOn(db, day);
  const unitIds = tree.subtreeIds(rootUnitId);
  const units = await allRecords(db, 'unit');
  const named = units.filter((unit) => unitIds.has(unit.id) && unit.adminUnitId !== undefined).map((unit) => unit.adminUnitId!);
  const children = new Map<string, string[]>();
  for (const adminUnit of await allRecords(db, 'adminUnit')) {
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

/** The day `days` after (or before) `day`. */
export function addDaysTo(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
