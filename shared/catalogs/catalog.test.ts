import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog';
import { activeEntries, catalogEntrySchema, catalogNames, entryByName, findEntry, isActiveAt, ratingForPoints } from './catalog';
import { isIsoDate } from '../dates/partial-date';
import { officialCatalog, officialCatalogEntries } from './official-catalogs';

const entry = (overrides: Partial<CatalogEntry>): CatalogEntry => ({
  catalog: 'healthStatus',
  code: 'x',
  name: 'X',
  validFrom: null,
  validTo: null,
  sortOrder: 1,
  ...overrides,
});

describe('catalog entry schema', () => {
  it('accepts every official entry', () => {
    for (const item of officialCatalogEntries) {
      const result = catalogEntrySchema.safeParse(item);
      expect(result.success, `${item.catalog} ${item.code}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('refuses impossible dates and an end before the start', () => {
    expect(catalogEntrySchema.safeParse(entry({ validFrom: '2014-02-30' })).success).toBe(false);
    expect(catalogEntrySchema.safeParse(entry({ validFrom: '24/01/2014' })).success).toBe(false);
    const reversed = catalogEntrySchema.safeParse(entry({ validFrom: '2020-01-01', validTo: '2019-01-01' }));
    expect(reversed.error?.issues[0]?.message).toBe('validation.endBeforeStart');
  });

  it('refuses an unknown catalog and a blank code', () => {
    expect(catalogEntrySchema.safeParse({ ...entry({}), catalog: 'planets' }).success).toBe(false);
    expect(catalogEntrySchema.safeParse(entry({ code: ' ' })).success).toBe(false);
  });

  it('checks ISO dates against the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-1-05')).toBe(false);
  });
});

describe('official catalogs', () => {
  it('fill every catalog', () => {
    for (const name of catalogNames) expect(officialCatalog(name).length, name).toBeGreaterThan(0);
  });

  it('keep codes unique within each catalog and sort orders in list order', () => {
    for (const name of catalogNames) {
      const entries = officialCatalog(name);
      const codes = entries.map((item) => item.code);
      expect(new Set(codes).size, name).toBe(codes.length);
      expect(entries.map((item) => item.sortOrder), name).toEqual(entries.map((_, index) => index + 1));
    }
  });

  it('list exactly the 54 ethnic groups with the 2008 codes', () => {
    const ethnicity = officialCatalog('ethnicity');
    expect(ethnicity).toHaveLength(54);
    expect(ethnicity.map((item) => item.code)).toEqual(Array.from({ length: 54 }, (_, index) => String(index + 1).padStart(2, '0')));
    const nameOf = (code: string) => findEntry(officialCatalogEntries, 'ethnicity', code)?.name;
    expect(nameOf('01')).toBe('Kinh');
    expect(nameOf('05')).toBe('Khơ-me');
    expect(nameOf('08')).toBe("H'Mông");
    expect(nameOf('24')).toBe('Bru-Vân Kiều');
    expect(nameOf('47')).toBe('Cơ Lao');
    expect(nameOf('54')).toBe('Ơ Đu');
    expect(ethnicity.filter((item) => item.attributes?.isMinority === false).map((item) => item.code)).toEqual(['01']);
  });

  it('list the religions 01-15 and 99 "Không"', () => {
    expect(officialCatalog('religion').map((item) => item.code)).toEqual([
      ...Array.from({ length: 15 }, (_, index) => String(index + 1).padStart(2, '0')),
      '99',
    ]);
    expect(findEntry(officialCatalogEntries, 'religion', '99')?.name).toBe('Không');
    expect(findEntry(officialCatalogEntries, 'religion', '08')?.name).toBe('Tin Lành');
  });

  it('rank degrees, political theory and state management for comparisons', () => {
    const rank = (catalog: 'professionalDegree' | 'politicalTheory' | 'stateManagement', code: string) =>
      findEntry(officialCatalogEntries, catalog, code)?.attributes?.rank;
    expect(rank('professionalDegree', 'ThS')).toBeGreaterThan(rank('professionalDegree', 'DH') as number);
    expect(rank('politicalTheory', 'CN')).toBeGreaterThan(rank('politicalTheory', 'CC') as number);
    expect(rank('stateManagement', 'none')).toBe(0);
  });

  it('give each civil-service grade its steps and step interval', () => {
    for (const item of officialCatalog('civilServiceGrade')) {
      expect(item.code).toMatch(/^\d{2}\.\d{3}$/);
      expect([2, 3]).toContain(item.attributes?.stepIntervalYears);
      expect(item.attributes?.salaryStepCount).toBeGreaterThan(0);
    }
    expect(findEntry(officialCatalogEntries, 'civilServiceGrade', '01.003')?.attributes).toEqual({ salaryStepCount: 9, stepIntervalYears: 3 });
    expect(findEntry(officialCatalogEntries, 'civilServiceGrade', '01.005')?.attributes?.stepIntervalYears).toBe(2);
  });

  it('restrict party discipline forms to who may receive them', () => {
    const codesFor = (flag: string) =>
      officialCatalog('partyDisciplineForm')
        .filter((item) => item.attributes?.[flag] === true)
        .map((item) => item.code);
    expect(codesFor('forProbationaryMember')).toEqual(['reprimand', 'warning']);
    expect(codesFor('forFullMember')).toEqual(['reprimand', 'warning', 'removal-from-post', 'expulsion']);
    expect(codesFor('forOrganization')).toEqual(['reprimand', 'warning', 'dissolution']);
  });

  it('give every rating a scheme that exists and shares its validity', () => {
    for (const item of officialCatalog('rating')) {
      const scheme = findEntry(officialCatalogEntries, 'ratingScheme', String(item.attributes?.scheme));
      expect(scheme, item.code).toBeDefined();
      expect([item.validFrom, item.validTo]).toEqual([scheme?.validFrom, scheme?.validTo]);
      expect(['excellent', 'good', 'completed', 'notCompleted', 'weak']).toContain(item.attributes?.level);
    }
  });

  it('mark party badges from 30 to 90 years', () => {
    const years = officialCatalog('awardForm')
      .filter((item) => item.attributes?.kind === 'partyBadge')
      .map((item) => item.attributes?.years);
    expect(years).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
  });
});

describe('active entries', () => {
  const codesAt = (catalog: 'ratingScheme' | 'rating' | 'foreignLanguageLevel' | 'itLevel' | 'unitKind', asAt: string) =>
    activeEntries(officialCatalogEntries, catalog, asAt).map((item) => item.code);

  it('offer the rating schemes of each era', () => {
    expect(codesAt('ratingScheme', '2007-12-31')).toEqual([]);
    expect(codesAt('ratingScheme', '2012-06-30')).toEqual(['org-2008', 'member-2008']);
    expect(codesAt('ratingScheme', '2017-12-31')).toEqual(['org-2008', 'member-2008']);
    expect(codesAt('ratingScheme', '2018-01-01')).toEqual(['2018']);
    expect(codesAt('ratingScheme', '2024-12-31')).toEqual(['2018']);
    expect(codesAt('ratingScheme', '2025-01-01')).toEqual(['2025']);
    expect(codesAt('rating', '2016-12-31').filter((code) => code.startsWith('org-2008.'))).toEqual([
      'org-2008.excellent',
      'org-2008.good',
      'org-2008.completed',
      'org-2008.weak',
    ]);
    expect(codesAt('rating', '2020-01-01')).toHaveLength(4);
  });

  it('switch language and IT levels to the 2014 frameworks', () => {
    expect(codesAt('foreignLanguageLevel', '2014-01-23')).toEqual(['A', 'B', 'C']);
    expect(codesAt('foreignLanguageLevel', '2014-01-24')).toEqual(['BAC1', 'BAC2', 'BAC3', 'BAC4', 'BAC5', 'BAC6']);
    expect(codesAt('itLevel', '2010-05-01')).toEqual(['A', 'B', 'C']);
    expect(codesAt('itLevel', '2020-05-01')).toEqual(['CB', 'NC']);
  });

  it('drop the district level from 1 July 2025 but still find it for old records', () => {
    expect(codesAt('unitKind', '2025-06-30')).toContain('district-committee');
    expect(codesAt('unitKind', '2025-07-01')).not.toContain('district-committee');
    expect(findEntry(officialCatalogEntries, 'unitKind', 'district-committee')?.name).toBe('Đảng bộ cấp huyện');
  });

  it('treat from as inclusive, to as exclusive and null as open', () => {
    const bounded = entry({ validFrom: '2020-01-01', validTo: '2021-01-01' });
    expect(isActiveAt(bounded, '2019-12-31')).toBe(false);
    expect(isActiveAt(bounded, '2020-01-01')).toBe(true);
    expect(isActiveAt(bounded, '2020-12-31')).toBe(true);
    expect(isActiveAt(bounded, '2021-01-01')).toBe(false);
    expect(isActiveAt(entry({}), '1900-01-01')).toBe(true);
  });

  it('sort by sortOrder and keep to the asked catalog', () => {
    const entries = [
      entry({ code: 'b', sortOrder: 2 }),
      entry({ code: 'a', sortOrder: 1 }),
      entry({ catalog: 'bloodGroup', code: 'O', sortOrder: 0 }),
    ];
    expect(activeEntries(entries, 'healthStatus', '2025-01-01').map((item) => item.code)).toEqual(['a', 'b']);
  });
});

describe('entryByName', () => {
  const ethnicCode = (name: string) => entryByName(officialCatalogEntries, 'ethnicity', name)?.code;

  it('ignores diacritics, case and spacing', () => {
    expect(ethnicCode('kinh')).toBe('01');
    expect(ethnicCode('O DU')).toBe('54');
    expect(ethnicCode('ê đê')).toBe('11');
    expect(ethnicCode('Khơ Me')).toBe('05');
    expect(ethnicCode('hmong')).toBe('08');
    expect(ethnicCode('  Bru - Vân Kiều ')).toBe('24');
    expect(ethnicCode('Co Lao')).toBe('47');
  });

  it('maps legacy names through parentheses and aliases', () => {
    expect(ethnicCode('Kinh (Việt)')).toBe('01');
    expect(ethnicCode('Mèo')).toBe('08');
    expect(ethnicCode('HMông (Mèo)')).toBe('08');
    expect(ethnicCode('Sán Chay (Cao Lan-Sán chỉ)')).toBe('13');
    expect(ethnicCode('Khmer')).toBe('05');
  });

  it('finds every official entry by its own name (ratings repeat names across schemes, so look them up by code)', () => {
    for (const item of officialCatalogEntries.filter((candidate) => candidate.catalog !== 'rating')) {
      expect(entryByName(officialCatalogEntries, item.catalog, item.name), `${item.catalog} ${item.name}`).toBe(item);
    }
  });

  it('keeps Co and Cơ Lao apart and finds nothing for unknown names', () => {
    expect(ethnicCode('Co')).toBe('30');
    expect(ethnicCode('Người sao Hỏa')).toBeUndefined();
    expect(ethnicCode('')).toBeUndefined();
    expect(entryByName(officialCatalogEntries, 'religion', 'KHONG')?.code).toBe('99');
  });
});

describe('ratingForPoints', () => {
  const level = (points: number) => ratingForPoints(officialCatalogEntries, '2025', points)?.attributes?.level;

  it('grades the 2025 points scale at its boundaries', () => {
    expect(level(100)).toBe('excellent');
    expect(level(90)).toBe('excellent');
    expect(level(89.5)).toBe('good');
    expect(level(70)).toBe('good');
    expect(level(69)).toBe('completed');
    expect(level(50)).toBe('completed');
    expect(level(49.9)).toBe('notCompleted');
    expect(level(0)).toBe('notCompleted');
    expect(level(101)).toBeUndefined();
    expect(ratingForPoints(officialCatalogEntries, '2018', 95)).toBeUndefined();
  });
});
