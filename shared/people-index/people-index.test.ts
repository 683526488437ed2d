import { describe, expect, it } from 'vitest';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { generateProvince } from '../demo/province-generator';
import type { Movement } from '../events/movement';
import type { PlanningCandidate } from '../events/planning';
import type { Unit } from '../organization/unit';
import { UnitTree } from '../organization/unit-tree';
import { ageBands, unitOn } from '../people/membership';
import { memberStatuses, personSchema, sexes, type Person } from '../people/person';
import { breakdowns, countBy } from '../queries/people-queries';
import { samplePerson } from '../records/test-fixtures';
import type { RecordInput } from '../records/registry';
import { foldForSearch } from '../text/fold';
import { currentTermEnds, planningPoolOn } from './event-facts';
import { PeopleIndex, type PeopleIndexSource } from './people-index';
import { catalogFilters, defaultSort, emptyQuery, peopleColumns, type PeopleFilters, type PeopleQuery, type PeopleRow, type PeopleSort } from './query';

const day = '2026-06-30';

function unit(id: string, name: string, parentId: string | null, isGrassroots = false): Unit {
  return { id, code: id.toUpperCase(), periods: [{ from: '2010-01-01', to: null, name, kind: isGrassroots ? 'grassroots-committee' : 'cell', isGrassroots, parentId }] };
}

/** Province → district → commune committee → two cells; a second district with a grassroots cell of its own. */
const units: Unit[] = [
  unit('p', 'Đảng bộ tỉnh Phú Thọ', null),
  unit('d1', 'Đảng bộ huyện Lâm Thao', 'p'),
  unit('c1', 'Đảng bộ xã Sơn Vi', 'd1', true),
  unit('k1', 'Chi bộ Khu 1', 'c1'),
  unit('k2', 'Chi bộ Khu 2', 'c1'),
  unit('d2', 'Đảng bộ huyện Thanh Ba', 'p'),
  unit('g2', 'Chi bộ Trường THPT Thanh Ba', 'd2', true),
];

function person(id: string, overrides: Partial<RecordInput<'person'>> = {}): Person {
  const unitId = overrides.unitId ?? 'k1';
  const fields = samplePerson({ unitId, unitHistory: [{ unitId, from: '2005-03-01', to: null }], citizenId: undefined, fullMembershipDate: '2006-03-01', ...overrides });
  return { id, ...personSchema.parse(fields) };
}

function indexOf(people: readonly Person[], extra: Partial<PeopleIndexSource> = {}): PeopleIndex {
  const index = new PeopleIndex({ day, units, catalogs: officialCatalogEntries, termEnds: new Map(), planningPool: new Set(), ...extra });
  index.upsert(people);
  return index;
}

const query = (overrides: Partial<PeopleQuery>): PeopleQuery => ({ ...emptyQuery, ...overrides });
function answer(index: PeopleIndex, overrides: Partial<PeopleQuery>): PeopleRow[] {
  const rows = index.query(query(overrides));
  return index.rows(rows, 0, rows.length);
}
const namesOf = (index: PeopleIndex, overrides: Partial<PeopleQuery>) => answer(index, overrides).map((row) => row.fullName);
const idsOf = (index: PeopleIndex, overrides: Partial<PeopleQuery>) => answer(index, overrides).map((row) => row.id);

