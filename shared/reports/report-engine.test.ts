import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from '../demo/province-generator';
import { loadRecords } from '../demo/load-province';
import { mergeUnits } from '../organization/restructure-service';
import { allRecords } from '../queries/records-reader';
import { recordTypeNames, type RecordInput, type RecordOf, type RecordTypeName } from '../records/registry';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { cellMembers, computeReport, previousPeriod, type ReportResult, type TableResult } from './report-engine';
import { ReportPeople } from './report-people';

const options: ProvinceOptions = { seed: 12, people: 3000, districts: 2, communes: 6, agencies: 8, chunkSize: 2000 };
const office = { officeId: 'province', level: 'province' as const };
const year = { from: '2025-01-01', to: '2025-12-31' };
let db: AppDatabase;
let records: GeneratedRecord[];
const ofType = <T extends RecordTypeName>(type: T) => records.filter((record) => record.type === type).map((record) => ({ ...(record.fields as RecordInput<T>), id: record.id }));

beforeAll(async () => {
  records = [...generateProvince(options)].flat();
  db = new AppDatabase('report-engine');
  await loadRecords({ db, office }, generateProvince(options));
}, 120_000);
afterAll(() => db.delete());

// The independent counts: plain loops over the generated records, with their own reading of the dates.
const covers = (span: { from: string; to: string | null }, day: string) => span.from <= day && (span.to === null || day < span.to);
const unitAt = (person: { unitHistory: { unitId: string; from: string; to: string | null }[] }, day: string) => person.unitHistory.find((span) => covers(span, day))?.unitId;
const isMember = (person: RecordInput<'person'>, day: string) => person.admissionDate !== undefined && person.admissionDate <= day && !(person.exitDate !== undefined && person.exitDate <= day);
function subtreeOf(units: readonly (RecordInput<'unit'> & { id: string })[], rootId: string, day: string): Set<string> {
  const parent = new Map<string, string | null>();
  for (const unit of units) {
    const period = unit.periods.find((candidate) => covers(candidate, day));
    if (period) parent.set(unit.id, period.parentId);
  }
  const inside = new Set<string>();
  for (const id of parent.keys()) {
    for (let at: string | null | undefined = id; at; at = parent.get(at)) {
      if (at === rootId) {
        inside.add(id);
        break;
      }
    }
  }
  return inside;
}
const table = (result: ReportResult, id: string): TableResult => result.tables.find((candidate) => candidate.id === id)!;
const figure = (result: ReportResult, tableId: string, rowId: string, columnId: string, period: 'current' | 'previous' = 'current') => {
  const found = table(result, tableId);
  const row = found.rows.findIndex((entry) => entry.id === rowId);
  const column = found.columns.findIndex((entry) => entry.id === columnId);
  return row < 0 || column < 0 ? 0 : found.values[period][row]![column]!;
};

