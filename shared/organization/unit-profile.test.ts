import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleConsolidation, sampleEnterprise, sampleEvaluation, samplePerson, sampleResidentialArea } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { mergeUnits, renameUnit } from './restructure-service';
import { unitContentsNow, unitProfileOn } from './unit-profile';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const ids: Record<string, string> = {};

beforeEach(async () => {
  db = new AppDatabase(`unit-profile-${++counter}`);
  context = { db, office: { officeId: 'district', level: 'district' } };
  await writeRecords(context, (writer) => {
    const commune = writer.create('adminUnit', { code: '07888', periods: [{ from: '2008-01-01', to: null, name: 'Xã Vân Phú', level: 'commune', parentId: null }] }).id;
    const unit = (code: string, parentId: string | null, name: string, kind: string, adminUnitId?: string) => {
      ids[code] = writer.create('unit', { code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind.startsWith('grassroots'), parentId }], ...(adminUnitId ? { adminUnitId } : {}) }).id;
    };
    unit('H', null, 'Đảng bộ huyện', 'district-committee');
    unit('X', ids.H!, 'Đảng bộ xã Vân Phú', 'grassroots-committee', commune);
    unit('X.02', ids.X!, 'Chi bộ Khu 2', 'cell');
    unit('X.10', ids.X!, 'Chi bộ Khu 10', 'cell');
    const person = (name: string, unitId: string, extra: Partial<Parameters<typeof samplePerson>[0]> = {}) =>
      writer.create('person', samplePerson({ fullName: name, unitId, unitHistory: [{ unitId, from: '2000-01-01', to: null }], ...extra }));
    person('Trần Thị Bích', ids['X.02']!);
    person('Lê Văn An', ids['X.02']!);
    person('Đỗ Văn Cường', ids['X.02']!, { memberStatus: 'sympathizer', admissionDate: undefined });
    person('Phạm Văn Dũng', ids['X.10']!);
    writer.create('residentialArea', sampleResidentialArea({ periods: [{ from: '2010-01-01', to: null, name: 'Khu 2', adminUnitId: commune }], coverage: [{ from: '2010-01-01', statusCode: 'independent', cellUnitId: ids['X.02']! }] }));
    writer.create('residentialArea', sampleResidentialArea({ periods: [{ from: '2010-01-01', to: null, name: 'Khu 11', adminUnitId: commune }], coverage: [{ from: '2010-01-01', statusCode: 'none' }, { from: '2024-01-01', statusCode: 'joint', cellUnitId: ids['X.10']! }] }));
    writer.create('residentialArea', sampleResidentialArea({ periods: [{ from: '2010-01-01', to: null, name: 'Khu khác', adminUnitId: 'elsewhere' }], coverage: [{ from: '2010-01-01', statusCode: 'none' }] }));
    writer.create('enterprise', sampleEnterprise({ name: 'Công ty TNHH May Vân Phú', adminUnitId: commune }));
    writer.create('enterprise', sampleEnterprise({ name: 'Công ty khác', adminUnitId: 'elsewhere', taxCode: '2600999999' }));
    writer.create('evaluation', sampleEvaluation({ subject: 'unit', personId: undefined, unitId: ids['X.02']!, period: { year: 2023 }, ratingCode: '2018.good', ratingSchemeCode: '2018', points: undefined }));
    writer.create('evaluation', sampleEvaluation({ subject: 'unit', personId: undefined, unitId: ids['X.02']!, period: { year: 2024 }, ratingCode: '2018.notCompleted', ratingSchemeCode: '2018', points: undefined }));
    writer.create('consolidation', sampleConsolidation({ unitId: ids['X.02']!, enteredOn: '2025-02-10', leftOn: '2026-01-20', targetYear: 2025 }));
  });
  await writeRecords(context, (writer) => renameUnit(writer, ids['X.02']!, 'Chi bộ Khu Hai', { decision: { number: '5-QĐ/ĐU', date: '2025-09-01' }, effectiveDate: '2025-09-01' }));
});
afterEach(() => db.delete());

