/**
 * Restructuring of the organization hierarchy (merge, split, rename, move, create, dissolve), as in the 2025 reform.
 * Nothing is overwritten: each unit's current period is closed on the effective date and the next one opened,
 * members' unit histories are closed and reopened the same way, so "as at" views before the date are unchanged.
 */
import type { IsoDate } from '../dates/partial-date';
import type { RecordOf } from '../records/registry';
import type { Writer } from '../records/write-path';
import { ValidationFailed } from '../validation/issues';
import { latestPeriod, type Unit, type UnitPeriod } from './unit';

export interface NewUnitSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly isGrassroots: boolean;
  readonly parentId: string | null;
}

function refuse(field: string, messageKey: string): never {
  throw new ValidationFailed([{ field, messageKey, params: {} }]);
}

/** The unit, refused unless it still exists; with `changedOn`, also unless its current period began before that day. */
async function activeUnit(writer: Writer, id: string, field: string, changedOn?: IsoDate): Promise<Unit> {
  const unit = await writer.get('unit', id);
  if (!unit) return refuse(field, 'validation.restructure.unitMissing');
  const latest = latestPeriod(unit);
  if (latest.to !== null) refuse(field, 'validation.restructure.unitClosed');
  if (changedOn !== undefined && changedOn <= latest.from) refuse('effectiveDate', 'validation.restructure.beforeCurrentPeriod');
  return unit;
}

/** Closes the unit's open period on `day` and, unless it ends there, opens the next with the given changes. */
function nextPeriods(unit: Unit, day: IsoDate, changes: Partial<UnitPeriod> | 'end'): UnitPeriod[] {
  const latest = latestPeriod(unit);
  const closed = [...unit.periods.slice(0, -1), { ...latest, to: day }];
  return changes === 'end' ? closed : [...closed, { ...latest, ...changes, from: day, to: null }];
}

async function moveMembers(writer: Writer, fromUnitId: string, day: IsoDate, target: (person: RecordOf<'person'>) => string): Promise<void> {
  for (const person of await writer.findBy('person', 'unitId', fromUnitId)) {
    const toUnitId = target(person);
    const history = person.unitHistory.map((membership, index) => (index === person.unitHistory.length - 1 ? { ...membership, to: day } : membership));
    await writer.update('person', person.id, { unitId: toUnitId, unitHistory: [...history, { unitId: toUnitId, from: day, to: null }] });
  }
}

async function moveChildren(writer: Writer, fromUnitId: string, day: IsoDate, target: (child: Unit) => string): Promise<void> {
  for (const child of await writer.findBy('unit', '_parentId', fromUnitId)) {
    if (latestPeriod(child).to === null) await writer.update('unit', child.id, { periods: nextPeriods(child, day, { parentId: target(child) }) });
  }
}

export async function createUnit(writer: Writer, spec: NewUnitSpec, day: IsoDate): Promise<Unit> {
  if (spec.parentId !== null) await activeUnit(writer, spec.parentId, 'parentId');
  const { code, ...period } = spec;
  return writer.create('unit', { code, periods: [{ ...period, from: day, to: null }] });
}

export async function renameUnit(writer: Writer, unitId: string, name: string, day: IsoDate): Promise<void> {
  const unit = await activeUnit(writer, unitId, 'unitId', day);
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, { name }) });
}

export async function moveUnit(writer: Writer, unitId: string, newParentId: string, day: IsoDate): Promise<void> {
  const unit = await activeUnit(writer, unitId, 'unitId', day);
  await activeUnit(writer, newParentId, 'parentId');
  if (newParentId === unitId) refuse('parentId', 'validation.restructure.cycle');
  // A unit cannot move under one of its own descendants.
  for (let ancestor = await writer.get('unit', newParentId); ancestor; ) {
    const parentId = latestPeriod(ancestor).parentId;
    if (parentId === unitId) refuse('parentId', 'validation.restructure.cycle');
    ancestor = parentId === null ? undefined : await writer.get('unit', parentId);
  }
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, { parentId: newParentId }) });
}

/** Many units into one (an existing unit or a new one): members and sub-units move to it; the sources close. */
export async function mergeUnits(writer: Writer, sourceIds: readonly string[], target: { existingId: string } | { newUnit: NewUnitSpec }, day: IsoDate): Promise<Unit> {
  if (sourceIds.length < 2 && !('newUnit' in target)) refuse('sourceIds', 'validation.restructure.mergeNeedsTwo');
  if (new Set(sourceIds).size !== sourceIds.length) refuse('sourceIds', 'validation.restructure.duplicateUnit');
  const sources = [];
  for (const id of sourceIds) sources.push(await activeUnit(writer, id, 'sourceIds', day));
  const targetUnit = 'existingId' in target ? await activeUnit(writer, target.existingId, 'targetId') : await createUnit(writer, target.newUnit, day);
  if (sourceIds.includes(targetUnit.id)) refuse('targetId', 'validation.restructure.targetIsSource');
  for (const source of sources) {
    await moveMembers(writer, source.id, day, () => targetUnit.id);
    await moveChildren(writer, source.id, day, () => targetUnit.id);
    await writer.update('unit', source.id, { periods: nextPeriods(source, day, 'end') });
  }
  return targetUnit;
}

/**
 * One unit into several new ones. Every member and every sub-unit must be given a target (by index into
 * `targets`): a split that would leave someone nowhere is refused.
 */
export async function splitUnit(
  writer: Writer,
  sourceId: string,
  targets: readonly NewUnitSpec[],
  assignments: { readonly members: Readonly<Record<string, number>>; readonly subUnits: Readonly<Record<string, number>> },
  day: IsoDate,
): Promise<Unit[]> {
  const source = await activeUnit(writer, sourceId, 'sourceId', day);
  if (targets.length < 2) refuse('targets', 'validation.restructure.splitNeedsTwo');
  const members = await writer.findBy('person', 'unitId', sourceId);
  const children = (await writer.findBy('unit', '_parentId', sourceId)).filter((child) => latestPeriod(child).to === null);
  const validTarget = (index: number | undefined) => index !== undefined && Number.isInteger(index) && index >= 0 && index < targets.length;
  if (members.some((person) => !validTarget(assignments.members[person.id]))) refuse('members', 'validation.restructure.memberUnassigned');
  if (children.some((child) => !validTarget(assignments.subUnits[child.id]))) refuse('subUnits', 'validation.restructure.subUnitUnassigned');

  const created: Unit[] = [];
  for (const spec of targets) created.push(await createUnit(writer, spec, day));
  const targetOf = (index: number | undefined) => created[index!]!.id;
  await moveMembers(writer, sourceId, day, (person) => targetOf(assignments.members[person.id]));
  await moveChildren(writer, sourceId, day, (child) => targetOf(assignments.subUnits[child.id]));
  await writer.update('unit', sourceId, { periods: nextPeriods(source, day, 'end') });
  return created;
}

/** Ends a unit that has no members and no sub-units left. */
export async function dissolveUnit(writer: Writer, unitId: string, day: IsoDate): Promise<void> {
  const unit = await activeUnit(writer, unitId, 'unitId', day);
  if ((await writer.findBy('person', 'unitId', unitId)).some((person) => person.memberStatus !== 'exited')) refuse('unitId', 'validation.restructure.hasMembers');
  if ((await writer.findBy('unit', '_parentId', unitId)).some((child) => latestPeriod(child).to === null)) refuse('unitId', 'validation.restructure.hasSubUnits');
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, 'end') });
}
