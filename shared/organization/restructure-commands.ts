/**
 * A restructuring as an office runs it: first previewed (the real operation, run in a transaction that is then
 * abandoned, so the preview can never disagree with what applying does), then applied in one transaction.
 */
import type { Decision } from '../records/common-fields';
import type { IsoDate } from '../dates/partial-date';
import { isMemberOn } from '../people/membership';
import { recordById } from '../queries/records-reader';
import { writeRecords, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { checkJurisdiction } from './jurisdiction';
import { restructure, unitsNamedBy, type RestructuringRequest } from './restructure-service';
import type { Restructuring, RestructuringKind } from './restructuring';
import { latestPeriod, type Unit } from './unit';

export interface UnitRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** What a restructuring will do, in the terms a decision states it. */
export interface RestructuringPreview {
  readonly kind: RestructuringKind;
  readonly decision: Decision;
  readonly effectiveDate: IsoDate;
  /** Units that stop on the effective date. */
  readonly closing: readonly UnitRef[];
  /** Units founded on the effective date, with the unit they stand under. */
  readonly opening: readonly (UnitRef & { readonly parent: UnitRef | null })[];
  readonly renamed: readonly { readonly unit: UnitRef; readonly newName: string }[];
  /** Units that change parent. */
  readonly unitMoves: readonly { readonly unit: UnitRef; readonly from: UnitRef; readonly to: UnitRef }[];
  /** People whose unit changes, by where from and where to; `members` counts those who are party members on the day. */
  readonly memberMoves: readonly { readonly from: UnitRef; readonly to: UnitRef; readonly people: number; readonly members: number }[];
}

/** Carries the preview out of the transaction it aborts. */
class DryRunFinished extends Error {
  constructor(readonly preview: RestructuringPreview) {
    super('dry run finished');
  }
}

async function run(writer: Writer, request: RestructuringRequest, jurisdictionCode: string): Promise<Restructuring> {
  await checkJurisdiction(writer, jurisdictionCode, unitsNamedBy(request));
  // A unit under no parent is the top of an office's tree: an office founds only its own.
  const newUnits = request.kind === 'create' ? [request.unit] : request.kind === 'merge' && 'newUnit' in request.target ? [request.target.newUnit] : request.kind === 'split' ? request.targets : [];
  if (newUnits.some((unit) => unit.parentId === null && unit.code !== jurisdictionCode)) {
    throw new ValidationFailed([{ field: 'parentId', messageKey: 'organizations.issues.outsideJurisdiction', params: { code: jurisdictionCode } }]);
  }
  return restructure(writer, request);
}

export async function previewRestructuring(context: WriteContext, request: RestructuringRequest, jurisdictionCode: string): Promise<RestructuringPreview> {
  try {
    return await writeRecords(context, async (writer): Promise<never> => {
      const record = await run(writer, request, jurisdictionCode);
      throw new DryRunFinished(await summarize(context.db, writer, record));
    });
  } catch (error) {
    if (error instanceof DryRunFinished) return error.preview;
    throw error;
  }
}

export function applyRestructuring(context: WriteContext, request: RestructuringRequest, jurisdictionCode: string): Promise<Restructuring> {
  return writeRecords(context, (writer) => run(writer, request, jurisdictionCode));
}

const refOf = (unit: Unit): UnitRef => ({ id: unit.id, code: unit.code, name: latestPeriod(unit).name });

/** Compares each touched unit as stored (the writer only buffers, so the database still holds "before") with the writer's "after". */
async function summarize(db: AppDatabase, writer: Writer, record: Restructuring): Promise<RestructuringPreview> {
  const before = new Map<string, Unit | undefined>();
  const after = new Map<string, Unit>();
  const load = async (id: string) => {
    if (!after.has(id)) {
      before.set(id, await recordById(db, 'unit', id));
      after.set(id, (await writer.get('unit', id))!);
    }
  };
  const ids = [
    ...record.sourceUnitIds,
    ...record.targetUnitIds,
    ...record.movedUnits.flatMap((move) => [move.unitId, move.fromUnitId, move.toUnitId]),
    ...record.movedMembers.flatMap((move) => [move.fromUnitId, move.toUnitId]),
  ];
  for (const id of ids) await load(id);
  const refBefore = (id: string) => refOf(before.get(id) ?? after.get(id)!);
  const refAfter = (id: string) => refOf(after.get(id)!);
  const touched = [...new Set([...record.sourceUnitIds, ...record.targetUnitIds])];

  const closing = touched.filter((id) => before.get(id) && latestPeriod(after.get(id)!).to !== null).map(refBefore);
  const opening = [];
  for (const id of touched.filter((unitId) => !before.get(unitId))) {
    const parentId = latestPeriod(after.get(id)!).parentId;
    if (parentId !== null) await load(parentId);
    opening.push({ ...refAfter(id), parent: parentId === null ? null : refBefore(parentId) });
  }
  const renamed = touched.flatMap((id) => {
    const old = before.get(id);
    const now = after.get(id)!;
    return old && latestPeriod(now).to === null && latestPeriod(now).name !== latestPeriod(old).name ? [{ unit: refOf(old), newName: latestPeriod(now).name }] : [];
  });
  const unitMoves = record.movedUnits.map((move) => ({ unit: refBefore(move.unitId), from: refBefore(move.fromUnitId), to: refAfter(move.toUnitId) }));

  const groups = new Map<string, { from: UnitRef; to: UnitRef; people: number; members: number }>();
  for (const move of record.movedMembers) {
    const key = `${move.fromUnitId}>${move.toUnitId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { from: refBefore(move.fromUnitId), to: refAfter(move.toUnitId), people: 0, members: 0 }));
    group.people += 1;
    const person = await writer.get('person', move.personId);
    if (person && isMemberOn(person, record.effectiveDate)) group.members += 1;
  }
  return {
    kind: record.kind,
    decision: record.decision,
    effectiveDate: record.effectiveDate,
    closing,
    opening,
    renamed,
    unitMoves,
    memberMoves: [...groups.values()],
  };
}
