import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { recordById } from '../queries/records-reader';
import { carry, createOffice, enrol, rootOf, type SimOffice } from './exchange-scenario';
import { openConflicts, resolveConflict } from './conflict-service';

let district: SimOffice;
let commune: SimOffice;
let province: SimOffice;

beforeAll(async () => {
  province = await createOffice('conflicts-province', 'Đảng bộ tỉnh', 'province', 'P', 'P');
  district = await createOffice('conflicts-district', 'Đảng bộ huyện', 'district', 'D', 'P.D');
  commune = await createOffice('conflicts-commune', 'Đảng bộ xã', 'grassroots', 'C', 'P.D.C');
  const code = await rootOf(province);
  await enrol(province, district, code);
  await enrol(district, commune, code);
  await district.write((writer) => {
    writer.create('unit', sampleUnit({ code: 'P', periods: [{ from: '2010-01-01', to: null, name: 'Tỉnh', kind: 'province-committee', isGrassroots: false, parentId: null }] }), 'P');
    writer.create('unit', sampleUnit({ code: 'P.D', periods: [{ from: '2010-01-01', to: null, name: 'Huyện', kind: 'district-committee', isGrassroots: false, parentId: 'P' }] }), 'D');
    writer.create('unit', sampleUnit({ code: 'P.D.C', periods: [{ from: '2010-01-01', to: null, name: 'Xã', kind: 'grassroots-committee', isGrassroots: true, parentId: 'D' }] }), 'C');
    writer.create('person', samplePerson({ unitId: 'C', unitHistory: [{ unitId: 'C', from: '2010-01-01', to: null }] }), 'p1');
  });
  await carry(district, commune);
});
afterAll(async () => {
  for (const office of [province, district, commune]) await office.db.delete();
});

describe('the conflict inbox', () => {
  it('resolving with the provisional winner still settles the conflict at the other office', async () => {
    await district.write((writer) => writer.update('person', 'p1', { currentPost: 'Bí thư' }));
    await commune.write((writer) => writer.update('person', 'p1', { currentPost: 'Phó Bí thư' }));
    await carry(commune, district);
    await carry(district, commune);
    const [atCommune] = await openConflicts(commune.db);
    expect(atCommune).toBeDefined();
    const winner = atCommune!.winner.value;
    expect((await recordById(commune.db, 'person', 'p1'))?.currentPost).toBe(winner);

    await expect(resolveConflict(commune.context, atCommune!.id, 'Giá trị khác')).rejects.toMatchObject({ reasonKey: 'exchange.conflictValueNotOffered' });
    await resolveConflict(commune.context, atCommune!.id, winner);
    expect(await openConflicts(commune.db)).toEqual([]);
    await carry(commune, district);
    expect(await openConflicts(district.db)).toEqual([]);
    expect((await recordById(district.db, 'person', 'p1'))?.currentPost).toBe(winner);
  });

  it('resolving with the other value makes it the value everywhere', async () => {
    await district.write((writer) => writer.update('person', 'p1', { workplace: 'UBND huyện' }));
    await commune.write((writer) => writer.update('person', 'p1', { workplace: 'UBND xã' }));
    await carry(commune, district);
    const [conflict] = await openConflicts(district.db);
    const loser = conflict!.losers[0]!.value;
    await resolveConflict(district.context, conflict!.id, loser);
    await carry(district, commune);
    expect((await recordById(commune.db, 'person', 'p1'))?.workplace).toBe(loser);
    expect((await recordById(district.db, 'person', 'p1'))?.workplace).toBe(loser);
    expect(await openConflicts(commune.db)).toEqual([]);
  });
});