describe('search', () => {
  const index = indexOf([
    person('a', { fullName: 'Nguyễn Văn Đức', partyCardNumber: '12345678', citizenId: '025080001234' }),
    person('b', { fullName: 'Trần Thị Ưng', sex: 'female', partyCardNumber: '23456789', citizenId: '025180005678' }),
    person('c', { fullName: 'Lê Dũng' }),
  ]);

  it('ignores diacritics and case, in what is typed and in the names', () => {
    expect(idsOf(index, { search: 'duc' })).toEqual(['a']);
    expect(idsOf(index, { search: 'ĐỨC' })).toEqual(['a']);
    expect(idsOf(index, { search: 'Dúc' })).toEqual(['a']);
    expect(idsOf(index, { search: 'ưng' })).toEqual(['c', 'b']);
    expect(idsOf(index, { search: 'Ung' })).toEqual(['c', 'b']);
    expect(idsOf(index, { search: 'd' })).toEqual(['c', 'a']);
  });

  it('finds a part of a name, spaces included', () => {
    expect(idsOf(index, { search: 'van du' })).toEqual(['a']);
    expect(idsOf(index, { search: 'nguyen van duc' })).toEqual(['a']);
    expect(idsOf(index, { search: 'nguyen duc' })).toEqual([]);
    expect(idsOf(index, { search: 'nguyen ung' })).toEqual([]);
    expect(idsOf(index, { search: '  tran   thi ' })).toEqual(['b']);
  });

  it('finds party card numbers and citizen IDs by their beginning', () => {
    expect(idsOf(index, { search: '1234' })).toEqual(['a']);
    expect(idsOf(index, { search: '23456789' })).toEqual(['b']);
    expect(idsOf(index, { search: '0251' })).toEqual(['b']);
    expect(idsOf(index, { search: '025' })).toEqual(['a', 'b']);
    // Digits in the middle are not a beginning.
    expect(idsOf(index, { search: '5678' })).toEqual([]);
  });

  it('narrows as letters are added and widens when they are removed', () => {
    expect(idsOf(index, { search: 't' })).toEqual(['b']);
    expect(idsOf(index, { search: 'n' })).toEqual(['c', 'a', 'b']);
    expect(idsOf(index, { search: 'ng' })).toEqual(['c', 'a', 'b']);
    expect(idsOf(index, { search: 'ngu' })).toEqual(['a']);
    expect(idsOf(index, { search: 'ng' })).toEqual(['c', 'a', 'b']);
  });
});

