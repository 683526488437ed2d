import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { sampleMovement, samplePerson, samplePlanningCandidate, sampleUnit } from '../records/test-fixtures';
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
    const { index, seq } = await loadPeopleIndex(db, day, { pageSize: 3, onProgress: (loaded) => progress.push(loaded) });
    expect(index.count).toBe(7);
    expect(progress).toEqual([3, 6, 7]);
    expect(seq).toBeGreaterThan(0);
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
    const { index, seq } = await loadPeopleIndex(db, day);
    expect(await refreshPeopleIndex(db, index, seq)).toEqual({ kind: 'unchanged', seq });
  });

  it('re-reads the people, units and events the change log names', async () => {
    const { index, seq } = await loadPeopleIndex(db, day);
    await writeRecords(context, async (writer) => {
      await writer.update('person', 'p0', { fullName: 'Trần Văn Long' });
      await writer.remove('person', 'p1');
      writer.create('person', samplePerson({ fullName: 'Lê Thị Mai', sex: 'female', citizenId: undefined }), 'p9');
      await writer.update('unit', 'u1', { periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu Đồng Lạc', kind: 'cell', isGrassroots: false, parentId: 'c1' }] });
      writer.create('planningCandidate', samplePlanningCandidate({ personId: 'p3' }));
    });
    const outcome = await refreshPeopleIndex(db, index, seq);
    expect(outcome.kind).toBe('patched');
    expect(outcome.seq).toBeGreaterThan(seq);
    expect(index.count).toBe(7);
    expect(names(index, { search: 'long' })).toEqual(['Trần Văn Long']);
    expect(names(index, { search: 'nguyen van an' })).toEqual([]);
    expect(names(index, { search: 'binh' })).toEqual([]);
    expect(names(index, { search: 'mai' })).toEqual(['Lê Thị Mai']);
    expect(names(index, { filters: { inPlanning: true } })).toEqual(['Nguyễn Văn Dũng']);
    expect(index.rows(index.query(emptyQuery), 0, 1)[0]!.unit).toBe('Chi bộ Khu Đồng Lạc – Đảng bộ xã Sơn Vi');
    expect(await refreshPeopleIndex(db, index, outcome.seq)).toEqual({ kind: 'unchanged', seq: outcome.seq });
  });
});