describe('the year-end report on a generated province', { timeout: 120_000 }, () => {
  let result: ReportResult;
  let rootId: string;
  const progress: number[] = [];
  beforeAll(async () => {
    rootId = ofType('unit').find((unit) => unit.periods[0]!.kind === 'province-committee')!.id;
    result = await computeReport(db, { reportId: 'year-end', rootUnitId: rootId, ...year }, { onProgress: (fraction) => progress.push(fraction) });
  });

  it('counts members by sex and status as a plain loop over the people does, now and a year before', () => {
    for (const [period, day] of [['current', '2025-12-31'], ['previous', '2024-12-31']] as const) {
      const inside = subtreeOf(ofType('unit'), rootId, day);
      const members = ofType('person').filter((person) => inside.has(unitAt(person, day) ?? '') && isMember(person, day));
      const full = members.filter((person) => person.fullMembershipDate !== undefined && person.fullMembershipDate <= day);
      expect(figure(result, 'membersBy-sex', 'members', 'total', period)).toBe(members.length);
      expect(figure(result, 'membersBy-sex', 'members', 'sex:female', period)).toBe(members.filter((person) => person.sex === 'female').length);
      expect(figure(result, 'membersBy-sex', 'status:full', 'total', period)).toBe(full.length);
      expect(figure(result, 'membersBy-ethnicity', 'members', 'ethnicity:01', period)).toBe(members.filter((person) => person.ethnicityCode === '01').length);
      if (period === 'current') {
        expect(members.length).toBeGreaterThan(1000);
        expect(new Set(cellMembers(result, 'membersBy-sex', 'members', 'sex:female').person)).toEqual(new Set(members.filter((person) => person.sex === 'female').map((person) => person.id)));
      }
    }
  });

  it('counts admissions, exits by cause, residential areas and organizations as the records say', () => {
    const inPeriod = (day: string | undefined) => day !== undefined && day >= year.from && day <= year.to;
    const byCase = new Set(ofType('admissionCase').filter((admission) => inPeriod(admission.admissionDecision?.date)).map((admission) => admission.personId));
    const byRecord = ofType('person').filter((person) => !byCase.has(person.id) && inPeriod(person.admissionDecisionDate ?? person.admissionDate));
    expect(figure(result, 'admissions', 'admissions', 'total')).toBe(byCase.size + byRecord.length);
    expect(figure(result, 'admissions', 'inEnterprise', 'total')).toBe(ofType('admissionCase').filter((admission) => inPeriod(admission.admissionDecision?.date) && admission.enterpriseId).length);
    for (const type of ['death', 'expulsion', 'struck-off']) {
      expect(figure(result, 'exits', `type:${type}`, 'total'), type).toBe(ofType('partyExit').filter((exit) => exit.type === type && inPeriod(exit.date)).length);
    }
    const none = ofType('residentialArea').filter((area) => area.periods.some((period) => covers(period, year.to)) && [...area.coverage].reverse().find((entry) => entry.from <= year.to)?.statusCode === 'none');
    expect(figure(result, 'residentialAreas', 'residentialAreas', 'status:none')).toBe(none.length);
    expect(new Set(cellMembers(result, 'residentialAreas', 'residentialAreas', 'status:none').residentialArea)).toEqual(new Set(none.map((area) => area.id)));
    const cells = ofType('unit').filter((unit) => unit.periods.some((period) => covers(period, year.to) && period.kind === 'cell'));
    expect(figure(result, 'organizations', 'kind:cell', 'total')).toBe(cells.length);
    const commended = ofType('commendation').filter((commendation) => inPeriod(commendation.decision.date)).flatMap((commendation) => commendation.recipients);
    expect(figure(result, 'commendations', 'commendations', 'total')).toBe(commended.length);
    expect(figure(result, 'commendations', 'commendations', 'subject:unit')).toBe(commended.filter((recipient) => recipient.unitId).length);
  });

  it('rates members under the scheme in force, with shares of the total', () => {
    const rated = table(result, 'memberRatings');
    const good = rated.columns.findIndex((column) => column.id === 'rating:good');
    expect(good).toBeGreaterThan(0);
    const share = rated.shares!.current[0]![good]!;
    expect(share).toBeCloseTo(rated.values.current[0]![good]! / rated.values.current[0]![0]!);
    expect(rated.notes!.current).toEqual([{ catalog: ['ratingScheme'], code: '2025' }]);
  });

  it('reports its progress from 0 to 1 and keeps every table of the definition', () => {
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((value, index) => index === 0 || value >= progress[index - 1]!)).toBe(true);
    expect(result.tables.length).toBe(28);
    expect(previousPeriod({ from: '2024-02-29', to: '2024-12-31', day: '2024-12-31' })).toEqual({ from: '2023-02-28', to: '2023-12-31', day: '2023-12-31' });
  });

  it('gives the same figures from the people kept in memory, and sees a change once refreshed', async () => {
    const kept = new ReportPeople();
    await kept.load(db);
    expect(kept.count).toBe(ofType('person').length);
    const request = { reportId: 'year-end', rootUnitId: rootId, ...year };
    const fromMemory = await computeReport(db, request, { people: kept });
    expect(fromMemory.tables).toEqual(result.tables);
    expect(cellMembers(fromMemory, 'membersBy-sex', 'members', 'sex:female')).toEqual(cellMembers(result, 'membersBy-sex', 'members', 'sex:female'));

    const someone = ofType('person').find((person) => person.ethnicityCode === '01' && isMember(person, year.to) && subtreeOf(ofType('unit'), rootId, year.to).has(unitAt(person, year.to) ?? ''))!;
    await writeRecords({ db, office }, async (writer) => {
      await writer.update('person', someone.id, { ethnicityCode: '03' });
    });
    await kept.refresh(db);
    expect(kept.count).toBe(ofType('person').length);
    const changed = await computeReport(db, request, { people: kept });
    expect(figure(changed, 'membersBy-ethnicity', 'members', 'ethnicity:01')).toBe(figure(result, 'membersBy-ethnicity', 'members', 'ethnicity:01') - 1);
    expect(changed.tables).toEqual((await computeReport(db, request)).tables);
    await writeRecords({ db, office }, async (writer) => {
      await writer.update('person', someone.id, { ethnicityCode: '01' });
    });
  });

  it('keeps the event tables between reports and sees a changed exit once refreshed', async () => {
    const kept = new ReportPeople();
    await kept.load(db);
    const request = { reportId: 'year-end', rootUnitId: rootId, ...year };
    expect((await computeReport(db, request, { people: kept })).tables).toEqual(result.tables);
    const counted = cellMembers(result, 'exits', 'exits', 'total').person;
    const exit = (await allRecords(db, 'partyExit')).find((candidate) => candidate.type !== 'resignation' && candidate.date >= year.from && candidate.date <= year.to && counted.includes(candidate.personId))!;
    const retype = (type: RecordOf<'partyExit'>['type']) => writeRecords({ db, office }, async (writer) => void (await writer.update('partyExit', exit.id, { type })));
    await retype('resignation');
    await kept.refresh(db);
    const changed = await computeReport(db, request, { people: kept });
    expect(figure(changed, 'exits', 'type:resignation', 'total')).toBe(figure(result, 'exits', 'type:resignation', 'total') + 1);
    expect(changed.tables).toEqual((await computeReport(db, request)).tables);
    await retype(exit.type);
  });

  it('refuses a request that is not one', async () => {
    await expect(computeReport(db, { reportId: 'nonsense', rootUnitId: rootId, ...year })).rejects.toThrow();
    await expect(computeReport(db, { reportId: 'year-end', rootUnitId: rootId, from: '2025-12-31', to: '2025-01-01' })).rejects.toThrow();
  });
});

