import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { sampleMovement, samplePerson, samplePlanningCandidate, sampleUnit } from '../records/test-fixtures';
import { carry, createOffice, enrol, rootOf } from '../exchange/exchange-scenario';
import { loadPeopleIndex, localDay, refreshPeopleIndex } from './load-index';
import { emptyQuery, type PeopleQuery } from './query';
import type { PeopleIndex } from './people-index';

const day = '2026-06-30';
let db: AppDatabase;
let context: WriteContext;
let counter = 0;

beforeEach(async () => {
  db = new AppDatabase(`people-index-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' } };
  await writeRecords(context, (writer) => {
    writer.create('unit', sampleUnit({ code: 'PT', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ xã Sơn Vi', kind: 'grassroots-committee', isGrassroots: true, parentId: null }] }), 'c1');
    writer.create('unit', sampleUnit({ code: 'PT.01', periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu 1', kind: 'cell', isGrassroots: false, parentId: 'c1' }] }), 'u1');
    ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh'].forEach((given, position) => {
      writer.create('person', samplePerson({ fullName: `Nguyễn Văn ${given}`, citizenId: undefined, fullMembershipDate: '2006-03-01' }), `p${position}`);
    });
  });
});
afterEach(() => db.delete());

const names = (index: PeopleIndex, query: Partial<PeopleQuery> = {}) => {
  const rows = index.query({ ...emptyQuery, ...query });
  return index.rows(rows, 0, rows.length).map((row) => row.fullName);
};

describe('loading the people index', () => {
  it('reads every person a page at a time, reporting progress', async () => {
    const progress: number[] = [];
    const { index, position } = await loadPeopleIndex(db, day, { pageSize: 3, onProgress: (loaded) => progress.push(loaded) });
    expect(index.count).toBe(7);
    expect(progress).toEqual([3, 6, 7]);
    expect(position).toEqual({ seq: expect.any(Number), applied: {} });
    expect(position.seq).toBeGreaterThan(0);
    expect(names(index, { search: 'cuong' })).toEqual(['Nguyễn Văn Cường']);
    expect(index.rows(index.query(emptyQuery), 0, 1)[0]!.unit).toBe('Chi bộ Khu 1 – Đảng bộ xã Sơn Vi');
  });

  it('reads the planning pool and appointment terms from their records', async () => {
    await writeRecords(context, (writer) => {
      writer.create('movement', sampleMovement({ personId: 'p1', effectiveDate: '2021-09-01', termEndDate: '2026-09-01' }));
      writer.create('planningCandidate', samplePlanningCandidate({ personId: 'p2' }));
    });
    const { index } = await loadPeopleIndex(db, day);
    expect(names(index, { filters: { termEndsWithinDays: 90 } })).toEqual(['Nguyễn Văn Bình']);
    expect(names(index, { filters: { inPlanning: true } })).toEqual(['Nguyễn Văn Cường']);
  });
});

describe('the day of the index', () => {
  it('is the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('refreshing the people index', () => {
  it('does nothing when nothing was written', async () => {
    const { index, position } = await loadPeopleIndex(db, day);
    expect(await refreshPeopleIndex(db, index, position)).toEqual({ kind: 'unchanged', position });
  });

  it('re-reads the people, units and events the change log names', async () => {
    const { index, position } = await loadPeopleIndex(db, day);
    await writeRecords(context, async (writer) => {
      await writer.update('person', 'p0', { fullName: 'Trần Văn Long' });
      await writer.remove('person', 'p1');
      writer.create('person', samplePerson({ fullName: 'Lê Thị Mai', sex: 'female', citizenId: undefined }), 'p9');
      await writer.update('unit', 'u1', { periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu Đồng Lạc', kind: 'cell', isGrassroots: false, parentId: 'c1' }] });
      writer.create('planningCandidate', samplePlanningCandidate({ personId: 'p3' }));
    });
    const outcome = await refreshPeopleIndex(db, index, position);
    expect(outcome.kind).toBe('patched');
    if (outcome.kind === 'reloaded') throw new Error('patched expected');
    expect(outcome.position.seq).toBeGreaterThan(position.seq);
    expect(index.count).toBe(7);
    expect(names(index, { search: 'long' })).toEqual(['Trần Văn Long']);
    expect(names(index, { search: 'nguyen van an' })).toEqual([]);
    expect(names(index, { search: 'binh' })).toEqual([]);
    expect(names(index, { search: 'mai' })).toEqual(['Lê Thị Mai']);
    expect(names(index, { filters: { inPlanning: true } })).toEqual(['Nguyễn Văn Dũng']);
    expect(index.rows(index.query(emptyQuery), 0, 1)[0]!.unit).toBe('Chi bộ Khu Đồng Lạc – Đảng bộ xã Sơn Vi');
    expect(await refreshPeopleIndex(db, index, outcome.position)).toEqual({ kind: 'unchanged', position: outcome.position });
  });

  it('takes in what an import applied, though imports do not take this office’s sequence numbers', async () => {
    const province = await createOffice('index-import-province', 'Tỉnh', 'province', 'P', 'P');
    const district = await createOffice('index-import-district', 'Huyện', 'district', 'D', 'P.D');
    try {
      await enrol(province, district, await rootOf(province));
      await district.write((writer) => {
        writer.create('unit', sampleUnit({ code: 'P', periods: [{ from: '2010-01-01', to: null, name: 'Tỉnh', kind: 'province-committee', isGrassroots: false, parentId: null }] }), 'P');
        writer.create('unit', sampleUnit({ code: 'P.D', periods: [{ from: '2010-01-01', to: null, name: 'Huyện', kind: 'district-committee', isGrassroots: false, parentId: 'P' }] }), 'D');
        writer.create('person', samplePerson({ fullName: 'Đỗ Thị Hoa', unitId: 'D', unitHistory: [{ unitId: 'D', from: '2010-01-01', to: null }] }), 'h1');
      });
      await carry(district, province);
      const { index, position } = await loadPeopleIndex(province.db, day);
      expect(names(index, { search: 'hoa' })).toEqual(['Đỗ Thị Hoa']);

      await district.write(async (writer) => {
        await writer.update('person', 'h1', { fullName: 'Đỗ Thị Hồng' });
        writer.create('person', samplePerson({ fullName: 'Vũ Văn Lâm', unitId: 'D', unitHistory: [{ unitId: 'D', from: '2010-01-01', to: null }] }), 'h2');
      });
      await carry(district, province);
      const outcome = await refreshPeopleIndex(province.db, index, position);
      expect(outcome.kind).toBe('patched');
      if (outcome.kind === 'reloaded') throw new Error('patched expected');
      expect(outcome.position.seq).toBe(position.seq);
      expect(outcome.position.applied[district.profile.officeId]).toBeGreaterThan(position.applied[district.profile.officeId]!);
      expect(names(index, { search: 'do thi' })).toEqual(['Đỗ Thị Hồng']);
      expect(names(index, { search: 'lam' })).toEqual(['Vũ Văn Lâm']);
      expect(await refreshPeopleIndex(province.db, index, outcome.position)).toEqual({ kind: 'unchanged', position: outcome.position });
    } finally {
      await Promise.all([province.db.delete(), district.db.delete()]);
    }
  });
});
