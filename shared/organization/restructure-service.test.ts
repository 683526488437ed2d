import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { samplePerson } from '../records/test-fixtures';
import { peopleInSubtreeOn, unitTreeOn } from '../queries/people-queries';
import { allRecords } from '../queries/records-reader';
import { ValidationFailed } from '../validation/issues';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, renameUnit, restructure, splitUnit, unitsNamedBy, type NewUnitSpec, type RestructuringDecision } from './restructure-service';
import { countChanges } from '../records/change-log';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const ids: Record<string, string> = {};
const founded = '2010-01-01';

const spec = (code: string, name: string, parentId: string | null, kind = 'cell'): NewUnitSpec => ({ code, name, kind, isGrassroots: kind !== 'cell', parentId });
/** A decision taking effect on the day it is signed. */
const decided = (day: string, number = '12-QĐ/TU'): RestructuringDecision => ({ decision: { number, date: day }, effectiveDate: day });

beforeEach(async () => {
  db = new AppDatabase(`restructure-${++counter}`);
  context = { db, office: { officeId: 'province', level: 'province' } };
  // Units as they were before this app kept decisions: written directly, without restructuring records.
  await writeRecords(context, (writer) => {
    const unit = (code: string, name: string, parentId: string | null, kind = 'cell') => {
      const { code: _code, ...period } = spec(code, name, parentId, kind);
      ids[code] = writer.create('unit', { code, periods: [{ ...period, from: founded, to: null }] }).id;
    };
    unit('P', 'Đảng bộ tỉnh', null, 'province-committee');
    unit('D1', 'Đảng bộ huyện Một', ids.P!, 'district-committee');
    unit('D2', 'Đảng bộ huyện Hai', ids.P!, 'district-committee');
    unit('C1', 'Chi bộ Một', ids.D1!);
    unit('C2', 'Chi bộ Hai', ids.D1!);
    unit('C3', 'Chi bộ Ba', ids.D2!);
    const members: [string, string][] = [['C1', 'An'], ['C1', 'Bình'], ['C1', 'Chi'], ['C2', 'Dũng'], ['C2', 'Em'], ['C3', 'Giang']];
    for (const [cell, name] of members) {
      const unitId = ids[cell]!;
      writer.create('person', samplePerson({ fullName: `Nguyễn Văn ${name}`, unitId, unitHistory: [{ unitId, from: '2015-01-01', to: null }] }), `person-${name}`);
    }
  });
});
afterEach(() => db.delete());

const countIn = async (unit: string, day: string) => (await peopleInSubtreeOn(db, ids[unit] ?? unit, day)).length;
const names = async (unit: string, day: string) => (await peopleInSubtreeOn(db, ids[unit] ?? unit, day)).map((person) => person.fullName).sort();

async function dump() {
  return {
    units: await db.recordTable('units').toArray(),
    people: await db.recordTable('people').toArray(),
    restructurings: await db.recordTable('restructurings').toArray(),
    changes: await countChanges(db),
  };
}