describe('figures as at a day around a merger of two cells', { timeout: 60_000 }, () => {
  it('count each cell apart before the merger and together after it', async () => {
    const local = new AppDatabase('report-engine-merge');
    try {
      const cell = (code: string, name: string) => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind: 'cell', isGrassroots: false, parentId: 'g' }] });
      await writeRecords({ db: local, office }, (writer) => {
        writer.create('unit', sampleUnit({ code: 'G', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ xã Một', kind: 'grassroots-committee', isGrassroots: true, parentId: null }] }), 'g');
        writer.create('unit', cell('A', 'Chi bộ A'), 'a');
        writer.create('unit', cell('B', 'Chi bộ B'), 'b');
        for (let index = 0; index < 5; index += 1) {
          const unitId = index < 3 ? 'a' : 'b';
          writer.create('person', samplePerson({ citizenId: undefined, sex: index % 2 === 0 ? 'female' : 'male', unitId, unitHistory: [{ unitId, from: '2015-01-01', to: null }], admissionDate: '2015-01-01', fullMembershipDate: '2016-01-01' }), `p${index}`);
        }
      });
      await writeRecords({ db: local, office }, (writer) => mergeUnits(writer, ['a', 'b'], { newUnit: { code: 'AB', name: 'Chi bộ AB', kind: 'cell', isGrassroots: false, parentId: 'g' } }, { decision: { number: '5-QĐ/ĐU', date: '2025-05-20' }, effectiveDate: '2025-06-01' }));
      const merged = (await allRecords(local, 'unit')).find((unit) => unit.code === 'AB')!;
      const people = await allRecords(local, 'person');
      const membersOf = (unitId: string, day: string) => people.filter((person) => unitAt(person, day) === unitId).length;

      const before = await computeReport(local, { reportId: 'year-end', rootUnitId: 'a', from: '2025-01-01', to: '2025-05-31' });
      expect(figure(before, 'membersBy-sex', 'members', 'total')).toBe(membersOf('a', '2025-05-31'));
      expect(figure(before, 'membersBy-sex', 'members', 'total')).toBe(3);
      const after = await computeReport(local, { reportId: 'year-end', rootUnitId: merged.id, from: '2025-01-01', to: '2025-12-31' });
      expect(figure(after, 'membersBy-sex', 'members', 'total')).toBe(membersOf(merged.id, '2025-12-31'));
      expect(figure(after, 'membersBy-sex', 'members', 'total')).toBe(5);
      expect(figure(after, 'membersBy-sex', 'members', 'sex:female')).toBe(3);

      const commune = await computeReport(local, { reportId: 'year-end', rootUnitId: 'g', from: '2025-01-01', to: '2025-12-31' });
      expect(figure(commune, 'organizationChanges', 'organizations', 'change:merged')).toBe(2);
      expect(figure(commune, 'organizationChanges', 'organizations', 'change:created')).toBe(1);
      expect(cellMembers(commune, 'organizationChanges', 'organizations', 'change:merged').unit).toEqual(['a', 'b']);
      expect(figure(commune, 'organizations', 'kind:cell', 'total')).toBe(1);
      expect(figure(commune, 'organizations', 'kind:cell', 'total', 'previous')).toBe(2);
      expect(figure(commune, 'membersBy-sex', 'members', 'total')).toBe(5);
      expect(figure(commune, 'membersBy-sex', 'members', 'total', 'previous')).toBe(5);
    } finally {
      await local.delete();
    }
  });
});

