import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from '../demo/province-generator';
import { loadRecords } from '../demo/load-province';
import type { RecordInput, RecordTypeName } from '../records/registry';
import { sampleMembershipTransfer, samplePerson, sampleUnit } from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { admissionsBetween, membersInTransitOn, partyExitsBetween } from './membership-queries';

const options: ProvinceOptions = { seed: 6, people: 5000, districts: 3, communes: 15, agencies: 24, chunkSize: 2000 };
const today = '2025-12-31';
const office = { officeId: 'province', level: 'province' as const };
let db: AppDatabase;
let records: GeneratedRecord[];
const ofType = <T extends RecordTypeName>(type: T) => records.filter((record) => record.type === type).map((record) => ({ ...(record.fields as RecordInput<T>), id: record.id }));

beforeAll(async () => {
  records = [...generateProvince(options)].flat();
  db = new AppDatabase('membership-queries');
  await loadRecords({ db, office }, generateProvince(options));
}, 120_000);
afterAll(() => db.delete());

const rootId = () => ofType('unit').find((unit) => unit.periods[0]!.kind === 'province-committee')!.id;
function isUnder(unitId: string, ancestorId: string): boolean {
  const parentOf = new Map(ofType('unit').map((unit) => [unit.id, unit.periods[0]!.parentId]));
  for (let id: string | null | undefined = unitId; id; id = parentOf.get(id)) if (id === ancestorId) return true;
  return false;
}

describe('admissions in a period', { timeout: 60_000 }, () => {
  it('are the people whose admission decision falls in it, by case or by person record', async () => {
    for (const [from, to] of [['2025-01-01', '2025-12-31'], ['2025-07-01', '2025-09-30'], ['2010-01-01', '2014-12-31']] as const) {
      const byCase = new Map(ofType('admissionCase').filter((admission) => admission.admissionDecision && admission.admissionDecision.date >= from && admission.admissionDecision.date <= to).map((admission) => [admission.personId, admission.admissionDecision!.date]));
      const byPerson = ofType('person').filter((person) => !byCase.has(person.id) && person.admissionDecisionDate !== undefined && person.admissionDecisionDate >= from && person.admissionDecisionDate <= to);
      const expected = [...byCase.keys(), ...byPerson.map((person) => person.id)].sort();
      const got = await admissionsBetween(db, from, to);
      expect(got.map((admission) => admission.personId).sort()).toEqual(expected);
      expect(got.every((admission) => admission.date >= from && admission.date <= to)).toBe(true);
      expect(got.length).toBeGreaterThan(0);
    }
    const year = await admissionsBetween(db, '2025-01-01', today);
    expect(year.filter((admission) => admission.admissionCaseId).length).toBeGreaterThan(year.length / 2);
    expect(year.some((admission) => admission.enterpriseId)).toBe(true);
  });

  it('keep to the units of a district', async () => {
    const district = ofType('unit').find((unit) => unit.periods[0]!.kind === 'district-committee')!;
    const cases = ofType('admissionCase').filter((admission) => admission.admissionDecision && admission.admissionDecision.date >= '2025-01-01' && isUnder(admission.unitId, district.id));
    const got = await admissionsBetween(db, '2025-01-01', today, { rootUnitId: district.id });
    expect(got.map((admission) => admission.personId).sort()).toEqual(cases.map((admission) => admission.personId).sort());
  });
});

describe('party exits in a period', { timeout: 60_000 }, () => {
  it('are counted by type as the exit records say', async () => {
    for (const [from, to] of [['2025-01-01', '2025-12-31'], ['1990-01-01', today]] as const) {
      const expected = new Map<string, number>([['expulsion', 0], ['struck-off', 0], ['dismissal', 0], ['resignation', 0], ['death', 0]]);
      for (const exit of ofType('partyExit')) if (exit.date >= from && exit.date <= to) expected.set(exit.type, expected.get(exit.type)! + 1);
      const got = await partyExitsBetween(db, from, to);
      expect(got.byType).toEqual(expected);
      expect(got.exits).toHaveLength([...expected.values()].reduce((sum, count) => sum + count, 0));
    }
    const everything = await partyExitsBetween(db, '1900-01-01', today, { rootUnitId: rootId() });
    expect(everything.exits).toHaveLength(ofType('person').filter((person) => person.memberStatus === 'exited').length);
    expect(everything.byType.get('death')).toBeGreaterThan(everything.byType.get('struck-off')!);
  });
});

describe('members in transit', { timeout: 60_000 }, () => {
  /** The raw transfers: issued by the day and not presented by then. */
  function expected(day: string): string[] {
    return ofType('membershipTransfer')
      .filter((transfer) => transfer.issuedOn <= day)
      .filter((transfer) => transfer.status === 'in-transit' || transfer.status === 'issued' || (transfer.status === 'accepted' && transfer.acceptedOn! > day) || (transfer.status === 'expired' && day <= transfer.presentBy))
      .map((transfer) => transfer.personId)
      .sort();
  }

  it('are those whose letter was issued and not yet presented on the day, some past the 30 days', async () => {
    for (const day of [today, '2025-11-15', '2025-06-30']) {
      const got = await membersInTransitOn(db, day);
      expect(got.map((member) => member.personId).sort()).toEqual(expected(day));
    }
    const now = await membersInTransitOn(db, today);
    expect(now.length).toBeGreaterThan(0);
    expect(now.some((member) => member.overdue && member.days > 30)).toBe(true);
    expect(now.every((member) => member.overdue === member.transfer.presentBy < today)).toBe(true);
    expect(await membersInTransitOn(db, today, { rootUnitId: rootId() })).toHaveLength(now.length);
  });

  it('counts the day the letter is presented as arrived, and the thirtieth day as still in time', async () => {
    const hand = new AppDatabase('membership-transit');
    try {
      await writeRecords({ db: hand, office }, (writer) => {
        writer.create('unit', sampleUnit(), 'u1');
        writer.create('unit', sampleUnit({ code: 'PT.02' }), 'u2');
        writer.create('person', samplePerson(), 'p1');
        writer.create('person', samplePerson(), 'p2');
        writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'p1', kind: 'internal', toUnitId: 'u2', issuedOn: '2025-09-02', presentBy: '2025-10-02', status: 'accepted', acceptedOn: '2025-09-20' }));
        writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'p2', issuedOn: '2025-09-02', presentBy: '2025-10-02', status: 'in-transit' }));
      });
      const on = async (day: string) => (await membersInTransitOn(hand, day)).map((member) => [member.personId, member.days, member.overdue]);
      expect(await on('2025-09-01')).toEqual([]);
      expect(await on('2025-09-19')).toEqual([['p1', 17, false], ['p2', 17, false]]);
      expect(await on('2025-09-20')).toEqual([['p2', 18, false]]);
      expect(await on('2025-10-02')).toEqual([['p2', 30, false]]);
      expect(await on('2025-10-03')).toEqual([['p2', 31, true]]);
      expect((await membersInTransitOn(hand, '2025-09-19', { rootUnitId: 'u2' })).map((member) => member.personId)).toEqual([]);
    } finally {
      await hand.delete();
    }
  });
});
