import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { samplePerson } from '../records/test-fixtures';
import { peopleInSubtreeOn, unitTreeOn } from '../queries/people-queries';
import { ValidationFailed } from '../validation/issues';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, renameUnit, splitUnit, type NewUnitSpec } from './restructure-service';
import { countChanges } from '../records/change-log';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const ids: Record<string, string> = {};
const founded = '2010-01-01';

const spec = (code: string, name: string, parentId: string | null, kind = 'cell'): NewUnitSpec => ({ code, name, kind, isGrassroots: kind !== 'cell', parentId });

beforeEach(async () => {
  db = new AppDatabase(`restructure-${++counter}`);
  context = { db, office: { officeId: 'province', level: 'province' } };
  await writeRecords(context, async (writer) => {
    ids.P = (await createUnit(writer, spec('P', 'Đảng bộ tỉnh', null, 'province-committee'), founded)).id;
    ids.D1 = (await createUnit(writer, spec('D1', 'Đảng bộ huyện Một', ids.P!, 'district-committee'), founded)).id;
    ids.D2 = (await createUnit(writer, spec('D2', 'Đảng bộ huyện Hai', ids.P!, 'district-committee'), founded)).id;
    ids.C1 = (await createUnit(writer, spec('C1', 'Chi bộ Một', ids.D1!), founded)).id;
    ids.C2 = (await createUnit(writer, spec('C2', 'Chi bộ Hai', ids.D1!), founded)).id;
    ids.C3 = (await createUnit(writer, spec('C3', 'Chi bộ Ba', ids.D2!), founded)).id;
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
  return { units: await db.recordTable('units').toArray(), people: await db.recordTable('people').toArray(), changes: await countChanges(db) };
}

describe('restructuring', () => {
  it('merges two cells into a new one: members move on the date, history before it is unchanged', async () => {
    const merged = await writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C2!], { newUnit: spec('C12', 'Chi bộ Một-Hai', ids.D1!) }, '2025-07-01'));

    expect(await countIn('C1', '2025-06-30')).toBe(3);
    expect(await countIn('C2', '2025-06-30')).toBe(2);
    expect(await countIn(merged.id, '2025-06-30')).toBe(0);
    expect(await countIn('C1', '2025-07-01')).toBe(0);
    expect(await countIn(merged.id, '2025-07-01')).toBe(5);
    expect(await countIn('D1', '2025-06-30')).toBe(5);
    expect(await countIn('D1', '2025-07-01')).toBe(5);

    const before = await unitTreeOn(db, '2025-06-30');
    const after = await unitTreeOn(db, '2025-07-01');
    expect(before.get(ids.D1!)?.children.map((node) => node.name)).toEqual(['Chi bộ Hai', 'Chi bộ Một']);
    expect(after.get(ids.D1!)?.children.map((node) => node.name)).toEqual(['Chi bộ Một-Hai']);
    expect(before.size).toBe(6);
    expect(after.size).toBe(5);
  });

  it('merges districts: their cells move under the new district and the province total holds', async () => {
    const district = await writeRecords(context, (writer) => mergeUnits(writer, [ids.D1!, ids.D2!], { newUnit: spec('D12', 'Đảng bộ huyện mới', ids.P!, 'district-committee') }, '2025-07-01'));
    expect(await countIn('P', '2025-06-30')).toBe(6);
    expect(await countIn('P', '2025-07-01')).toBe(6);
    expect(await countIn(district.id, '2025-07-01')).toBe(6);
    expect(await countIn('D1', '2025-06-30')).toBe(5);
    const after = await unitTreeOn(db, '2025-07-01');
    expect(after.get(ids.C3!)?.parentId).toBe(district.id);
    expect(after.pathTo(ids.C3!).map((node) => node.code)).toEqual(['P', 'D12', 'C3']);
  });

  it('splits a cell, sending each member where the decision says', async () => {
    const [north, south] = await writeRecords(context, (writer) =>
      splitUnit(writer, ids.C1!, [spec('C1N', 'Chi bộ Bắc', ids.D1!), spec('C1S', 'Chi bộ Nam', ids.D1!)], { members: { 'person-An': 0, 'person-Bình': 1, 'person-Chi': 1 }, subUnits: {} }, '2026-01-01'),
    );
    expect(await names(north!.id, '2026-01-01')).toEqual(['Nguyễn Văn An']);
    expect(await names(south!.id, '2026-01-01')).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Chi']);
    expect(await countIn('C1', '2025-12-31')).toBe(3);
    expect(await countIn('D1', '2026-01-01')).toBe(5);
  });

  it('refuses a split that leaves a member without a unit, and writes nothing', async () => {
    const before = await dump();
    const attempt = writeRecords(context, (writer) =>
      splitUnit(writer, ids.C1!, [spec('C1N', 'Chi bộ Bắc', ids.D1!), spec('C1S', 'Chi bộ Nam', ids.D1!)], { members: { 'person-An': 0, 'person-Bình': 1 }, subUnits: {} }, '2026-01-01'),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ issues: [{ field: 'members', messageKey: 'validation.restructure.memberUnassigned' }] });
    expect(await dump()).toEqual(before);
  });

  it('renames with the old name kept for earlier dates', async () => {
    await writeRecords(context, (writer) => renameUnit(writer, ids.C3!, 'Chi bộ Ba mới', '2024-05-01'));
    expect((await unitTreeOn(db, '2024-04-30')).get(ids.C3!)?.name).toBe('Chi bộ Ba');
    expect((await unitTreeOn(db, '2024-05-01')).get(ids.C3!)?.name).toBe('Chi bộ Ba mới');
  });

  it('moves a cell to another district, and refuses a move under its own descendant', async () => {
    await writeRecords(context, (writer) => moveUnit(writer, ids.C3!, ids.D1!, '2024-01-01'));
    expect(await countIn('D1', '2024-01-01')).toBe(6);
    expect(await countIn('D2', '2023-12-31')).toBe(1);
    await expect(writeRecords(context, (writer) => moveUnit(writer, ids.D1!, ids.C1!, '2024-02-01'))).rejects.toMatchObject({
      issues: [{ field: 'parentId', messageKey: 'validation.restructure.cycle' }],
    });
  });

  it('refuses changes dated before the unit current period, and merges of closed units', async () => {
    await expect(writeRecords(context, (writer) => renameUnit(writer, ids.C1!, 'Tên mới', '2009-12-31'))).rejects.toMatchObject({
      issues: [{ field: 'effectiveDate', messageKey: 'validation.restructure.beforeCurrentPeriod' }],
    });
    await writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C2!], { existingId: ids.C3! }, '2025-07-01'));
    await expect(writeRecords(context, (writer) => mergeUnits(writer, [ids.C1!, ids.C3!], { newUnit: spec('X', 'X', ids.D1!) }, '2026-01-01'))).rejects.toMatchObject({
      issues: [{ field: 'sourceIds', messageKey: 'validation.restructure.unitClosed' }],
    });
  });

  it('dissolves only an empty unit', async () => {
    await expect(writeRecords(context, (writer) => dissolveUnit(writer, ids.C3!, '2025-01-01'))).rejects.toMatchObject({
      issues: [{ messageKey: 'validation.restructure.hasMembers' }],
    });
    await writeRecords(context, (writer) => mergeUnits(writer, [ids.C3!], { newUnit: spec('C3B', 'Chi bộ Ba B', ids.D2!) }, '2025-01-01'));
    expect((await unitTreeOn(db, '2025-01-01')).get(ids.C3!)).toBeUndefined();
    const empty = await writeRecords(context, (writer) => createUnit(writer, spec('E', 'Chi bộ trống', ids.D2!), '2025-02-01'));
    await writeRecords(context, (writer) => dissolveUnit(writer, empty.id, '2025-03-01'));
    expect((await unitTreeOn(db, '2025-02-15')).get(empty.id)?.name).toBe('Chi bộ trống');
    expect((await unitTreeOn(db, '2025-03-01')).get(empty.id)).toBeUndefined();
  });
});