/** The records a district's own installation holds: its units, its people and what concerns them, and the shared reference data. */
async function copyDistrict(from: AppDatabase, to: AppDatabase, districtId: string): Promise<void> {
  const units = await allRecords(from, 'unit');
  const unitIds = new Set([...subtreeOf(units, districtId, '2024-12-31'), ...subtreeOf(units, districtId, '2025-12-31')]);
  const people = new Set((await allRecords(from, 'person')).filter((person) => person.unitHistory.some((span) => unitIds.has(span.unitId))).map((person) => person.id));
  const positions = new Set((await allRecords(from, 'plannedPosition')).filter((position) => unitIds.has(position.unitId)).map((position) => position.id));
  const concerns = (record: Record<string, unknown>): boolean => {
    // A movement into or out of one of its units reaches the district's office even for a person it does not keep.
    if ([record.toUnitId, record.fromUnitId].some((unitId) => typeof unitId === 'string' && unitIds.has(unitId) && 'movementTypeCode' in record)) return true;
    if (typeof record.personId === 'string') return people.has(record.personId);
    if (typeof record.positionId === 'string') return positions.has(record.positionId);
    if (typeof record.unitId === 'string' && !('cycleId' in record) && !('year' in record)) return unitIds.has(record.unitId);
    if (Array.isArray(record.recipients)) return (record.recipients as { personId?: string; unitId?: string }[]).some((recipient) => people.has(recipient.personId ?? '') || unitIds.has(recipient.unitId ?? ''));
    return true;
  };
  const keep = (type: RecordTypeName, record: RecordOf<RecordTypeName>): boolean => {
    if (type === 'unit') return unitIds.has(record.id);
    if (type === 'person') return people.has(record.id);
    if (type === 'plannedPosition') return positions.has(record.id);
    return concerns(record as unknown as Record<string, unknown>);
  };
  for (const type of recordTypeNames) {
    const kept = (await allRecords(from, type)).filter((record) => keep(type, record));
    for (let start = 0; start < kept.length; start += 1000) {
      await writeRecords({ db: to, office }, (writer) => {
        for (const { id, ...fields } of kept.slice(start, start + 1000)) writer.create(type, fields as RecordInput<RecordTypeName>, id);
      });
    }
  }
}