describe('the profile of a unit', () => {
  it('gathers the unit as it stood on the day: path, periods, members, areas, enterprises, ratings and programs', async () => {
    const profile = (await unitProfileOn(db, ids['X.02']!, '2025-06-30'))!;
    expect(profile.node?.name).toBe('Chi bộ Khu 2');
    expect(profile.path.map((node) => node.code)).toEqual(['H', 'X', 'X.02']);
    expect(profile.periods.map((period) => [period.name, period.from, period.to, period.parentName])).toEqual([
      ['Chi bộ Khu 2', '2010-01-01', '2025-09-01', 'Đảng bộ xã Vân Phú'],
      ['Chi bộ Khu Hai', '2025-09-01', null, 'Đảng bộ xã Vân Phú'],
    ]);
    expect(profile.memberCount).toBe(2);
    expect(profile.members.map((person) => person.fullName)).toEqual(['Lê Văn An', 'Trần Thị Bích']);
    expect(profile.residentialAreas).toMatchObject([{ name: 'Khu 2', statusCode: 'independent', cellName: 'Chi bộ Khu 2' }]);
    expect(profile.enterprises).toEqual([]);
    expect(profile.evaluations.map((evaluation) => [evaluation.period.year, evaluation.ratingCode])).toEqual([
      [2024, '2018.notCompleted'],
      [2023, '2018.good'],
    ]);
    expect(profile.inConsolidation).toBe(true);
    expect(profile.restructurings.map((event) => event.decision.number)).toEqual(['5-QĐ/ĐU']);
  });

  it('of a commune committee counts its cells and covers its commune', async () => {
    const profile = (await unitProfileOn(db, ids.X!, '2026-02-01'))!;
    expect(profile.memberCount).toBe(3);
    expect(profile.members).toEqual([]);
    expect(profile.subUnits.map((unit) => [unit.name, unit.members])).toEqual([
      ['Chi bộ Khu 10', 1],
      ['Chi bộ Khu Hai', 2],
    ]);
    expect(profile.residentialAreas.map((area) => [area.name, area.statusCode, area.cellName])).toEqual([
      ['Khu 2', 'independent', 'Chi bộ Khu Hai'],
      ['Khu 11', 'joint', 'Chi bộ Khu 10'],
    ]);
    expect(profile.enterprises.map((enterprise) => enterprise.name)).toEqual(['Công ty TNHH May Vân Phú']);
    expect(profile.inConsolidation).toBe(false);
  });

  it('is empty of people and places before the unit existed, and missing for an unknown id', async () => {
    const profile = (await unitProfileOn(db, ids.X!, '2009-12-31'))!;
    expect(profile.node).toBeUndefined();
    expect(profile).toMatchObject({ memberCount: 0, members: [], subUnits: [], residentialAreas: [], enterprises: [] });
    expect(await unitProfileOn(db, 'nothing', '2026-01-01')).toBeNull();
  });

  it('names the cell of an area by its last name once the cell has closed', async () => {
    await writeRecords(context, (writer) => mergeUnits(writer, [ids['X.10']!], { newUnit: { code: 'X.11', name: 'Chi bộ Khu 11', kind: 'cell', isGrassroots: false, parentId: ids.X! } }, { decision: { number: '9-QĐ/ĐU', date: '2026-03-01' }, effectiveDate: '2026-03-01' }));
    const profile = (await unitProfileOn(db, ids.X!, '2026-04-01'))!;
    expect(profile.residentialAreas.find((area) => area.name === 'Khu 11')).toMatchObject({ cellUnitId: ids['X.10'], cellName: 'Chi bộ Khu 10' });
    expect(profile.subUnits.map((unit) => unit.code)).toEqual(['X.11', 'X.02']);
  });

  it('lists what a split of the unit has to place now: every person of it, and its open sub-units', async () => {
    expect((await unitContentsNow(db, ids['X.02']!)).members.map((person) => [person.fullName, person.memberStatus])).toEqual([
      ['Đỗ Văn Cường', 'sympathizer'],
      ['Lê Văn An', 'full'],
      ['Trần Thị Bích', 'full'],
    ]);
    expect(await unitContentsNow(db, ids.X!)).toMatchObject({ members: [], subUnits: [{ code: 'X.10' }, { code: 'X.02', name: 'Chi bộ Khu Hai' }] });
  });
});
