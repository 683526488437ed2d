import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, earliestDay } from '../dates/partial-date';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from '../demo/province-generator';
import { loadRecords } from '../demo/load-province';
import type { RecordInput, RecordTypeName } from '../records/registry';
import { sampleMovement, samplePerson, samplePersonHistory, samplePlannedPosition, samplePlanningCandidate, samplePlanningCycle, sampleUnit } from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { appointmentTermsEndingWithin, standardsGapsOn } from './cadre-queries';

const options: ProvinceOptions = { seed: 8, people: 6000, districts: 3, communes: 15, agencies: 24, chunkSize: 2000 };
const today = '2025-12-31';
const office = { officeId: 'province', level: 'province' as const };
let db: AppDatabase;
let records: GeneratedRecord[];
const ofType = <T extends RecordTypeName>(type: T) => records.filter((record) => record.type === type).map((record) => ({ ...(record.fields as RecordInput<T>), id: record.id }));

beforeAll(async () => {
  records = [...generateProvince(options)].flat();
  db = new AppDatabase('cadre-queries');
  await loadRecords({ db, office }, generateProvince(options));
}, 120_000);
afterAll(() => db.delete());

/** Day arithmetic by hand for the test: the calendar of `Date`. */
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('appointment terms ending', { timeout: 60_000 }, () => {
  /** The raw movements: per person, the latest appointment in force on the day, kept if its term ends in the window. */
  function expectedEnding(day: string, days: number): string[] {
    const latest = new Map<string, ReturnType<typeof ofType<'movement'>>[number]>();
    for (const movement of ofType('movement')) {
      if (!movement.termEndDate || movement.effectiveDate > day) continue;
      const current = latest.get(movement.personId);
      if (!current || movement.effectiveDate > current.effectiveDate) latest.set(movement.personId, movement);
    }
    const last = plusDays(day, days);
    return [...latest.values()].filter((movement) => movement.termEndDate! >= day && movement.termEndDate! <= last).map((movement) => movement.personId).sort();
  }

  it('lists the people whose latest appointment ends within 90 days, as the raw movements say', async () => {
    const got = await appointmentTermsEndingWithin(db, today, 90);
    expect(got.map((ending) => ending.personId).sort()).toEqual(expectedEnding(today, 90));
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((ending) => ending.daysLeft >= 0 && ending.daysLeft <= 90 && ending.termEndDate === ending.movement.termEndDate)).toBe(true);
    // The generator also renews some appointments before they end: those people are not listed.
    const renewed = new Set(ofType('movement').filter((movement) => movement.movementTypeCode === 'reappointment').map((movement) => movement.personId));
    expect(got.some((ending) => renewed.has(ending.personId) && ending.movement.movementTypeCode === 'appointment')).toBe(false);
    const earlier = '2025-10-01';
    expect((await appointmentTermsEndingWithin(db, earlier, 120)).map((ending) => ending.personId).sort()).toEqual(expectedEnding(earlier, 120));
  });

  it('counts both ends of the window and only the latest appointment, with hand-made cases at the boundary', async () => {
    const boundary = new AppDatabase('cadre-queries-boundary');
    try {
      const appointed = (personId: string, effectiveDate: string, type = 'appointment') =>
        sampleMovement({ personId, movementTypeCode: type, effectiveDate, termYears: 5, termEndDate: addYears(effectiveDate, 5), decision: { number: '1-QĐ/TU', date: effectiveDate } });
      await writeRecords({ db: boundary, office }, (writer) => {
        writer.create('unit', sampleUnit(), 'u1');
        for (const id of ['last-day', 'day-after', 'today', 'renewed', 'future-renewal', 'dismissed-later']) writer.create('person', samplePerson(), id);
        writer.create('movement', appointed('last-day', '2021-03-31')); // ends 2026-03-31, day 90: in
        writer.create('movement', appointed('day-after', '2021-04-01')); // ends 2026-04-01, day 91: out
        writer.create('movement', appointed('today', '2020-12-31')); // ends today, day 0: in
        writer.create('movement', appointed('renewed', '2021-01-10')); // would end in the window…
        writer.create('movement', appointed('renewed', '2025-12-01', 'reappointment')); // …but was renewed: out
        writer.create('movement', appointed('future-renewal', '2021-02-01')); // ends in the window: in, for the renewal is not in force yet
        writer.create('movement', appointed('future-renewal', '2026-01-15', 'reappointment'));
      });
      const got = await appointmentTermsEndingWithin(boundary, today, 90);
      expect(got.map((ending) => [ending.personId, ending.daysLeft])).toEqual([
        ['today', 0],
        ['future-renewal', 32],
        ['last-day', 90],
      ]);
      expect((await appointmentTermsEndingWithin(boundary, today, 89)).map((ending) => ending.personId)).toEqual(['today', 'future-renewal']);
      expect((await appointmentTermsEndingWithin(boundary, today, 91)).map((ending) => ending.personId)).toEqual(['today', 'future-renewal', 'last-day', 'day-after']);
      expect(await appointmentTermsEndingWithin(boundary, today, 90, { rootUnitId: 'u1' })).toHaveLength(3);
      expect(await appointmentTermsEndingWithin(boundary, today, 90, { rootUnitId: 'elsewhere' })).toHaveLength(0);
    } finally {
      await boundary.delete();
    }
  });
});

