/**
 * Restructuring of the organization hierarchy (merge, split, rename, move, create, dissolve), as in the 2025 reform.
 * Nothing is overwritten: each unit's current period is closed on the effective date and the next one opened,
 * members' unit histories are closed and reopened the same way, so "as at" views before the date are unchanged.
 * Every operation also writes the restructuring record (decision, effective date, who and what moved) in the same
 * transaction, so no change to the tree is ever without the decision behind it.
 */
import { z } from 'zod';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { requiredDecision } from '../events/event-fields';
import { optionalText } from '../records/common-fields';
import { moveToUnit } from '../people/membership';
import type { RecordOf } from '../records/registry';
import type { Writer } from '../records/write-path';
import { toFieldIssues, ValidationFailed, type FieldIssue } from '../validation/issues';
import type { Restructuring, RestructuringKind } from './restructuring';
import { latestPeriod, unitPeriod, unitSchema, type Unit, type UnitPeriod } from './unit';

export interface NewUnitSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly isGrassroots: boolean;
  readonly parentId: string | null;
}

/** The decision a restructuring carries, and the day it takes effect. */
export interface RestructuringDecision {
  readonly decision: { readonly number: string; readonly date: IsoDate; readonly signedBy?: string };
  readonly effectiveDate: IsoDate;
  readonly note?: string;
}

type MemberMove = Restructuring['movedMembers'][number];
type UnitMove = Restructuring['movedUnits'][number];

const decisionFields = z.object({ decision: requiredDecision, effectiveDate: isoDate, note: optionalText(2000) });
// The new unit's fields with the unit schema's own rules, so a bad code or name is reported before anything is written.
const newUnitFields = z.object({
  code: unitSchema.shape.code,
  name: unitPeriod.shape.name,
  kind: unitPeriod.shape.kind,
  isGrassroots: unitPeriod.shape.isGrassroots,
  parentId: unitPeriod.shape.parentId,
});

function refuse(field: string, messageKey: string): never {
  throw new ValidationFailed([{ field, messageKey, params: {} }]);
}

function prefixed(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, field: prefix === '' ? issue.field : issue.field === '' ? prefix : `${prefix}.${issue.field}` }));
}

/** Refuses, all at once, a bad decision and bad new units (each reported under its own `prefix`), and codes already in use. */
async function checkInput(writer: Writer, decided: RestructuringDecision, newUnits: readonly (readonly [prefix: string, spec: NewUnitSpec])[]): Promise<IsoDate> {
  const issues: FieldIssue[] = [];
  const parsed = decisionFields.safeParse(decided);
  if (!parsed.success) issues.push(...toFieldIssues(parsed.error));
  const codes = new Map<string, string>();
  for (const [prefix, spec] of newUnits) {
    const fields = newUnitFields.safeParse(spec);
    if (!fields.success) {
      issues.push(...prefixed(toFieldIssues(fields.error), prefix));
      continue;
    }
    const codeField = prefix === '' ? 'code' : `${prefix}.code`;
    // A code names one unit over its whole life, so even a closed unit's code is not given again.
    if (codes.has(fields.data.code) || (await writer.findBy('unit', 'code', fields.data.code)).length > 0) {
      issues.push({ field: codeField, messageKey: 'organizations.issues.codeTaken', params: { code: fields.data.code } });
    }
    codes.set(fields.data.code, codeField);
  }
  if (issues.length > 0) throw new ValidationFailed(issues);
  return decided.effectiveDate;
}

/**
 * The unit, refused unless it still exists; with `changedOn`, also unless its current period began before that day;
 * with `existsOn`, also unless it already existed that day (members or units cannot move into a unit not yet founded).
 */
async function activeUnit(writer: Writer, id: string, field: string, days: { changedOn?: IsoDate; existsOn?: IsoDate } = {}): Promise<Unit> {
  const unit = await writer.get('unit', id);
  if (!unit) return refuse(field, 'validation.restructure.unitMissing');
  const latest = latestPeriod(unit);
  if (latest.to !== null) refuse(field, 'validation.restructure.unitClosed');
  if (days.changedOn !== undefined && days.changedOn <= latest.from) refuse('effectiveDate', 'validation.restructure.beforeCurrentPeriod');
  if (days.existsOn !== undefined && days.existsOn < unit.periods[0]!.from) refuse('effectiveDate', 'organizations.issues.beforeUnitFounded');
  return unit;
}