describe('a district computed by itself and by the province', { timeout: 180_000 }, () => {
  it('gives the same figures and the same people behind them, also after a merger of two cells in the period', async () => {
    const districtDb = new AppDatabase('report-engine-district');
    try {
      const district = ofType('unit').find((unit) => unit.periods[0]!.kind === 'district-committee')!;
      await copyDistrict(db, districtDb, district.id);
      // The unit a merger creates gets its own id in each installation: compared by its code.
      const codes = async (target: AppDatabase, ids: readonly string[]) => {
        const byId = new Map((await allRecords(target, 'unit')).map((unit) => [unit.id, unit.code]));
        return ids.map((id) => byId.get(id)).sort();
      };
      const compare = async () => {
        const request = { reportId: 'year-end', rootUnitId: district.id, ...year };
        const atProvince = await computeReport(db, request);
        const atDistrict = await computeReport(districtDb, request);
        expect(atDistrict.tables).toEqual(atProvince.tables);
        for (const [tableId, rowId, columnId] of [['membersBy-sex', 'members', 'sex:female'], ['admissions', 'admissions', 'total'], ['exits', 'exits', 'total']] as const) {
          expect(cellMembers(atDistrict, tableId, rowId, columnId), tableId).toEqual(cellMembers(atProvince, tableId, rowId, columnId));
        }
        const cells = (result: ReportResult) => cellMembers(result, 'organizations', 'kind:cell', 'total').unit;
        expect(await codes(districtDb, cells(atDistrict))).toEqual(await codes(db, cells(atProvince)));
        return atProvince;
      };
      const first = await compare();
      expect(figure(first, 'membersBy-sex', 'members', 'total')).toBeGreaterThan(300);

      // Two cells of one grassroots committee of the district merge on 1 June, in both installations alike.
      const units = await allRecords(db, 'unit');
      const inside = subtreeOf(units, district.id, '2025-05-31');
      const cells = units.filter((unit) => inside.has(unit.id) && unit.periods.at(-1)!.kind === 'cell' && unit.periods.at(-1)!.to === null);
      const parent = cells[0]!.periods.at(-1)!.parentId;
      const pair = cells.filter((unit) => unit.periods.at(-1)!.parentId === parent).slice(0, 2).map((unit) => unit.id);
      expect(pair).toHaveLength(2);
      for (const target of [db, districtDb]) {
        const newUnit = { code: 'MERGED-1', name: 'Chi bộ hợp nhất', kind: 'cell', isGrassroots: false, parentId: parent };
        await writeRecords({ db: target, office }, (writer) => mergeUnits(writer, pair, { newUnit }, { decision: { number: '9-QĐ/HU', date: '2025-05-25' }, effectiveDate: '2025-06-01' }));
      }
      const second = await compare();
      expect(figure(second, 'organizationChanges', 'organizations', 'change:merged')).toBe(2);
      expect(figure(second, 'organizationChanges', 'organizations', 'change:created')).toBe(1);
      expect(figure(second, 'organizations', 'kind:cell', 'total')).toBe(figure(first, 'organizations', 'kind:cell', 'total') - 1);
      expect(figure(second, 'membersBy-sex', 'members', 'total')).toBe(figure(first, 'membersBy-sex', 'members', 'total'));
    } finally {
      await districtDb.delete();
    }
  });
});