describe('filters', () => {
  const people = [
    person('k1-man', { fullName: 'Nguyễn Văn An', unitId: 'k1', birthDate: '1990-01-01', generalEducationCode: '12/12', politicalTheoryCode: 'TC' }),
    person('k2-woman', { fullName: 'Lê Thị Bình', sex: 'female', unitId: 'k2', birthDate: '1970-07-15', ethnicityCode: '04', religionCode: '02', stateManagementCode: 'CV' }),
    person('c1-old', { fullName: 'Trần Văn Cường', unitId: 'c1', birthDate: '1940', politicalTheoryCode: 'CC' }),
    person('g2-young', {
      fullName: 'Phạm Minh Dũng',
      unitId: 'g2',
      birthDate: '2004-03-02',
      memberStatus: 'sympathizer',
      admissionDate: undefined,
      fullMembershipDate: undefined,
      generalEducationCode: '12/12',
    }),
    person('g2-probation', { fullName: 'Hoàng Thị Giang', sex: 'female', unitId: 'g2', birthDate: '1998-10-10', memberStatus: 'probationary', admissionDate: '2026-01-10', fullMembershipDate: undefined }),
  ];
  const termEnds = new Map([
    ['k1-man', '2026-08-15'],
    ['k2-woman', '2027-08-15'],
    ['c1-old', '2026-06-01'],
  ]);
  const index = indexOf(people, { termEnds, planningPool: new Set(['k2-woman', 'g2-young']) });
  const ids = (filters: PeopleFilters) => idsOf(index, { filters }).sort();

  it('take a unit with everything under it, as the tree stands', () => {
    expect(ids({ unitId: 'k1' })).toEqual(['k1-man']);
    expect(ids({ unitId: 'c1' })).toEqual(['c1-old', 'k1-man', 'k2-woman']);
    expect(ids({ unitId: 'd2' })).toEqual(['g2-probation', 'g2-young']);
    expect(ids({ unitId: 'p' })).toHaveLength(5);
    expect(ids({ unitId: 'no-such-unit' })).toEqual([]);
  });

  it('take sex, age band, ethnicity and religion', () => {
    expect(ids({ sex: 'female' })).toEqual(['g2-probation', 'k2-woman']);
    expect(ids({ ageBand: '18-30' })).toEqual(['g2-probation', 'g2-young']);
    expect(ids({ ageBand: '31-40' })).toEqual(['k1-man']);
    expect(ids({ ageBand: '81+' })).toEqual(['c1-old']);
    expect(ids({ ethnicity: '04' })).toEqual(['k2-woman']);
    expect(ids({ religion: '99' })).toHaveLength(4);
    expect(ids({ religion: '02' })).toEqual(['k2-woman']);
  });

  it('take qualifications, with "not recorded" as a value of its own', () => {
    expect(ids({ generalEducation: '12/12' })).toEqual(['g2-young', 'k1-man']);
    expect(ids({ generalEducation: '' })).toEqual(['c1-old', 'g2-probation', 'k2-woman']);
    expect(ids({ politicalTheory: 'CC' })).toEqual(['c1-old']);
    expect(ids({ stateManagement: 'CV' })).toEqual(['k2-woman']);
    expect(ids({ stateManagement: 'CVCC' })).toEqual([]);
  });

  it('take the member status as the dates on the record give it today', () => {
    expect(ids({ memberStatus: 'full' })).toEqual(['c1-old', 'k1-man', 'k2-woman']);
    expect(ids({ memberStatus: 'probationary' })).toEqual(['g2-probation']);
    expect(ids({ memberStatus: 'sympathizer' })).toEqual(['g2-young']);
    expect(ids({ memberStatus: 'member' })).toEqual(['c1-old', 'g2-probation', 'k1-man', 'k2-woman']);
  });

  it('take the planning pool and terms ending within some days from today', () => {
    expect(ids({ inPlanning: true })).toEqual(['g2-young', 'k2-woman']);
    expect(ids({ termEndsWithinDays: 90 })).toEqual(['k1-man']);
    expect(ids({ termEndsWithinDays: 45 })).toEqual([]);
    expect(ids({ termEndsWithinDays: 3650 })).toEqual(['k1-man', 'k2-woman']);
  });

  it('combine, and combine with the search', () => {
    expect(ids({ unitId: 'c1', sex: 'male' })).toEqual(['c1-old', 'k1-man']);
    expect(idsOf(index, { search: 'cuong', filters: { unitId: 'c1', sex: 'male' } })).toEqual(['c1-old']);
    expect(ids({ unitId: 'd2', memberStatus: 'full' })).toEqual([]);
  });
});