describe('restructuring', () => {
  it('merges two cells into a new one: members move on the date, history before it is unchanged', async () => {
    const record = await writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C2!], { newUnit: spec('C12', 'Chi bộ Một-Hai', ids.D1!) }, decided('2025-07-01')));
    const merged = record.targetUnitIds[0]!;

    expect(await countIn('C1', '2025-06-30')).toBe(3);
    expect(await countIn('C2', '2025-06-30')).toBe(2);
    expect(await countIn(merged, '2025-06-30')).toBe(0);
    expect(await countIn('C1', '2025-07-01')).toBe(0);
    expect(await countIn(merged, '2025-07-01')).toBe(5);
    expect(await countIn('D1', '2025-06-30')).toBe(5);
    expect(await countIn('D1', '2025-07-01')).toBe(5);

    const before = await unitTreeOn(db, '2025-06-30');
    const after = await unitTreeOn(db, '2025-07-01');
    expect(before.get(ids.D1!)?.children.map((node) => node.name)).toEqual(['Chi bộ Hai', 'Chi bộ Một']);
    expect(after.get(ids.D1!)?.children.map((node) => node.name)).toEqual(['Chi bộ Một-Hai']);
    expect(before.size).toBe(6);
    expect(after.size).toBe(5);
  });

  it('writes the restructuring record of a merge, with every moved member and sub-unit, in the same transaction', async () => {
    const record = await writeRecords(context, (writer) =>
      mergeUnits(writer, [ids.D1!, ids.D2!], { newUnit: spec('D12', 'Đảng bộ huyện mới', ids.P!, 'district-committee') }, { ...decided('2025-06-20', '125-QĐ/TU'), effectiveDate: '2025-07-01' }),
    );
    const stored = await allRecords(db, 'restructuring');
    expect(stored).toEqual([record]);
    expect(record).toMatchObject({ kind: 'merge', decision: { number: '125-QĐ/TU', date: '2025-06-20' }, effectiveDate: '2025-07-01', sourceUnitIds: [ids.D1, ids.D2] });
    const district = record.targetUnitIds[0]!;
    expect(record.movedUnits).toEqual([
      { unitId: ids.C1, fromUnitId: ids.D1, toUnitId: district },
      { unitId: ids.C2, fromUnitId: ids.D1, toUnitId: district },
      { unitId: ids.C3, fromUnitId: ids.D2, toUnitId: district },
    ]);
    // Members sit in the cells, which move whole: nobody changes cell.
    expect(record.movedMembers).toEqual([]);
    expect(await countIn('P', '2025-06-30')).toBe(6);
    expect(await countIn('P', '2025-07-01')).toBe(6);
    expect(await countIn(district, '2025-07-01')).toBe(6);
    expect(await countIn('D1', '2025-06-30')).toBe(5);
    const after = await unitTreeOn(db, '2025-07-01');
    expect(after.get(ids.C3!)?.parentId).toBe(district);
    expect(after.pathTo(ids.C3!).map((node) => node.code)).toEqual(['P', 'D12', 'C3']);
  });

  it('merges cells into an existing one, recording each member who moved', async () => {
    const record = await writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C3!], { existingId: ids.C2! }, decided('2025-07-01')));
    expect(record.targetUnitIds).toEqual([ids.C2]);
    expect(record.movedMembers.map((move) => [move.personId, move.fromUnitId, move.toUnitId])).toEqual([
      ['person-An', ids.C1, ids.C2],
      ['person-Bình', ids.C1, ids.C2],
      ['person-Chi', ids.C1, ids.C2],
      ['person-Giang', ids.C3, ids.C2],
    ]);
    expect(await countIn('C2', '2025-07-01')).toBe(6);
    expect(await countIn('D2', '2025-07-01')).toBe(0);
  });

  it('splits a cell, sending each member where the decision says', async () => {
    const record = await writeRecords(context, (writer) =>
      splitUnit(writer, ids.C1!, [spec('C1N', 'Chi bộ Bắc', ids.D1!), spec('C1S', 'Chi bộ Nam', ids.D1!)], { members: { 'person-An': 0, 'person-Bình': 1, 'person-Chi': 1 }, subUnits: {} }, decided('2026-01-01')),
    );
    const [north, south] = record.targetUnitIds;
    expect(record).toMatchObject({ kind: 'split', sourceUnitIds: [ids.C1] });
    expect(record.movedMembers).toHaveLength(3);
    expect(await names(north!, '2026-01-01')).toEqual(['Nguyễn Văn An']);
    expect(await names(south!, '2026-01-01')).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Chi']);
    expect(await countIn('C1', '2025-12-31')).toBe(3);
    expect(await countIn('D1', '2026-01-01')).toBe(5);
  });

  it('refuses a split that leaves a member without a unit, and writes nothing', async () => {
    const before = await dump();
    const attempt = writeRecords(context, (writer) =>
      splitUnit(writer, ids.C1!, [spec('C1N', 'Chi bộ Bắc', ids.D1!), spec('C1S', 'Chi bộ Nam', ids.D1!)], { members: { 'person-An': 0, 'person-Bình': 1 }, subUnits: {} }, decided('2026-01-01')),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ issues: [{ field: 'members', messageKey: 'validation.restructure.memberUnassigned' }] });
    expect(await dump()).toEqual(before);
  });

  it('renames with the old name kept for earlier dates', async () => {
    const record = await writeRecords(context, (writer) => renameUnit(writer, ids.C3!, 'Chi bộ Ba mới', decided('2024-05-01')));
    expect(record).toMatchObject({ kind: 'rename', sourceUnitIds: [ids.C3], targetUnitIds: [ids.C3], movedMembers: [], movedUnits: [] });
    expect((await unitTreeOn(db, '2024-04-30')).get(ids.C3!)?.name).toBe('Chi bộ Ba');
    expect((await unitTreeOn(db, '2024-05-01')).get(ids.C3!)?.name).toBe('Chi bộ Ba mới');
    await expect(writeRecords(context, (writer) => renameUnit(writer, ids.C3!, 'Chi bộ Ba mới', decided('2024-06-01')))).rejects.toMatchObject({
      issues: [{ field: 'name', messageKey: 'organizations.issues.sameName' }],
    });
  });

  it('moves a cell to another district, and refuses a move under its own descendant', async () => {
    const record = await writeRecords(context, (writer) => moveUnit(writer, ids.C3!, ids.D1!, decided('2024-01-01')));
    expect(record).toMatchObject({ kind: 'reparent', movedUnits: [{ unitId: ids.C3, fromUnitId: ids.D2, toUnitId: ids.D1 }] });
    expect(await countIn('D1', '2024-01-01')).toBe(6);
    expect(await countIn('D2', '2023-12-31')).toBe(1);
    await expect(writeRecords(context, (writer) => moveUnit(writer, ids.D1!, ids.C1!, decided('2024-02-01')))).rejects.toMatchObject({
      issues: [{ field: 'parentId', messageKey: 'validation.restructure.cycle' }],
    });
  });

  it('refuses changes dated before the unit current period, and merges of closed units', async () => {
    await expect(writeRecords(context, (writer) => renameUnit(writer, ids.C1!, 'Tên mới', decided('2009-12-31')))).rejects.toMatchObject({
      issues: [{ field: 'effectiveDate', messageKey: 'validation.restructure.beforeCurrentPeriod' }],
    });
    await writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C2!], { existingId: ids.C3! }, decided('2025-07-01')));
    await expect(writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C3!], { newUnit: spec('X', 'X', ids.D1!) }, decided('2026-01-01')))).rejects.toMatchObject({
      issues: [{ field: 'sourceIds', messageKey: 'validation.restructure.unitClosed' }],
    });
  });

  it('refuses moves into a unit founded after the effective date', async () => {
    const created = await writeRecords(context, (writer) => createUnit(writer, spec('C4', 'Chi bộ Bốn', ids.D1!), decided('2025-09-01')));
    await expect(writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C2!], { existingId: created.targetUnitIds[0]! }, decided('2025-08-01')))).rejects.toMatchObject({
      issues: [{ field: 'effectiveDate', messageKey: 'organizations.issues.beforeUnitFounded' }],
    });
  });

  it('refuses merges that would put a unit inside a closing one', async () => {
    const refusal = (target: Parameters<typeof mergeUnits>[2], sources = [ids.D1!, ids.D2!]) =>
      writeRecords(context, (writer) => mergeUnits(writer, sources, target, decided('2025-07-01'))).catch((error: ValidationFailed) => error.issues);
    expect(await refusal({ existingId: ids.C1! })).toEqual([{ field: 'targetId', messageKey: 'organizations.issues.underClosingUnit', params: {} }]);
    expect(await refusal({ newUnit: spec('N', 'Chi bộ mới', ids.C3!) })).toEqual([{ field: 'newUnit.parentId', messageKey: 'organizations.issues.underClosingUnit', params: {} }]);
    expect(await refusal({ newUnit: spec('N', 'Đảng bộ mới', ids.P!) }, [ids.D1!, ids.C1!])).toEqual([{ field: 'sourceIds', messageKey: 'organizations.issues.nestedSources', params: {} }]);
  });

  it('dissolves only an empty unit', async () => {
    await expect(writeRecords(context, (writer) => dissolveUnit(writer, ids.C3!, decided('2025-01-01')))).rejects.toMatchObject({
      issues: [{ messageKey: 'validation.restructure.hasMembers' }],
    });
    await writeRecords(context, (writer) => mergeUnits(writer, [ids.C3!], { newUnit: spec('C3B', 'Chi bộ Ba B', ids.D2!) }, decided('2025-01-01')));
    expect((await unitTreeOn(db, '2025-01-01')).get(ids.C3!)).toBeUndefined();
    const empty = (await writeRecords(context, (writer) => createUnit(writer, spec('E', 'Chi bộ trống', ids.D2!), decided('2025-02-01')))).targetUnitIds[0]!;
    const record = await writeRecords(context, (writer) => dissolveUnit(writer, empty, decided('2025-03-01')));
    expect(record).toMatchObject({ kind: 'dissolve', sourceUnitIds: [empty], targetUnitIds: [] });
    expect((await unitTreeOn(db, '2025-02-15')).get(empty)?.name).toBe('Chi bộ trống');
    expect((await unitTreeOn(db, '2025-03-01')).get(empty)).toBeUndefined();
    expect((await allRecords(db, 'restructuring')).map((event) => event.kind)).toEqual(['merge', 'create', 'dissolve']);
  });
});