/** Whether the unit (with `itself`) or one of its current ancestors is among `ids`. */
async function underAny(writer: Writer, unitId: string, ids: ReadonlySet<string>, itself: boolean): Promise<boolean> {
  if (itself && ids.has(unitId)) return true;
  const seen = new Set<string>([unitId]);
  for (let unit = await writer.get('unit', unitId); unit; ) {
    const parentId = latestPeriod(unit).parentId;
    if (parentId === null || seen.has(parentId)) return false;
    if (ids.has(parentId)) return true;
    seen.add(parentId);
    unit = await writer.get('unit', parentId);
  }
  return false;
}

/** Closes the unit's open period on `day` and, unless it ends there, opens the next with the given changes. */
function nextPeriods(unit: Unit, day: IsoDate, changes: Partial<UnitPeriod> | 'end'): UnitPeriod[] {
  const latest = latestPeriod(unit);
  const closed = [...unit.periods.slice(0, -1), { ...latest, to: day }];
  return changes === 'end' ? closed : [...closed, { ...latest, ...changes, from: day, to: null }];
}

async function moveMembers(writer: Writer, fromUnitId: string, day: IsoDate, target: (person: RecordOf<'person'>) => string): Promise<MemberMove[]> {
  const moves: MemberMove[] = [];
  for (const person of await writer.findBy('person', 'unitId', fromUnitId)) {
    const toUnitId = target(person);
    await writer.update('person', person.id, moveToUnit(person, toUnitId, day));
    moves.push({ personId: person.id, fromUnitId, toUnitId });
  }
  return moves;
}

async function moveChildren(writer: Writer, fromUnitId: string, day: IsoDate, target: (child: Unit) => string): Promise<UnitMove[]> {
  const moves: UnitMove[] = [];
  for (const child of await writer.findBy('unit', '_parentId', fromUnitId)) {
    if (latestPeriod(child).to !== null) continue;
    const toUnitId = target(child);
    await writer.update('unit', child.id, { periods: nextPeriods(child, day, { parentId: toUnitId }) });
    moves.push({ unitId: child.id, fromUnitId, toUnitId });
  }
  return moves;
}

interface Outcome {
  readonly sourceUnitIds: readonly string[];
  readonly targetUnitIds: readonly string[];
  readonly movedMembers?: readonly MemberMove[];
  readonly movedUnits?: readonly UnitMove[];
}

/** Writes the record of what was done; its schema is the last judge of the whole event. */
function recordRestructuring(writer: Writer, kind: RestructuringKind, decided: RestructuringDecision, outcome: Outcome): Restructuring {
  return writer.create('restructuring', {
    kind,
    decision: decided.decision,
    effectiveDate: decided.effectiveDate,
    sourceUnitIds: [...outcome.sourceUnitIds],
    targetUnitIds: [...outcome.targetUnitIds],
    movedMembers: [...(outcome.movedMembers ?? [])],
    movedUnits: [...(outcome.movedUnits ?? [])],
    ...(decided.note ? { note: decided.note } : {}),
  });
}

/** `prefix` names where the request holds the new unit, so that a refusal points at the right field. */
async function newUnit(writer: Writer, spec: NewUnitSpec, day: IsoDate, prefix: string): Promise<Unit> {
  if (spec.parentId !== null) await activeUnit(writer, spec.parentId, prefix === '' ? 'parentId' : `${prefix}.parentId`, { existsOn: day });
  const { code, ...period } = spec;
  return writer.create('unit', { code, periods: [{ ...period, from: day, to: null }] });
}

export async function createUnit(writer: Writer, spec: NewUnitSpec, decided: RestructuringDecision): Promise<Restructuring> {
  const day = await checkInput(writer, decided, [['', spec]]);
  const unit = await newUnit(writer, spec, day, '');
  return recordRestructuring(writer, 'create', decided, { sourceUnitIds: [], targetUnitIds: [unit.id] });
}

export async function renameUnit(writer: Writer, unitId: string, name: string, decided: RestructuringDecision): Promise<Restructuring> {
  const day = await checkInput(writer, decided, []);
  const parsedName = unitPeriod.shape.name.safeParse(name);
  if (!parsedName.success) throw new ValidationFailed(prefixed(toFieldIssues(parsedName.error), 'name'));
  const unit = await activeUnit(writer, unitId, 'unitId', { changedOn: day });
  if (parsedName.data === latestPeriod(unit).name) refuse('name', 'organizations.issues.sameName');
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, { name: parsedName.data }) });
  return recordRestructuring(writer, 'rename', decided, { sourceUnitIds: [unitId], targetUnitIds: [unitId] });
}

