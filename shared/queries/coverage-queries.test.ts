import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earliestDay } from '../dates/partial-date';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from '../demo/province-generator';
import { loadRecords } from '../demo/load-province';
import type { RecordInput, RecordTypeName } from '../records/registry';
import { AppDatabase } from '../storage/database';
import { enterpriseCoverageOn, residentialAreaCoverageOn } from './coverage-queries';

const options: ProvinceOptions = { seed: 5, people: 4000, districts: 3, communes: 15, agencies: 24, chunkSize: 2000 };
const today = '2025-12-31';
let db: AppDatabase;
let records: GeneratedRecord[];
const ofType = <T extends RecordTypeName>(type: T) => records.filter((record) => record.type === type).map((record) => ({ ...(record.fields as RecordInput<T>), id: record.id }));

beforeAll(async () => {
  records = [...generateProvince(options)].flat();
  db = new AppDatabase('coverage-queries');
  await loadRecords({ db, office: { officeId: 'province', level: 'province' } }, generateProvince(options));
}, 120_000);
afterAll(() => db.delete());

/** The raw records seen as a tree, walked by hand (no query code). */
function rawTree() {
  const units = ofType('unit');
  const admin = ofType('adminUnit');
  const root = units.find((unit) => unit.periods[0]!.kind === 'province-committee')!;
  const districts = units.filter((unit) => unit.periods[0]!.kind === 'district-committee');
  const parentOf = new Map(units.map((unit) => [unit.id, unit.periods[0]!.parentId]));
  const isUnder = (unitId: string, ancestorId: string) => {
    for (let id: string | null | undefined = unitId; id; id = parentOf.get(id)) if (id === ancestorId) return true;
    return false;
  };
  const adminParentOn = (id: string, day: string) => admin.find((unit) => unit.id === id)?.periods.find((period) => period.from <= day && (period.to === null || day < period.to))?.parentId;
  return { units, root, districts, isUnder, adminParentOn };
}

describe('residential area coverage', { timeout: 60_000 }, () => {
  function expected(day: string, inScope: (area: ReturnType<typeof ofType<'residentialArea'>>[number], adminUnitId: string) => boolean) {
    const byStatus = new Map<string, number>();
    const uncovered: string[] = [];
    for (const area of ofType('residentialArea')) {
      const period = area.periods.find((candidate) => candidate.from <= day && (candidate.to === null || day < candidate.to));
      if (!period || !inScope(area, period.adminUnitId)) continue;
      const entries = area.coverage.filter((entry) => entry.from <= day);
      const status = entries.length === 0 ? '' : entries[entries.length - 1]!.statusCode;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (status === 'none') uncovered.push(area.id);
    }
    return { byStatus, uncovered: uncovered.sort() };
  }

  it('counts the areas of the province by status and lists those without a cell or member, today and as they stood in 2021', async () => {
    const { root } = rawTree();
    for (const day of [today, '2021-06-30']) {
      const want = expected(day, () => true);
      const got = await residentialAreaCoverageOn(db, root.id, day);
      expect(got.byStatus).toEqual(want.byStatus);
      expect(got.total).toBe([...want.byStatus.values()].reduce((sum, count) => sum + count, 0));
      expect(got.withoutCellOrMember.map((area) => area.id).sort()).toEqual(want.uncovered);
    }
    const [now, before] = [await residentialAreaCoverageOn(db, root.id, today), await residentialAreaCoverageOn(db, root.id, '2021-06-30')];
    expect(before.withoutCellOrMember.length).toBeGreaterThan(now.withoutCellOrMember.length);
    expect(now.withoutCellOrMember.length).toBeGreaterThan(0);
  });

  it('keeps to the communes of a district, and to the areas of one cell', async () => {
    const { districts, units } = rawTree();
    for (const district of districts) {
      const want = expected(today, (_area, communeId) => rawTree().adminParentOn(communeId, today) === district.adminUnitId);
      const got = await residentialAreaCoverageOn(db, district.id, today);
      expect(got.byStatus).toEqual(want.byStatus);
      expect(got.withoutCellOrMember.map((area) => area.id).sort()).toEqual(want.uncovered);
    }
    const joint = ofType('residentialArea').find((area) => area.coverage.at(-1)!.statusCode === 'joint')!;
    const cell = units.find((unit) => unit.id === joint.coverage.at(-1)!.cellUnitId)!;
    const got = await residentialAreaCoverageOn(db, cell.id, today);
    expect(got.byStatus).toEqual(new Map([['joint', ofType('residentialArea').filter((area) => area.coverage.at(-1)!.cellUnitId === cell.id).length]]));
    expect(got.total).toBeGreaterThanOrEqual(2);
  });
});

describe('enterprise coverage', { timeout: 60_000 }, () => {
  function expected(day: string, inScope: (enterprise: ReturnType<typeof ofType<'enterprise'>>[number]) => boolean) {
    let total = 0;
    let withParty = 0;
    let workforce = 0;
    let members = 0;
    for (const enterprise of ofType('enterprise')) {
      if ((enterprise.establishedOn && earliestDay(enterprise.establishedOn) > day) || (enterprise.closedOn && enterprise.closedOn <= day) || !inScope(enterprise)) continue;
      total += 1;
      if (enterprise.partyUnitId && (!enterprise.partyUnitSince || enterprise.partyUnitSince <= day)) withParty += 1;
      const counted = (enterprise.figures ?? []).filter((figure) => figure.asOf <= day);
      workforce += counted.at(-1)?.workforce ?? 0;
      members += counted.at(-1)?.partyMembers ?? 0;
    }
    return { total, withParty, workforce, members };
  }

  it('counts enterprises with and without a party organization, their workforce and members, for the province and each district', async () => {
    const { root, districts, isUnder, adminParentOn } = rawTree();
    for (const day of [today, '2024-12-31']) {
      const want = expected(day, () => true);
      const got = await enterpriseCoverageOn(db, root.id, day);
      expect({ total: got.total, withParty: got.withPartyOrganization, workforce: got.workforce, members: got.partyMembers }).toEqual(want);
      expect(got.withoutPartyOrganization).toBe(want.total - want.withParty);
    }
    const province = await enterpriseCoverageOn(db, root.id, today);
    expect(province.withPartyOrganization).toBeGreaterThan(0);
    expect(province.withoutPartyOrganization).toBeGreaterThan(province.withPartyOrganization);
    let sum = 0;
    for (const district of districts) {
      const inDistrict = (enterprise: ReturnType<typeof ofType<'enterprise'>>[number]) =>
        (enterprise.adminUnitId !== undefined && adminParentOn(enterprise.adminUnitId, today) === district.adminUnitId) || (enterprise.partyUnitId !== undefined && isUnder(enterprise.partyUnitId, district.id));
      const want = expected(today, inDistrict);
      const got = await enterpriseCoverageOn(db, district.id, today);
      expect({ total: got.total, withParty: got.withPartyOrganization, workforce: got.workforce, members: got.partyMembers }).toEqual(want);
      sum += got.total;
    }
    expect(sum).toBeGreaterThanOrEqual(province.total);
  });
});