describe('decisions and new units', () => {
  it('are checked all at once before anything is written', async () => {
    const before = await dump();
    const attempt = writeRecords(context, (writer) =>
      splitUnit(
        writer,
        ids.C1!,
        [spec('C1 N', '', ids.D1!), spec('C2', 'Chi bộ Nam', ids.D1!)],
        { members: { 'person-An': 0, 'person-Bình': 1, 'person-Chi': 1 }, subUnits: {} },
        { decision: { number: ' ', date: '2026-02-31' }, effectiveDate: '2026-02-31' },
      ),
    );
    await expect(attempt).rejects.toMatchObject({
      issues: [
        { field: 'decision.number', messageKey: 'validation.required' },
        { field: 'decision.date', messageKey: 'validation.date' },
        { field: 'effectiveDate', messageKey: 'validation.date' },
        { field: 'targets.0.code', messageKey: 'validation.unitCodeFormat' },
        { field: 'targets.0.name', messageKey: 'validation.required' },
        { field: 'targets.1.code', messageKey: 'organizations.issues.codeTaken', params: { code: 'C2' } },
      ],
    });
    expect(await dump()).toEqual(before);
  });

  it('are written with the unit they create', async () => {
    const record = await writeRecords(context, (writer) => createUnit(writer, spec('C4', 'Chi bộ Bốn', ids.D1!), { ...decided('2025-09-01', '7-QĐ/HU'), note: 'Thành lập mới' }));
    expect(record).toMatchObject({ kind: 'create', decision: { number: '7-QĐ/HU', date: '2025-09-01' }, sourceUnitIds: [], note: 'Thành lập mới' });
    expect((await unitTreeOn(db, '2025-09-01')).get(record.targetUnitIds[0]!)).toMatchObject({ code: 'C4', name: 'Chi bộ Bốn', parentId: ids.D1 });
  });
});

describe('requests', () => {
  it('run the operation of their kind and name the units they touch', async () => {
    const request = { kind: 'reparent', unitId: ids.C3!, parentId: ids.D1!, ...decided('2024-01-01') } as const;
    expect(unitsNamedBy(request)).toEqual([ids.C3, ids.D1]);
    expect(unitsNamedBy({ kind: 'merge', sourceIds: [ids.C1!, ids.C2!], target: { newUnit: spec('N', 'Chi bộ mới', ids.D1!) }, ...decided('2024-01-01') })).toEqual([ids.C1, ids.C2, ids.D1]);
    expect(unitsNamedBy({ kind: 'create', unit: spec('N', 'Đảng bộ mới', null), ...decided('2024-01-01') })).toEqual([]);
    const record = await writeRecords(context, (writer) => restructure(writer, request));
    expect(record.kind).toBe('reparent');
    expect((await unitTreeOn(db, '2024-01-01')).get(ids.C3!)?.parentId).toBe(ids.D1);
  });
});