describe('sorting', () => {
  const people = [
    person('1', { fullName: 'Nguyễn Văn Ưng', unitId: 'k2', birthDate: '1980-05-01', partyCardNumber: '30000000' }),
    person('2', { fullName: 'Lê Thị Uyên', sex: 'female', unitId: 'g2', birthDate: '1975', partyCardNumber: '10000000' }),
    person('3', { fullName: 'Trần Văn Đào', unitId: 'k1', birthDate: '1990-12-31' }),
    person('4', { fullName: 'Phạm Văn Dung', unitId: 'c1', birthDate: '1975-02-03', partyCardNumber: '20000000' }),
    person('5', { fullName: 'Nguyễn Văn An', unitId: 'k1', birthDate: '1960-01-01' }),
    person('6', { fullName: 'Lê Văn An', unitId: 'g2', birthDate: '1985-08-08', memberStatus: 'non-member', admissionDate: undefined, fullMembershipDate: undefined }),
    person('7', { fullName: 'Bùi Thị Ánh', sex: 'female', unitId: 'k2', birthDate: '1999-09-09' }),
  ];
  const index = indexOf(people);
  const sorted = (sort: PeopleSort) => answer(index, { sort });

  it('puts names in Vietnamese order by given name, then family and middle names', () => {
    expect(sorted(defaultSort).map((row) => row.fullName)).toEqual([
      'Lê Văn An',
      'Nguyễn Văn An',
      'Bùi Thị Ánh',
      'Phạm Văn Dung',
      'Trần Văn Đào',
      'Lê Thị Uyên',
      'Nguyễn Văn Ưng',
    ]);
    expect(sorted({ column: 'fullName', direction: 'desc' }).map((row) => row.fullName)[0]).toBe('Nguyễn Văn Ưng');
  });

  it('sorts unit names by Vietnamese collation, ties by name', () => {
    expect(sorted({ column: 'unit', direction: 'asc' }).map((row) => [row.unit, row.fullName])).toEqual([
      ['Chi bộ Khu 1 – Đảng bộ xã Sơn Vi', 'Nguyễn Văn An'],
      ['Chi bộ Khu 1 – Đảng bộ xã Sơn Vi', 'Trần Văn Đào'],
      ['Chi bộ Khu 2 – Đảng bộ xã Sơn Vi', 'Bùi Thị Ánh'],
      ['Chi bộ Khu 2 – Đảng bộ xã Sơn Vi', 'Nguyễn Văn Ưng'],
      ['Chi bộ Trường THPT Thanh Ba', 'Lê Văn An'],
      ['Chi bộ Trường THPT Thanh Ba', 'Lê Thị Uyên'],
      ['Đảng bộ xã Sơn Vi', 'Phạm Văn Dung'],
    ]);
    expect(sorted({ column: 'unit', direction: 'desc' }).map((row) => row.fullName)).toEqual([
      'Phạm Văn Dung',
      'Lê Văn An',
      'Lê Thị Uyên',
      'Bùi Thị Ánh',
      'Nguyễn Văn Ưng',
      'Nguyễn Văn An',
      'Trần Văn Đào',
    ]);
  });

  it('sorts dates known only to the year before the days of that year', () => {
    expect(sorted({ column: 'birthDate', direction: 'asc' }).map((row) => row.birthDate)).toEqual([
      '1960-01-01',
      '1975',
      '1975-02-03',
      '1980-05-01',
      '1985-08-08',
      '1990-12-31',
      '1999-09-09',
    ]);
  });

  it('keeps people without a value last in either direction', () => {
    expect(sorted({ column: 'partyCardNumber', direction: 'asc' }).map((row) => row.partyCardNumber)).toEqual(['10000000', '20000000', '30000000', '', '', '', '']);
    expect(sorted({ column: 'partyCardNumber', direction: 'desc' }).map((row) => row.partyCardNumber)).toEqual(['30000000', '20000000', '10000000', '', '', '', '']);
  });

  it('sorts statuses in the order of the admission pipeline', () => {
    expect(sorted({ column: 'memberStatus', direction: 'asc' }).map((row) => row.memberStatus)).toEqual(['non-member', 'full', 'full', 'full', 'full', 'full', 'full']);
  });

  it('sorts every column both ways without losing or repeating anyone', () => {
    for (const column of peopleColumns) {
      for (const direction of ['asc', 'desc'] as const) {
        expect(sorted({ column, direction }).map((row) => row.id).sort(), `${column} ${direction}`).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      }
    }
  });

  it('keeps the sort when searching', () => {
    expect(namesOf(index, { search: 'van', sort: { column: 'birthDate', direction: 'desc' } })).toEqual([
      'Trần Văn Đào',
      'Lê Văn An',
      'Nguyễn Văn Ưng',
      'Phạm Văn Dung',
      'Nguyễn Văn An',
    ]);
  });
});

describe('rows', () => {
  it('show names from the catalogs and units, and codes for what the UI translates', () => {
    const index = indexOf([
      person('x', {
        fullName: 'Nguyễn Văn An',
        unitId: 'k2',
        ethnicityCode: '04',
        professionalDegreeCode: 'ThS',
        politicalTheoryCode: 'CC',
        currentPost: 'Phó Chủ tịch UBND xã',
        partyCardNumber: '12345678',
        citizenId: '025080001234',
      }),
    ]);
    expect(answer(index, {})).toEqual([
      {
        id: 'x',
        fullName: 'Nguyễn Văn An',
        birthDate: '1980-05-12',
        sex: 'male',
        unit: 'Chi bộ Khu 2 – Đảng bộ xã Sơn Vi',
        post: 'Phó Chủ tịch UBND xã',
        partyCardNumber: '12345678',
        citizenId: '025080001234',
        ethnicity: 'Mường',
        religion: 'Không',
        professionalDegree: 'Thạc sĩ',
        politicalTheory: 'Cao cấp',
        memberStatus: 'full',
        generalEducation: '',
        stateManagement: '',
      },
    ]);
  });

  it('are cut to the window asked for', () => {
    const index = indexOf(['An', 'Bình', 'Cường', 'Dũng'].map((given, position) => person(String(position), { fullName: `Nguyễn Văn ${given}` })));
    const rows = index.query(emptyQuery);
    expect(index.rows(rows, 1, 3).map((row) => row.fullName)).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Cường']);
    expect(index.rows(rows, 3, 10)).toHaveLength(1);
  });
});

