import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { peopleInSubtreeOn, unitTreeOn, countBy } from '../queries/people-queries';
import { generateProvince, type GeneratedRecord, type ProvinceOptions } from './province-generator';
import { loadDemoProvince } from './load-province';
import { countChanges } from '../records/change-log';
import { recordTypes, type RecordInput, type RecordTypeName } from '../records/registry';
import { isMemberOn, unitOn } from '../people/membership';
import { ratingForPoints } from '../catalogs/catalog';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { SeededRandom } from './random';
import { addDays, addYears, dateBetween, dayNumber, isoDay, seededUuid } from './generator-support';

const small: ProvinceOptions = { seed: 1, people: 3000, districts: 3, communes: 12, agencies: 15, chunkSize: 700 };
const all = (options: ProvinceOptions) => [...generateProvince(options)].flat();
const asOf = '2025-12-31';

type Fields<T extends RecordTypeName> = RecordInput<T> & { readonly id: string };
function ofType<T extends RecordTypeName>(records: readonly GeneratedRecord[], type: T): Fields<T>[] {
  return records.filter((record) => record.type === type).map((record) => ({ ...(record.fields as RecordInput<T>), id: record.id }));
}
function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Every id a record points at: fields named `…Id` or `…Ids`, at any depth (periods, histories, recipients). */
function referencesOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencesOf(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'citizenId') continue;
      if (key.endsWith('Id') && typeof inner === 'string') found.push(inner);
      else if (key.endsWith('Ids') && Array.isArray(inner)) found.push(...inner.filter((id): id is string => typeof id === 'string'));
      else referencesOf(inner, found);
    }
  }
  return found;
}

const generatedTypes = [
  'adminUnit', 'unit', 'residentialArea', 'enterprise', 'person', 'personHistory', 'evaluation', 'consolidation', 'planningCycle', 'plannedPosition', 'planningCandidate', 'movement',
  'trainingPlan', 'trainingCourse', 'trainingEnrolment', 'postStandard', 'admissionCase', 'membershipTransfer', 'partyExit', 'discipline', 'commendation', 'inspection',
] as const satisfies readonly RecordTypeName[];

let db: AppDatabase | undefined;
afterEach(() => db?.delete());