export async function moveUnit(writer: Writer, unitId: string, newParentId: string, decided: RestructuringDecision): Promise<Restructuring> {
  const day = await checkInput(writer, decided, []);
  const unit = await activeUnit(writer, unitId, 'unitId', { changedOn: day });
  await activeUnit(writer, newParentId, 'parentId', { existsOn: day });
  const oldParentId = latestPeriod(unit).parentId;
  if (newParentId === unitId) refuse('parentId', 'validation.restructure.cycle');
  if (newParentId === oldParentId) refuse('parentId', 'organizations.issues.sameParent');
  // A unit cannot move under one of its own descendants.
  for (let ancestor = await writer.get('unit', newParentId); ancestor; ) {
    const parentId = latestPeriod(ancestor).parentId;
    if (parentId === unitId) refuse('parentId', 'validation.restructure.cycle');
    ancestor = parentId === null ? undefined : await writer.get('unit', parentId);
  }
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, { parentId: newParentId }) });
  const movedUnits = oldParentId === null ? [] : [{ unitId, fromUnitId: oldParentId, toUnitId: newParentId }];
  return recordRestructuring(writer, 'reparent', decided, { sourceUnitIds: [unitId], targetUnitIds: [unitId], movedUnits });
}

/** Many units into one (an existing unit or a new one): members and sub-units move to it; the sources close. */
export async function mergeUnits(
  writer: Writer,
  sourceIds: readonly string[],
  target: { existingId: string } | { newUnit: NewUnitSpec },
  decided: RestructuringDecision,
): Promise<Restructuring> {
  const day = await checkInput(writer, decided, 'newUnit' in target ? [['newUnit', target.newUnit]] : []);
  if (sourceIds.length === 0) refuse('sourceIds', 'validation.required');
  if (sourceIds.length < 2 && !('newUnit' in target)) refuse('sourceIds', 'validation.restructure.mergeNeedsTwo');
  if (new Set(sourceIds).size !== sourceIds.length) refuse('sourceIds', 'validation.restructure.duplicateUnit');
  const sources = [];
  for (const id of sourceIds) sources.push(await activeUnit(writer, id, 'sourceIds', { changedOn: day }));
  const closing = new Set(sourceIds);
  // Merged units are peers: one inside another would have its sub-units moved into the target and closed at once.
  for (const id of sourceIds) if (await underAny(writer, id, closing, false)) refuse('sourceIds', 'organizations.issues.nestedSources');
  if ('existingId' in target) {
    if (closing.has(target.existingId)) refuse('targetId', 'validation.restructure.targetIsSource');
    if (await underAny(writer, target.existingId, closing, false)) refuse('targetId', 'organizations.issues.underClosingUnit');
  } else if (target.newUnit.parentId !== null && (await underAny(writer, target.newUnit.parentId, closing, true))) {
    refuse('newUnit.parentId', 'organizations.issues.underClosingUnit');
  }
  const targetUnit = 'existingId' in target ? await activeUnit(writer, target.existingId, 'targetId', { existsOn: day }) : await newUnit(writer, target.newUnit, day, 'newUnit');
  const movedMembers: MemberMove[] = [];
  const movedUnits: UnitMove[] = [];
  for (const source of sources) {
    movedMembers.push(...(await moveMembers(writer, source.id, day, () => targetUnit.id)));
    movedUnits.push(...(await moveChildren(writer, source.id, day, () => targetUnit.id)));
    await writer.update('unit', source.id, { periods: nextPeriods(source, day, 'end') });
  }
  return recordRestructuring(writer, 'merge', decided, { sourceUnitIds: sourceIds, targetUnitIds: [targetUnit.id], movedMembers, movedUnits });
}

/** Where each member and each sub-unit of a split unit goes, by index into the list of new units. */
export interface SplitAssignments {
  readonly members: Readonly<Record<string, number>>;
  readonly subUnits: Readonly<Record<string, number>>;
}

/**
 * One unit into several new ones. Every member and every sub-unit must be given a target (by index into
 * `targets`): a split that would leave someone nowhere is refused.
 */