describe('updates', () => {
  it('re-read changed people, add new ones and drop removed ones', () => {
    const index = indexOf([person('a', { fullName: 'Hoàng Minh Tú' }), person('b', { fullName: 'Trần Văn Bình' })]);
    expect(idsOf(index, { search: 'tu' })).toEqual(['a']);
    index.upsert([person('a', { fullName: 'Hoàng Minh Khôi', unitId: 'g2' }), person('c', { fullName: 'Lê Thị Tú', sex: 'female' })]);
    expect(index.count).toBe(3);
    expect(idsOf(index, { search: 'tu' })).toEqual(['c']);
    expect(idsOf(index, { filters: { unitId: 'd2' } })).toEqual(['a']);
    expect(namesOf(index, {})).toEqual(['Trần Văn Bình', 'Hoàng Minh Khôi', 'Lê Thị Tú']);
    index.remove(['b']);
    expect(index.count).toBe(2);
    expect(namesOf(index, {})).toEqual(['Hoàng Minh Khôi', 'Lê Thị Tú']);
    index.upsert([person('b', { fullName: 'Trần Văn Bình' })]);
    expect(index.count).toBe(3);
  });

  it('follow renamed units and new event facts', () => {
    const index = indexOf([person('a', { unitId: 'k1' })]);
    index.setUnits(units.map((each) => (each.id === 'c1' ? unit('c1', 'Đảng bộ xã Sơn Vi mới', 'd2', true) : each)));
    expect(answer(index, {})[0]!.unit).toBe('Chi bộ Khu 1 – Đảng bộ xã Sơn Vi mới');
    expect(idsOf(index, { filters: { unitId: 'd2' } })).toEqual(['a']);
    expect(idsOf(index, { filters: { inPlanning: true } })).toEqual([]);
    index.setEventFacts(new Map([['a', '2026-07-01']]), new Set(['a']));
    expect(idsOf(index, { filters: { inPlanning: true, termEndsWithinDays: 1 } })).toEqual(['a']);
  });
});