describe('the generator helpers', () => {
  it('count days like the calendar', () => {
    for (const day of ['1850-01-01', '1969-12-31', '1970-01-01', '2000-02-29', '2024-02-29', '2025-12-31', '2100-03-01']) {
      expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
      expect(isoDay(dayNumber(day))).toBe(day);
    }
    expect(addDays('2025-12-31', 90)).toBe('2026-03-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    const random = new SeededRandom(9);
    for (let index = 0; index < 200; index += 1) {
      const day = dateBetween(random, '2025-01-01', '2025-01-10');
      expect(day >= '2025-01-01' && day < '2025-01-10').toBe(true);
    }
  });

  it('make the same ids as the seeded random', () => {
    const [a, b] = [new SeededRandom(4), new SeededRandom(4)];
    for (let index = 0; index < 50; index += 1) expect(seededUuid(a)).toBe(b.uuid());
  });
});

describe('the province generator', { timeout: 60_000 }, () => {
  it('gives the same province for the same seed, and another for another seed', () => {
    const first = all(small);
    expect(all(small)).toEqual(first);
    const other = all({ ...small, seed: 2 });
    expect(other.map((record) => record.id)).not.toEqual(first.map((record) => record.id));
    expect(JSON.stringify(ofType(other, 'evaluation').slice(0, 50))).not.toEqual(JSON.stringify(ofType(first, 'evaluation').slice(0, 50)));
  });

  it('makes exactly the people asked for, in chunks of the asked size, with parts that can be turned off', () => {
    const chunks = [...generateProvince(small)];
    expect(chunks.every((chunk) => chunk.length <= 700)).toBe(true);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === 700)).toBe(true);
    expect(chunks.flat().filter((record) => record.type === 'person')).toHaveLength(3000);
    const bare = all({ ...small, places: false, histories: false, events: false });
    expect([...new Set(bare.map((record) => record.type))].sort()).toEqual(['person', 'unit']);
    expect(bare.filter((record) => record.type === 'person')).toHaveLength(3000);
    const forDistrict = all({ ...small, postStandards: false });
    expect(forDistrict.filter((record) => record.type === 'postStandard')).toEqual([]);
    expect(forDistrict.filter((record) => record.type !== 'postStandard')).toEqual(all(small).filter((record) => record.type !== 'postStandard'));
    const withoutEvents = all({ ...small, events: false });
    expect(new Set(withoutEvents.map((record) => record.type))).toEqual(new Set(['adminUnit', 'unit', 'residentialArea', 'person', 'personHistory', 'enterprise']));
  });

  it('puts every record after the records it points at', () => {
    const seen = new Set<string>();
    const dangling: string[] = [];
    for (const record of all(small)) {
      for (const id of referencesOf(record.fields)) if (!seen.has(id)) dangling.push(`${record.type} ${record.id} → ${id}`);
      seen.add(record.id);
    }
    expect(dangling).toEqual([]);
  });

  it('has the full Phú Thọ shape by default', () => {
    const records = all({ seed: 7, people: 0 });
    const units = ofType(records, 'unit');
    const byKind = tally(units, (unit) => unit.periods[0]!.kind);
    expect(byKind.get('district-committee')).toBe(13);
    expect(byKind.get('grassroots-committee')).toBeGreaterThan(280);
    const grassroots = (byKind.get('grassroots-committee') ?? 0) + (byKind.get('grassroots-cell') ?? 0);
    expect(grassroots).toBeGreaterThan(800);
    expect(grassroots).toBeLessThan(900);
    expect(byKind.get('cell')).toBeGreaterThan(2500);
    expect(byKind.get('cell')).toBeLessThan(3500);
    const admin = tally(ofType(records, 'adminUnit'), (unit) => unit.periods.at(-1)!.level);
    expect(Object.fromEntries(admin)).toEqual({ province: 1, district: 13, commune: 280 });
    expect(ofType(records, 'residentialArea').length).toBeGreaterThan(1800);
    expect(ofType(records, 'residentialArea').length).toBeLessThan(2200);
    expect(ofType(records, 'enterprise')).toHaveLength(400);
  });

  it('loads through the write path: every record valid, one change per record, every kind it makes stored', async () => {
    db = new AppDatabase('generator-load');
    const records = all(small);
    const progress = await loadDemoProvince({ db, office: { officeId: 'province', level: 'province' } }, small);
    expect(progress.people).toBe(3000);
    expect(progress.records).toBe(records.length);
    expect(await countChanges(db)).toBe(progress.records);
    const made = tally(records, (record) => record.type);
    // Every kind of the registry but restructurings, photos and catalogs.
    expect([...made.keys()].sort()).toEqual([...generatedTypes].sort());
    for (const [type, count] of made) expect(await db.recordTable(recordTypes[type as RecordTypeName].table).count()).toBe(count);

    const tree = await unitTreeOn(db, asOf);
    const root = tree.roots[0]!;
    const members = await peopleInSubtreeOn(db, root.id, asOf, { membersOnly: true });
    expect(members.length).toBeGreaterThan(2700);
    expect(members.length).toBeLessThan(2900);
    const sexes = countBy(members, 'sex', asOf);
    expect((sexes.get('female') ?? 0) / members.length).toBeGreaterThan(0.3);
  });

  it('loads in an office below the province without the province-only post standards', async () => {
    db = new AppDatabase('generator-district');
    const district = { db, office: { officeId: 'district', level: 'district' as const } };
    const options = { ...small, people: 300 };
    await expect(loadDemoProvince(district, options)).rejects.toMatchObject({ name: 'NotPermitted' });
    expect(await countChanges(db)).toBe(0);
    const progress = await loadDemoProvince(district, { ...options, postStandards: false });
    expect(progress.people).toBe(300);
    expect(await db.recordTable(recordTypes.postStandard.table).count()).toBe(0);
  });

  it('rates members and organizations under the scheme of the year: four grades until 2024', () => {
    const records = all({ ...small, people: 1500, asOf: '2022-12-31' });
    const evaluations = ofType(records, 'evaluation');
    expect(evaluations.length).toBeGreaterThan(1300);
    expect(evaluations.every((evaluation) => evaluation.ratingSchemeCode === '2018' && evaluation.points === undefined && evaluation.period.year === 2022)).toBe(true);
    expect(new Set(evaluations.map((evaluation) => evaluation.ratingCode))).toEqual(new Set(['2018.excellent', '2018.good', '2018.completed', '2018.notCompleted']));
    expect(ofType(records, 'planningCycle')[0]).toMatchObject({ partyTermFrom: 2025, partyTermTo: 2030, stateTermFrom: 2026, stateTermTo: 2031 });
  });
});