describe('standards gaps', { timeout: 60_000 }, () => {
  const theory = ['none', 'SC', 'TC', 'CC', 'CN'];
  const degree = ['none', 'SC', 'TC', 'CD', 'DH', 'ThS', 'TS', 'TSKH'];
  const management = ['none', 'CS', 'CV', 'CVC', 'CVCC'];
  const orderOf = (list: string[], code: string | undefined) => Math.max(0, list.indexOf(code ?? 'none'));

  /** The standardization report worked out on the raw records, by hand: posts, levels, standards, comparisons. */
  function expectedGaps(day: string): string[] {
    const units = new Map(ofType('unit').map((unit) => [unit.id, unit.periods[0]!]));
    const levelOf = (unitId: string) => {
      const path: NonNullable<ReturnType<typeof units.get>>[] = [];
      for (let id: string | null | undefined = unitId; id; id = units.get(id)?.parentId) path.push(units.get(id)!);
      if (path.some((period) => period.isGrassroots)) return 'grassroots';
      const committee = path.find((period) => period.kind === 'province-committee' || period.kind === 'district-committee');
      return committee?.kind === 'province-committee' ? 'province' : committee ? 'district' : undefined;
    };
    const standards = ofType('postStandard').filter((standard) => standard.validFrom <= day && (!standard.validTo || day < standard.validTo));
    const people = new Map(ofType('person').map((person) => [person.id, person]));
    const posts: [string, string, string | undefined][] = [];
    for (const person of people.values()) {
      if (!person.currentPostCode || (person.currentPostSince && earliestDay(person.currentPostSince) > day)) continue;
      const membership = person.unitHistory.find((entry) => entry.from <= day && (entry.to === null || day < entry.to));
      posts.push([person.id, person.currentPostCode, membership ? levelOf(membership.unitId) : undefined]);
    }
    for (const row of ofType('personHistory')) {
      if (row.kind === 'partyPost' && earliestDay(row.from!) <= day && (!row.to || day < earliestDay(row.to))) posts.push([row.personId, row.partyPostCode!, levelOf(row.unitId!)]);
    }
    const gaps: string[] = [];
    for (const [personId, postCode, level] of posts) {
      const person = people.get(personId)!;
      if (person.exitDate && person.exitDate <= day) continue;
      const candidates = standards.filter((standard) => standard.postCode === postCode);
      const standard = candidates.find((candidate) => level && candidate.level === level) ?? candidates.find((candidate) => !candidate.level);
      if (!standard) continue;
      const missing: string[] = [];
      if (standard.minPoliticalTheoryCode && orderOf(theory, person.politicalTheoryCode) < orderOf(theory, standard.minPoliticalTheoryCode)) missing.push('politicalTheory');
      if (standard.minProfessionalDegreeCode && orderOf(degree, person.professionalDegreeCode) < orderOf(degree, standard.minProfessionalDegreeCode)) missing.push('professionalDegree');
      if (standard.minStateManagementCode && orderOf(management, person.stateManagementCode) < orderOf(management, standard.minStateManagementCode)) missing.push('stateManagement');
      if (missing.length > 0) gaps.push(`${personId} ${postCode} ${missing.join(',')}`);
    }
    return gaps.sort();
  }

  it('finds the same people, posts and missing requirements as the raw records', async () => {
    const got = await standardsGapsOn(db, today);
    const keys = got.map((gap) => `${gap.person.id} ${gap.post.postCode} ${gap.shortfalls.map((shortfall) => shortfall.requirement).join(',')}`).sort();
    expect(keys).toEqual(expectedGaps(today));
    expect(got.length).toBeGreaterThan(5);
    expect(new Set(got.flatMap((gap) => gap.shortfalls.map((shortfall) => shortfall.requirement)))).toEqual(new Set(['politicalTheory', 'professionalDegree', 'stateManagement']));
    const planned = await standardsGapsOn(db, today, { includePlanned: true });
    expect(planned.length).toBeGreaterThan(got.length);
    expect(planned.filter((gap) => gap.post.basis === 'held')).toEqual(got);
  });

  it('says which requirement falls short, by the standard valid on the day and the level of the post', async () => {
    const hand = new AppDatabase('cadre-queries-standards');
    try {
      await writeRecords({ db: hand, office }, (writer) => {
        writer.create('unit', sampleUnit({ code: 'P', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ tỉnh', kind: 'province-committee', isGrassroots: false, parentId: null }] }), 'province');
        writer.create('unit', sampleUnit({ code: 'P.01', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ huyện', kind: 'district-committee', isGrassroots: false, parentId: 'province' }] }), 'district');
        writer.create('unit', sampleUnit({ code: 'P.01.X01', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ xã', kind: 'grassroots-committee', isGrassroots: true, parentId: 'district' }] }), 'commune');
        writer.create('unit', sampleUnit({ code: 'P.01.X01.01', periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu 1', kind: 'cell', isGrassroots: false, parentId: 'commune' }] }), 'cell');
        writer.create('postStandard', { postCode: 'people-committee-chair', level: 'grassroots', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'TC', validFrom: '2004-01-01', validTo: '2020-01-02' });
        writer.create('postStandard', { postCode: 'people-committee-chair', level: 'grassroots', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'DH', minStateManagementCode: 'CV', validFrom: '2020-01-02' });
        writer.create('postStandard', { postCode: 'secretary', level: 'district', minPoliticalTheoryCode: 'CC', minProfessionalDegreeCode: 'DH', validFrom: '2020-01-02' });
        writer.create('postStandard', { postCode: 'secretary', minPoliticalTheoryCode: 'SC', validFrom: '2020-01-02' });
        const inCell = { unitId: 'cell', unitHistory: [{ unitId: 'cell', from: '2005-03-01', to: null }] };
        const chair = { ...inCell, isCadre: true, currentPostCode: 'people-committee-chair', currentPost: 'Chủ tịch UBND xã' };
        writer.create('person', samplePerson({ ...chair, fullName: 'Anh Theory', politicalTheoryCode: 'SC', professionalDegreeCode: 'DH', stateManagementCode: 'CV' }), 'a');
        writer.create('person', samplePerson({ ...inCell, fullName: 'Bình Degree', isCadre: true, politicalTheoryCode: 'CN', professionalDegreeCode: 'CD', stateManagementCode: 'CVC' }), 'b');
        writer.create('personHistory', samplePersonHistory('partyPost', { personId: 'b', partyPostCode: 'secretary', unitId: 'district', from: '2020-10' }));
        writer.create('person', samplePerson({ ...chair, fullName: 'Cường Fine', politicalTheoryCode: 'TC', professionalDegreeCode: 'DH', stateManagementCode: 'CV' }), 'c');
        writer.create('person', samplePerson({ ...chair, fullName: 'Dung Nothing', politicalTheoryCode: 'TC', professionalDegreeCode: 'DH' }), 'd');
        writer.create('person', samplePerson({ ...inCell, fullName: 'Em Planned', isCadre: true, politicalTheoryCode: 'TC', professionalDegreeCode: 'ThS' }), 'e');
        writer.create('planningCycle', samplePlanningCycle(), 'cycle');
        writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'cycle', unitId: 'district', postCode: 'secretary', title: 'Bí thư Huyện ủy', level: 'district' }), 'position');
        writer.create('planningCandidate', samplePlanningCandidate({ positionId: 'position', personId: 'e', addedOn: '2023-05-01', decision: { number: '9-QĐ/TU', date: '2023-05-01' }, votes: [] }));
        writer.create('person', samplePerson({ ...chair, fullName: 'Gone', politicalTheoryCode: 'none', memberStatus: 'exited', exitDate: '2025-01-01' }), 'gone');
      });
      const summary = (gaps: Awaited<ReturnType<typeof standardsGapsOn>>) => gaps.map((gap) => [gap.person.id, gap.post.postCode, gap.post.level, gap.post.basis, gap.shortfalls]);
      expect(summary(await standardsGapsOn(hand, today))).toEqual([
        ['a', 'people-committee-chair', 'grassroots', 'held', [{ requirement: 'politicalTheory', required: 'TC', held: 'SC' }]],
        ['b', 'secretary', 'district', 'held', [{ requirement: 'professionalDegree', required: 'DH', held: 'CD' }]],
        ['d', 'people-committee-chair', 'grassroots', 'held', [{ requirement: 'stateManagement', required: 'CV' }]],
      ]);
      expect(summary(await standardsGapsOn(hand, today, { includePlanned: true })).at(-1)).toEqual(['e', 'secretary', 'district', 'planned', [{ requirement: 'politicalTheory', required: 'CC', held: 'TC' }]]);
      // In 2019 the old chair standard applied (no state management, a trung cấp degree was enough); B was not secretary
      // yet, and the one who left the party in 2025 was still in it (and short of it).
      expect(summary(await standardsGapsOn(hand, '2019-06-01'))).toEqual([
        ['a', 'people-committee-chair', 'grassroots', 'held', [{ requirement: 'politicalTheory', required: 'TC', held: 'SC' }]],
        ['gone', 'people-committee-chair', 'grassroots', 'held', [{ requirement: 'politicalTheory', required: 'TC', held: 'none' }, { requirement: 'professionalDegree', required: 'TC' }]],
      ]);
      expect(await standardsGapsOn(hand, today, { rootUnitId: 'commune' })).toHaveLength(3);
    } finally {
      await hand.delete();
    }
  });
});
