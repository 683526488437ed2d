import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { samplePerson } from '../records/test-fixtures';
import { countChanges } from '../records/change-log';
import { allRecords } from '../queries/records-reader';
import { unitTreeOn } from '../queries/people-queries';
import { applyRestructuring, previewRestructuring } from './restructure-commands';
import type { RestructuringRequest } from './restructure-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const ids: Record<string, string> = {};
const decision = { decision: { number: '30-QĐ/ĐU', date: '2025-06-20' }, effectiveDate: '2025-07-01' };

beforeEach(async () => {
  db = new AppDatabase(`restructure-commands-${++counter}`);
  context = { db, office: { officeId: 'commune', level: 'grassroots' } };
  await writeRecords(context, (writer) => {
    const unit = (code: string, name: string, parentId: string | null, kind = 'cell') => {
      ids[code] = writer.create('unit', { code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind !== 'cell', parentId }] }).id;
    };
    unit('H', 'Đảng bộ huyện', null, 'district-committee');
    unit('X', 'Đảng bộ xã Vân Phú', ids.H!, 'grassroots-committee');
    unit('Y', 'Đảng bộ xã Hy Cương', ids.H!, 'grassroots-committee');
    unit('X.01', 'Chi bộ Khu 1', ids.X!);
    unit('X.02', 'Chi bộ Khu 2', ids.X!);
    unit('Y.01', 'Chi bộ Khu 1', ids.Y!);
    const people: [string, string, Partial<Parameters<typeof samplePerson>[0]>][] = [
      ['X.01', 'An', {}],
      ['X.01', 'Bình', {}],
      ['X.02', 'Chi', {}],
      ['X.02', 'Dũng', { memberStatus: 'sympathizer', admissionDate: undefined }],
    ];
    for (const [cell, name, extra] of people) {
      const unitId = ids[cell]!;
      writer.create('person', samplePerson({ fullName: `Lê Văn ${name}`, unitId, unitHistory: [{ unitId, from: '2015-01-01', to: null }], ...extra }), `p-${name}`);
    }
  });
});
afterEach(() => db.delete());

const mergeIntoNew: () => RestructuringRequest = () => ({
  kind: 'merge',
  sourceIds: [ids['X.01']!, ids['X.02']!],
  target: { newUnit: { code: 'X.10', name: 'Chi bộ Khu Trung tâm', kind: 'cell', isGrassroots: false, parentId: ids.X! } },
  ...decision,
});

describe('previewing a restructuring', () => {
  it('tells which units close and open and how many people move where, and writes nothing', async () => {
    const changesBefore = await countChanges(db);
    const preview = await previewRestructuring(context, mergeIntoNew(), 'X');
    expect(preview).toMatchObject({ kind: 'merge', decision: decision.decision, effectiveDate: '2025-07-01', renamed: [], unitMoves: [] });
    expect(preview.closing.map((unit) => unit.code)).toEqual(['X.01', 'X.02']);
    expect(preview.opening).toMatchObject([{ code: 'X.10', name: 'Chi bộ Khu Trung tâm', parent: { id: ids.X, name: 'Đảng bộ xã Vân Phú' } }]);
    expect(preview.memberMoves.map((move) => [move.from.code, move.to.code, move.people, move.members])).toEqual([
      ['X.01', 'X.10', 2, 2],
      ['X.02', 'X.10', 2, 1],
    ]);
    expect(await countChanges(db)).toBe(changesBefore);
    expect(await allRecords(db, 'restructuring')).toEqual([]);
    expect((await unitTreeOn(db, '2025-07-01')).size).toBe(6);
  });

  it('agrees with what applying then does', async () => {
    const preview = await previewRestructuring(context, mergeIntoNew(), 'X');
    const record = await applyRestructuring(context, mergeIntoNew(), 'X');
    expect(record.movedMembers).toHaveLength(preview.memberMoves.reduce((sum, move) => sum + move.people, 0));
    const after = await unitTreeOn(db, '2025-07-01');
    expect(after.get(ids.X!)?.children.map((node) => node.code)).toEqual(preview.opening.map((unit) => unit.code));
    expect(preview.closing.every((unit) => after.get(unit.id) === undefined)).toBe(true);
  });

  it('describes renames and moves', async () => {
    const renamed = await previewRestructuring(context, { kind: 'rename', unitId: ids['X.02']!, name: 'Chi bộ Khu Hai', ...decision }, 'H');
    expect(renamed.renamed).toEqual([{ unit: { id: ids['X.02'], code: 'X.02', name: 'Chi bộ Khu 2' }, newName: 'Chi bộ Khu Hai' }]);
    expect(renamed.closing).toEqual([]);
    const moved = await previewRestructuring(context, { kind: 'reparent', unitId: ids['X.02']!, parentId: ids.Y!, ...decision }, 'H');
    expect(moved.unitMoves.map((move) => [move.unit.code, move.from.code, move.to.code])).toEqual([['X.02', 'X', 'Y']]);
  });

  it('reports the same refusals as applying', async () => {
    const bad = { ...mergeIntoNew(), decision: { number: '30-QĐ/ĐU', date: '31/02/2025' } };
    await expect(previewRestructuring(context, bad, 'X')).rejects.toMatchObject({ issues: [{ field: 'decision.date', messageKey: 'validation.date' }] });
    await expect(applyRestructuring(context, bad, 'X')).rejects.toMatchObject({ issues: [{ field: 'decision.date', messageKey: 'validation.date' }] });
    expect(await allRecords(db, 'restructuring')).toEqual([]);
  });
});

describe('jurisdiction', () => {
  it('limits an office to its own unit and the units below it', async () => {
    const outside: RestructuringRequest = { kind: 'rename', unitId: ids['Y.01']!, name: 'Chi bộ Khu Một', ...decision };
    await expect(applyRestructuring(context, outside, 'X')).rejects.toMatchObject({ issues: [{ field: 'unitId', messageKey: 'organizations.issues.outsideJurisdiction', params: { code: 'X' } }] });
    const intoOther: RestructuringRequest = { kind: 'reparent', unitId: ids['X.02']!, parentId: ids.Y!, ...decision };
    await expect(applyRestructuring(context, intoOther, 'X')).rejects.toMatchObject({ issues: [{ messageKey: 'organizations.issues.outsideJurisdiction' }] });
    const newTop = (code: string): RestructuringRequest => ({ kind: 'create', unit: { code, name: 'Đảng bộ mới', kind: 'grassroots-committee', isGrassroots: true, parentId: null }, ...decision });
    await expect(applyRestructuring(context, newTop('Z'), 'X')).rejects.toMatchObject({ issues: [{ field: 'parentId', messageKey: 'organizations.issues.outsideJurisdiction' }] });
    await applyRestructuring(context, { ...outside, unitId: ids['X.01']! }, 'X');
    expect((await unitTreeOn(db, '2025-07-01')).get(ids['X.01']!)?.name).toBe('Chi bộ Khu Một');
  });
});