describe('a generated province of 20,000 people', { timeout: 60_000 }, () => {
  let records: GeneratedRecord[];
  const get = <T extends RecordTypeName>(type: T) => ofType(records, type);
  beforeAll(() => {
    records = all({ seed: 11, people: 20_000 });
  }, 120_000);

  it('has administrative units behind its committees, and residential areas covered by cells of their own commune', () => {
    const units = new Map(get('unit').map((unit) => [unit.id, unit]));
    const admin = new Map(get('adminUnit').map((unit) => [unit.id, unit]));
    const communeCommittees = get('unit').filter((unit) => unit.periods[0]!.kind === 'grassroots-committee' && unit.adminUnitId);
    expect(communeCommittees).toHaveLength(280);
    expect(communeCommittees.every((unit) => admin.get(unit.adminUnitId!)?.periods.at(-1)!.level === 'commune')).toBe(true);
    expect(get('adminUnit').some((unit) => unit.periods.length > 1)).toBe(true);

    const areas = get('residentialArea');
    expect(areas.length / 280).toBeGreaterThan(6);
    expect(areas.length / 280).toBeLessThan(8);
    const statuses = tally(areas, (area) => area.coverage.at(-1)!.statusCode);
    expect(statuses.get('independent')! / areas.length).toBeGreaterThan(0.82);
    expect(statuses.get('independent')! / areas.length).toBeLessThan(0.93);
    expect(statuses.get('joint')! / areas.length).toBeGreaterThan(0.05);
    expect(statuses.get('joint')! / areas.length).toBeLessThan(0.13);
    expect(statuses.get('none')! / areas.length).toBeGreaterThan(0.01);
    expect(statuses.get('none')! / areas.length).toBeLessThan(0.06);
    for (const area of areas) {
      const coverage = area.coverage.at(-1)!;
      if (coverage.statusCode === 'none') {
        expect(coverage.cellUnitId).toBeUndefined();
        continue;
      }
      const cell = units.get(coverage.cellUnitId!)!;
      expect(cell.periods[0]!.kind).toBe('cell');
      expect(units.get(cell.periods[0]!.parentId!)!.adminUnitId).toBe(area.periods.at(-1)!.adminUnitId);
    }
    const jointCells = tally(areas.filter((area) => area.coverage.at(-1)!.statusCode === 'joint'), (area) => area.coverage.at(-1)!.cellUnitId!);
    expect([...jointCells.values()].every((count) => count >= 2)).toBe(true);
  });

  it('has non-state enterprises, ~15% with a party organization whose members are the people of that organization', () => {
    const enterprises = get('enterprise');
    expect(enterprises).toHaveLength(400);
    const linked = enterprises.filter((enterprise) => enterprise.partyUnitId);
    expect(linked.length / enterprises.length).toBeGreaterThan(0.12);
    expect(linked.length / enterprises.length).toBeLessThan(0.18);
    const parentOf = new Map(get('unit').map((unit) => [unit.id, unit.periods[0]!.parentId]));
    const membersIn = new Map<string, number>();
    for (const person of get('person')) {
      const unitId = unitOn(person, asOf);
      if (!unitId || !isMemberOn(person, asOf)) continue;
      for (let id: string | null | undefined = unitId; id; id = parentOf.get(id)) membersIn.set(id, (membersIn.get(id) ?? 0) + 1);
    }
    for (const enterprise of linked) expect(enterprise.figures!.at(-1)!.partyMembers).toBe(membersIn.get(enterprise.partyUnitId!) ?? 0);
    expect(enterprises.every((enterprise) => (enterprise.figures ?? []).every((figure) => figure.workforce >= figure.partyMembers))).toBe(true);
  });

  it('keeps dated histories for cadres only, in moderate numbers', () => {
    const people = new Map(get('person').map((person) => [person.id, person]));
    const cadres = get('person').filter((person) => person.isCadre);
    expect(cadres.length / people.size).toBeGreaterThan(0.15);
    expect(cadres.length / people.size).toBeLessThan(0.25);
    const histories = get('personHistory');
    const perPerson = new Map<string, Map<string, number>>();
    for (const row of histories) {
      const kinds = perPerson.get(row.personId) ?? new Map<string, number>();
      kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
      perPerson.set(row.personId, kinds);
    }
    const tables = histories.filter((row) => row.kind !== 'health');
    expect(tables.every((row) => people.get(row.personId)!.isCadre)).toBe(true);
    expect(tables.length / cadres.length).toBeGreaterThan(6);
    expect(tables.length / cadres.length).toBeLessThan(11);
    expect(histories.length / people.size).toBeLessThan(2.5);
    for (const cadre of cadres) {
      const kinds = perPerson.get(cadre.id)!;
      expect(kinds.get('work')).toBeGreaterThanOrEqual(1);
      expect(kinds.get('work')).toBeLessThanOrEqual(6);
      expect(kinds.get('training') ?? 0).toBeLessThanOrEqual(4);
      expect(kinds.get('salary')).toBeGreaterThanOrEqual(1);
      expect(kinds.get('salary')).toBeLessThanOrEqual(2);
      expect(kinds.get('family')).toBeGreaterThanOrEqual(3);
      expect(kinds.get('family')).toBeLessThanOrEqual(6);
    }
    const bothSides = new Set(histories.filter((row) => row.kind === 'family' && row.side === 'spouse').map((row) => row.personId));
    expect(bothSides.size / cadres.length).toBeGreaterThan(0.7);
    const partyPosts = histories.filter((row) => row.kind === 'partyPost');
    expect(partyPosts.length).toBeGreaterThan(0);
    expect(partyPosts.every((row) => people.get(row.personId)!.partyPostCode === row.partyPostCode)).toBe(true);
    const health = histories.filter((row) => row.kind === 'health');
    expect(health.every((row) => isMemberOn(people.get(row.personId)!, asOf))).toBe(true);
    expect(health.length).toBeGreaterThan(0);
    // The last work row is the current post.
    const lastWork = new Map<string, Fields<'personHistory'>>();
    for (const row of histories) if (row.kind === 'work') lastWork.set(row.personId, row);
    expect(cadres.every((cadre) => lastWork.get(cadre.id)!.post === cadre.currentPost || lastWork.get(cadre.id)!.movementId !== undefined)).toBe(true);
  });

  it('rates every active member and grassroots organization under the 2025 points scheme, excellent within the 2018 cap', () => {
    const evaluations = get('evaluation');
    const active = new Set(get('person').filter((person) => isMemberOn(person, asOf)).map((person) => person.id));
    const rated = evaluations.filter((evaluation) => evaluation.subject === 'person').map((evaluation) => evaluation.personId!);
    expect(rated).toHaveLength(active.size);
    expect(new Set(rated)).toEqual(active);
    const grassroots = new Set(get('unit').filter((unit) => unit.periods[0]!.isGrassroots).map((unit) => unit.id));
    expect(new Set(evaluations.filter((evaluation) => evaluation.subject === 'unit').map((evaluation) => evaluation.unitId!))).toEqual(grassroots);
    const gradeOf = Array.from({ length: 101 }, (_, points) => ratingForPoints(officialCatalogEntries, '2025', points)!.code);
    const wrong = evaluations.filter((evaluation) => evaluation.ratingSchemeCode !== '2025' || evaluation.period.year !== 2025 || evaluation.ratingCode !== gradeOf[evaluation.points!] || evaluation.decision!.date > asOf);
    expect(wrong).toEqual([]);
    // One decision per grassroots organization rates its members: the cap holds within each.
    const members = evaluations.filter((evaluation) => evaluation.subject === 'person');
    const byDecision = new Map<string, Map<string, number>>();
    for (const evaluation of members) {
      const key = `${evaluation.decision!.signedBy}|${evaluation.decision!.number}|${evaluation.decision!.date}`;
      const grades = byDecision.get(key) ?? new Map<string, number>();
      grades.set(evaluation.ratingCode, (grades.get(evaluation.ratingCode) ?? 0) + 1);
      byDecision.set(key, grades);
    }
    for (const grades of byDecision.values()) expect(grades.get('2025.excellent') ?? 0).toBeLessThanOrEqual(0.2 * (grades.get('2025.good') ?? 0));
    const grades = tally(members, (evaluation) => evaluation.ratingCode);
    expect(grades.get('2025.excellent')! / members.length).toBeGreaterThan(0.05);
    expect(grades.get('2025.good')! / members.length).toBeGreaterThan(0.7);

    const weak = evaluations.filter((evaluation) => evaluation.subject === 'unit' && evaluation.ratingCode === '2025.notCompleted');
    const programs = get('consolidation');
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.length / grassroots.size).toBeLessThan(0.05);
    for (const evaluation of weak) expect(programs.some((program) => program.evaluationId === evaluation.id && program.unitId === evaluation.unitId)).toBe(true);
  });

  it('plans the 2025-2030 term for the province and district committees with pools of 1.5 to 2 times the seats', () => {
    const [cycle, ...others] = get('planningCycle');
    expect(others).toEqual([]);
    expect(cycle).toMatchObject({ partyTermFrom: 2025, partyTermTo: 2030, stateTermFrom: 2026, stateTermTo: 2031 });
    const positions = get('plannedPosition');
    const committees = new Set(get('unit').filter((unit) => ['province-committee', 'district-committee'].includes(unit.periods[0]!.kind)).map((unit) => unit.id));
    expect(new Set(positions.map((position) => position.unitId))).toEqual(committees);
    const candidates = tally(get('planningCandidate'), (candidate) => candidate.positionId);
    const people = new Map(get('person').map((person) => [person.id, person]));
    for (const position of positions) {
      const pool = candidates.get(position.id) ?? 0;
      expect(pool).toBeGreaterThanOrEqual(Math.floor(position.seats * 1.5));
      expect(pool).toBeLessThanOrEqual(position.seats * 2);
    }
    expect(get('planningCandidate').every((candidate) => people.get(candidate.personId)!.isCadre)).toBe(true);
  });

  it('moves about 3% of cadres, with 5-year appointment terms, some ending within 90 days', () => {
    const movements = get('movement');
    const cadres = get('person').filter((person) => person.isCadre).length;
    const moved = new Set(movements.map((movement) => movement.personId)).size;
    expect(moved / cadres).toBeGreaterThan(0.015);
    expect(moved / cadres).toBeLessThan(0.05);
    const types = tally(movements, (movement) => movement.movementTypeCode);
    for (const type of ['appointment', 'reappointment', 'rotation', 'reassignment']) expect(types.get(type)).toBeGreaterThan(0);
    for (const movement of movements.filter((candidate) => candidate.movementTypeCode.endsWith('appointment'))) {
      expect(movement.termYears).toBe(5);
      expect(movement.termEndDate).toBe(addYears(movement.effectiveDate, 5));
    }
    expect(movements.filter((movement) => movement.termEndDate && movement.termEndDate >= asOf && movement.termEndDate <= addDays(asOf, 90)).length).toBeGreaterThan(3);
    const workRows = new Set(get('personHistory').flatMap((row) => (row.movementId ? [row.movementId] : [])));
    expect(movements.every((movement) => workRows.has(movement.id))).toBe(true);
  });

  it('has a training plan whose completed courses raised qualifications, and posts with standards', () => {
    expect(get('trainingPlan')).toHaveLength(1);
    const courses = new Map(get('trainingCourse').map((course) => [course.id, course]));
    expect(courses.size).toBeGreaterThanOrEqual(6);
    const enrolments = get('trainingEnrolment');
    const statuses = tally(enrolments, (enrolment) => enrolment.status);
    expect(statuses.get('completed')).toBeGreaterThan(0);
    expect(statuses.get('enrolled')).toBeGreaterThan(0);
    const people = new Map(get('person').map((person) => [person.id, person]));
    const theoryRank = ['none', 'SC', 'TC', 'CC', 'CN'];
    for (const enrolment of enrolments.filter((candidate) => candidate.status === 'completed')) {
      const course = courses.get(enrolment.courseId)!;
      if (course.subject === 'politicalTheory') expect(theoryRank.indexOf(people.get(enrolment.personId)!.politicalTheoryCode!)).toBeGreaterThanOrEqual(theoryRank.indexOf(course.targetCode!));
    }
    expect(get('postStandard').some((standard) => standard.minPoliticalTheoryCode === 'CC' && standard.minProfessionalDegreeCode === 'DH')).toBe(true);
  });

  it('tracks admissions from outstanding non-members to probation, including in enterprises and areas without members', () => {
    const cases = new Map(get('admissionCase').map((admission) => [admission.personId, admission]));
    const people = get('person');
    for (const person of people.filter((candidate) => candidate.memberStatus === 'sympathizer')) {
      expect(['sympathizer', 'awareness-course', 'cv-verification', 'cell-resolution', 'grassroots-resolution']).toContain(cases.get(person.id)!.stage);
    }
    for (const person of people.filter((candidate) => candidate.memberStatus === 'probationary')) {
      const admission = cases.get(person.id)!;
      expect(admission.stage).toBe('probation');
      expect(admission.admissionDecision!.date).toBe(person.admissionDecisionDate);
      expect(admission.ceremonyDate).toBe(person.admissionDate);
    }
    const outstanding = people.filter((candidate) => candidate.memberStatus === 'outstanding-non-member');
    expect(outstanding.filter((person) => cases.get(person.id)?.stage === 'outstanding-non-member').length / outstanding.length).toBeGreaterThan(0.8);
    expect(get('admissionCase').some((admission) => admission.enterpriseId)).toBe(true);
    const uncovered = new Set(get('residentialArea').filter((area) => area.coverage.at(-1)!.statusCode === 'none').map((area) => area.id));
    expect(get('admissionCase').some((admission) => admission.residentialAreaId && uncovered.has(admission.residentialAreaId))).toBe(true);
  });

  it('transfers a few dozen members, records an exit for every member who left, disciplines ~0.3%, commends and inspects', () => {
    const transfers = get('membershipTransfer');
    expect(transfers.length).toBeGreaterThanOrEqual(12);
    expect(transfers.length).toBeLessThanOrEqual(60);
    expect(transfers.some((transfer) => transfer.status === 'in-transit' && transfer.issuedOn < addDays(asOf, -30))).toBe(true);

    const exited = get('person').filter((person) => person.memberStatus === 'exited');
    const exits = get('partyExit');
    expect(exits.map((exit) => exit.personId).sort()).toEqual(exited.map((person) => person.id).sort());
    const types = tally(exits, (exit) => exit.type);
    const share = (type: string) => (types.get(type) ?? 0) / exits.length;
    expect(share('death')).toBeGreaterThan(0.5);
    expect(share('struck-off')).toBeGreaterThan(share('resignation'));
    expect(share('resignation')).toBeGreaterThan(share('expulsion'));
    expect(share('dismissal')).toBeGreaterThan(0);
    expect(share('expulsion')).toBeGreaterThan(0);

    const people = new Map(get('person').map((person) => [person.id, person]));
    const members = get('person').filter((person) => isMemberOn(person, asOf)).length;
    const memberDiscipline = get('discipline').filter((discipline) => discipline.system === 'party' && discipline.formCode !== 'expulsion');
    expect(memberDiscipline.length / members).toBeGreaterThan(0.001);
    expect(memberDiscipline.length / members).toBeLessThan(0.006);
    for (const discipline of memberDiscipline) {
      if (people.get(discipline.personId!)!.memberStatus === 'probationary') expect(['reprimand', 'warning']).toContain(discipline.formCode);
    }
    expect(get('discipline').filter((discipline) => discipline.formCode === 'expulsion')).toHaveLength(types.get('expulsion') ?? 0);

    const commendations = get('commendation');
    expect(commendations.some((commendation) => commendation.recipients.filter((recipient) => recipient.personId).length >= 2 && commendation.recipients.some((recipient) => recipient.unitId))).toBe(true);
    expect(commendations.some((commendation) => commendation.formCode.startsWith('party-badge-'))).toBe(true);
    const disciplineIds = new Set(get('discipline').map((discipline) => discipline.id));
    const inspections = get('inspection');
    expect(inspections.some((inspection) => inspection.subject === 'unit')).toBe(true);
    const concluding = inspections.filter((inspection) => (inspection.resultingDisciplineIds ?? []).length > 0);
    expect(concluding.length).toBeGreaterThan(0);
    expect(concluding.every((inspection) => inspection.resultingDisciplineIds!.every((id) => disciplineIds.has(id)))).toBe(true);
  });
});