describe('at province scale (a generated province)', () => {
  const records = [...generateProvince({ seed: 7, people: 3000, places: false, histories: false, asOf: '2025-12-31' })].flat();
  const of = <T,>(type: string) => records.filter((record) => record.type === type).map((record) => ({ id: record.id, ...record.fields }) as T);
  const people = of<Person>('person').map((each) => ({ ...each, ...personSchema.parse(each) }));
  const generatedUnits = of<Unit>('unit');
  const termEnds = currentTermEnds(of<Movement>('movement'), day);
  const pool = planningPoolOn(of<PlanningCandidate>('planningCandidate'), day);
  const index = new PeopleIndex({ day, units: generatedUnits, catalogs: officialCatalogEntries, termEnds, planningPool: pool });
  index.upsert(people);
  const count = (filters: PeopleFilters, search = '') => index.query(query({ filters, search })).length;

  it('counts what a plain pass over the people counts, for every value of every filter', () => {
    expect(index.count).toBe(3000);
    const checks: [keyof typeof breakdowns, keyof PeopleFilters][] = [['sex', 'sex'], ['ageBand', 'ageBand'], ['memberStatus', 'memberStatus'], ...catalogFilters.map((filter) => [filter, filter] as [keyof typeof breakdowns, keyof PeopleFilters])];
    for (const [breakdown, filter] of checks) {
      const expected = countBy(people, breakdown, day);
      expect(expected.size, breakdown).toBeGreaterThan(1);
      for (const [value, total] of expected) expect(count({ [filter]: value }), `${filter}=${value}`).toBe(total);
    }
    for (const sex of sexes) expect(count({ sex })).toBe(people.filter((each) => each.sex === sex).length);
    expect(ageBands.reduce((sum, ageBand) => sum + count({ ageBand }), 0)).toBe(3000);
    expect(memberStatuses.reduce((sum, memberStatus) => sum + count({ memberStatus }), 0)).toBe(3000);
  });

  it('counts the people of a unit subtree as the tree and the unit histories give them', () => {
    const tree = new UnitTree(generatedUnits, day);
    const district = tree.roots[0]!.children[0]!;
    const checked = [tree.roots[0]!, district, ...district.children.filter((child) => child.children.length > 2).slice(0, 2)];
    for (const root of checked) {
      const subtree = tree.subtreeIds(root.id);
      const expected = people.filter((each) => subtree.has(unitOn(each, day) ?? each.unitId)).length;
      expect(expected, root.name).toBeGreaterThan(0);
      expect(count({ unitId: root.id }), root.name).toBe(expected);
    }
  });

  it('counts the planning pool and term ends from the events', () => {
    expect(pool.size).toBeGreaterThan(0);
    expect(count({ inPlanning: true })).toBe(people.filter((each) => pool.has(each.id)).length);
    expect(termEnds.size).toBeGreaterThan(0);
    const within = (days: number) => [...termEnds.values()].filter((end) => end >= day && (Date.parse(end) - Date.parse(day)) / 86_400_000 <= days).length;
    for (const days of [365, 1500, 3650]) expect(count({ termEndsWithinDays: days })).toBe(within(days));
  });

  it('finds by name what a plain search of the folded names finds, letter by letter', () => {
    const sample = people[42]!.fullName;
    const typed = foldForSearch(sample);
    for (let length = 1; length <= typed.length; length += 1) {
      const search = typed.slice(0, length);
      const expected = people.filter((each) => foldForSearch(each.fullName).includes(search.trim())).length;
      expect(count({}, search), search).toBe(expected);
    }
    expect(count({}, sample)).toBeGreaterThanOrEqual(1);
  });

  it('sorts names as the Vietnamese collator orders given names', () => {
    const rows = answer(index, {});
    const given = rows.map((row) => row.fullName.split(' ').at(-1)!);
    const collator = new Intl.Collator('vi');
    for (let position = 1; position < given.length; position += 1) expect(collator.compare(given[position - 1]!, given[position]!)).toBeLessThanOrEqual(0);
  });
});

describe('what the filters offer', () => {
  it('lists the units in tree order with their depth, named as the table names them', () => {
    expect(indexOf([]).unitOptions()).toEqual([
      { id: 'p', name: 'Đảng bộ tỉnh Phú Thọ', depth: 0 },
      { id: 'd1', name: 'Đảng bộ huyện Lâm Thao', depth: 1 },
      { id: 'c1', name: 'Đảng bộ xã Sơn Vi', depth: 2 },
      { id: 'k1', name: 'Chi bộ Khu 1 – Đảng bộ xã Sơn Vi', depth: 3 },
      { id: 'k2', name: 'Chi bộ Khu 2 – Đảng bộ xã Sơn Vi', depth: 3 },
      { id: 'd2', name: 'Đảng bộ huyện Thanh Ba', depth: 1 },
      { id: 'g2', name: 'Chi bộ Trường THPT Thanh Ba', depth: 2 },
    ]);
  });

  it('lists the catalog entries in force, in catalog order', () => {
    const options = indexOf([]).filterOptions();
    expect(options.ethnicity[0]).toEqual({ code: '01', name: 'Kinh' });
    expect(options.religion.at(-1)).toEqual({ code: '99', name: 'Không' });
    expect(options.politicalTheory.map((option) => option.code)).toEqual(['CN', 'CC', 'TC', 'SC', 'none']);
  });
});
