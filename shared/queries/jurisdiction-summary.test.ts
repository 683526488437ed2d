import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePerson } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { jurisdictionSummaryOn } from './jurisdiction-summary';

let db: AppDatabase;
let counter = 0;
const ids: Record<string, string> = {};

beforeEach(async () => {
  db = new AppDatabase(`jurisdiction-summary-${++counter}`);
  const context: WriteContext = { db, office: { officeId: 'district', level: 'district' } };
  await writeRecords(context, (writer) => {
    const unit = (code: string, parentId: string | null, name: string, from = '2010-01-01') => {
      ids[code] = writer.create('unit', { code, periods: [{ from, to: null, name, kind: 'cell', isGrassroots: false, parentId }] }).id;
    };
    unit('P', null, 'Đảng bộ tỉnh');
    unit('H', ids.P!, 'Đảng bộ huyện');
    unit('H.1', ids.H!, 'Đảng bộ xã Một');
    unit('H.1.1', ids['H.1']!, 'Chi bộ Khu 1');
    unit('H.2', ids.H!, 'Đảng bộ xã Hai');
    unit('H.3', ids.H!, 'Đảng bộ xã Ba', '2027-01-01');
    unit('K', ids.P!, 'Đảng bộ huyện khác');
    const person = (name: string, unitId: string, extra: Partial<Parameters<typeof samplePerson>[0]>) =>
      writer.create('person', samplePerson({ fullName: name, unitId, unitHistory: [{ unitId, from: '2000-01-01', to: null }], citizenId: undefined, ...extra }));
    person('Một', ids['H.1.1']!, { sex: 'female', birthDate: '1990-03-01', isCadre: true });
    person('Hai', ids['H.1.1']!, { sex: 'male', birthDate: '1985-07-01', admissionDate: '2026-02-03', memberStatus: 'probationary' });
    person('Ba', ids['H.2']!, { sex: 'male', birthDate: '1950', admissionDate: '1975-01-01' });
    person('Bốn', ids['H.2']!, { sex: 'female', birthDate: '2001-01-01', memberStatus: 'sympathizer', admissionDate: undefined, isCadre: true });
    person('Năm', ids['H.2']!, { sex: 'female', birthDate: '1970-01-01', exitDate: '2020-01-01', memberStatus: 'exited' });
    person('Sáu', ids.K!, { sex: 'male', birthDate: '1980-01-01', admissionDate: '2026-03-01', isCadre: true });
  });
});
afterEach(() => db.delete());

describe('the summary of an office jurisdiction', () => {
  it('counts units, members, cadres and admissions of its subtree only, as at the day', async () => {
    const summary = await jurisdictionSummaryOn(db, 'H', '2026-06-30');
    expect(summary).toMatchObject({ day: '2026-06-30', root: { id: ids.H, code: 'H', name: 'Đảng bộ huyện', members: 3 }, units: 4, members: 3, cadres: 2, people: 5, admissions: 1 });
    expect(summary!.byUnit.map((unit) => [unit.code, unit.members])).toEqual([
      ['H.1', 2],
      ['H.2', 1],
    ]);
    const bands = Object.fromEntries(summary!.byAgeAndSex.map((band) => [band.band, [band.male, band.female]]));
    expect(bands).toEqual({ '18-30': [0, 0], '31-40': [1, 1], '41-50': [0, 0], '51-60': [0, 0], '61-70': [0, 0], '71-80': [1, 0], '81+': [0, 0] });
  });

  it('follows the day: later units, earlier members', async () => {
    expect(await jurisdictionSummaryOn(db, 'H', '2027-01-01')).toMatchObject({ units: 5, admissions: 0, members: 3 });
    expect(await jurisdictionSummaryOn(db, 'H', '2019-12-31')).toMatchObject({ members: 3, admissions: 0 });
    expect(await jurisdictionSummaryOn(db, 'H', '2026-01-01')).toMatchObject({ members: 2 });
    expect(await jurisdictionSummaryOn(db, 'X', '2026-06-30')).toBeNull();
  });
});
