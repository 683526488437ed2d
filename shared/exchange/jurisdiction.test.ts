import { describe, expect, it } from 'vitest';
import type { Change } from '../records/change';
import { authorityProblem, type UnitLookup } from './jurisdiction';

const parents: Record<string, string | null> = { P: null, D: 'P', C: 'D', C1: 'C', C2: 'D' };
const lookup: UnitLookup = { parentOf: (id) => parents[id], unitsOfPerson: (id) => (id === 'p1' ? ['C1'] : []) };
const change = (type: string, values: Record<string, unknown>, id = 'x'): Change => ({ seq: 1, clock: 1, office: 'o', type, id, op: 'update', values, seen: {}, at: '' });
const commune = { level: 'grassroots', jurisdictionUnitId: 'C' };
const province = { level: 'province', jurisdictionUnitId: 'P' };

describe('authority over a change', () => {
  it('follows the units a record belongs to, before or after the change', () => {
    expect(authorityProblem(change('person', { phone: '0912' }, 'p1'), undefined, commune, lookup)).toBeNull();
    expect(authorityProblem(change('person', { unitId: 'C1' }, 'p9'), { unitId: 'C2' }, commune, lookup)).toBeNull();
    expect(authorityProblem(change('person', { phone: '0912' }, 'p9'), { unitId: 'C2' }, commune, lookup)).toBe('exchange.outsideJurisdiction');
    expect(authorityProblem(change('evaluation', { personId: 'p1', ratingCode: 'x' }), undefined, commune, lookup)).toBeNull();
  });

  it('gives catalogs and administrative units to the province alone', () => {
    expect(authorityProblem(change('catalogEntry', { name: 'x' }), undefined, commune, lookup)).toBe('exchange.catalogNotFromProvince');
    expect(authorityProblem(change('catalogEntry', { name: 'x' }), undefined, province, lookup)).toBeNull();
    const adminUnit = change('adminUnit', { periods: [{ parentId: 'admin-district' }] });
    expect(authorityProblem(adminUnit, undefined, province, lookup)).toBeNull();
    expect(authorityProblem(adminUnit, undefined, commune, lookup)).toBe('exchange.outsideJurisdiction');
  });

  it('reads adminUnitId as a place, not a party unit', () => {
    expect(authorityProblem(change('residentialArea', { adminUnitId: 'admin-commune', cellUnitId: 'C1' }), undefined, commune, lookup)).toBeNull();
  });
});