export async function splitUnit(writer: Writer, sourceId: string, targets: readonly NewUnitSpec[], assignments: SplitAssignments, decided: RestructuringDecision): Promise<Restructuring> {
  const day = await checkInput(
    writer,
    decided,
    targets.map((spec, index) => [`targets.${index}`, spec] as const),
  );
  const source = await activeUnit(writer, sourceId, 'sourceId', { changedOn: day });
  if (targets.length < 2) refuse('targets', 'validation.restructure.splitNeedsTwo');
  const closing = new Set([sourceId]);
  for (const [index, spec] of targets.entries()) {
    if (spec.parentId !== null && (await underAny(writer, spec.parentId, closing, true))) refuse(`targets.${index}.parentId`, 'organizations.issues.underClosingUnit');
  }
  const members = await writer.findBy('person', 'unitId', sourceId);
  const children = (await writer.findBy('unit', '_parentId', sourceId)).filter((child) => latestPeriod(child).to === null);
  const validTarget = (index: number | undefined) => index !== undefined && Number.isInteger(index) && index >= 0 && index < targets.length;
  if (members.some((person) => !validTarget(assignments.members[person.id]))) refuse('members', 'validation.restructure.memberUnassigned');
  if (children.some((child) => !validTarget(assignments.subUnits[child.id]))) refuse('subUnits', 'validation.restructure.subUnitUnassigned');

  const created: Unit[] = [];
  for (const [index, spec] of targets.entries()) created.push(await newUnit(writer, spec, day, `targets.${index}`));
  const targetOf = (index: number | undefined) => created[index!]!.id;
  const movedMembers = await moveMembers(writer, sourceId, day, (person) => targetOf(assignments.members[person.id]));
  const movedUnits = await moveChildren(writer, sourceId, day, (child) => targetOf(assignments.subUnits[child.id]));
  await writer.update('unit', sourceId, { periods: nextPeriods(source, day, 'end') });
  return recordRestructuring(writer, 'split', decided, { sourceUnitIds: [sourceId], targetUnitIds: created.map((unit) => unit.id), movedMembers, movedUnits });
}

/** Ends a unit that has no members and no sub-units left. */
export async function dissolveUnit(writer: Writer, unitId: string, decided: RestructuringDecision): Promise<Restructuring> {
  const day = await checkInput(writer, decided, []);
  const unit = await activeUnit(writer, unitId, 'unitId', { changedOn: day });
  if ((await writer.findBy('person', 'unitId', unitId)).some((person) => person.memberStatus !== 'exited')) refuse('unitId', 'validation.restructure.hasMembers');
  if ((await writer.findBy('unit', '_parentId', unitId)).some((child) => latestPeriod(child).to === null)) refuse('unitId', 'validation.restructure.hasSubUnits');
  await writer.update('unit', unitId, { periods: nextPeriods(unit, day, 'end') });
  return recordRestructuring(writer, 'dissolve', decided, { sourceUnitIds: [unitId], targetUnitIds: [] });
}

/** One restructuring as the screens describe it: what to do, and the decision behind it. */
export type RestructuringRequest = RestructuringDecision &
  (
    | { readonly kind: 'create'; readonly unit: NewUnitSpec }
    | { readonly kind: 'rename'; readonly unitId: string; readonly name: string }
    | { readonly kind: 'reparent'; readonly unitId: string; readonly parentId: string }
    | { readonly kind: 'merge'; readonly sourceIds: readonly string[]; readonly target: { existingId: string } | { newUnit: NewUnitSpec } }
    | { readonly kind: 'split'; readonly sourceId: string; readonly targets: readonly NewUnitSpec[]; readonly assignments: SplitAssignments }
    | { readonly kind: 'dissolve'; readonly unitId: string }
  );

/** Every existing unit a request names (the units it changes and the parents it puts units under). */
export function unitsNamedBy(request: RestructuringRequest): string[] {
  const parents = (specs: readonly NewUnitSpec[]) => specs.flatMap((spec) => (spec.parentId === null ? [] : [spec.parentId]));
  switch (request.kind) {
    case 'create':
      return parents([request.unit]);
    case 'rename':
    case 'dissolve':
      return [request.unitId];
    case 'reparent':
      return [request.unitId, request.parentId];
    case 'merge':
      return [...request.sourceIds, ...('existingId' in request.target ? [request.target.existingId] : parents([request.target.newUnit]))];
    case 'split':
      return [request.sourceId, ...parents(request.targets)];
  }
}

/** Applies a request with the operation of its kind. */
export function restructure(writer: Writer, request: RestructuringRequest): Promise<Restructuring> {
  switch (request.kind) {
    case 'create':
      return createUnit(writer, request.unit, request);
    case 'rename':
      return renameUnit(writer, request.unitId, request.name, request);
    case 'reparent':
      return moveUnit(writer, request.unitId, request.parentId, request);
    case 'merge':
      return mergeUnits(writer, request.sourceIds, request.target, request);
    case 'split':
      return splitUnit(writer, request.sourceId, request.targets, request.assignments, request);
    case 'dissolve':
      return dissolveUnit(writer, request.unitId, request);
  }
}
