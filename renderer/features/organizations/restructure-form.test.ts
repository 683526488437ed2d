import { describe, expect, it } from 'vitest';
import type { UnitNode } from '../../../shared/organization/unit-tree';
import { childKind, controlFor, initialValues, toRequest } from './restructure-form';

const node = (id: string, kind: string, parentId: string | null): UnitNode => ({ id, code: id.toUpperCase(), name: `Đơn vị ${id}`, kind, isGrassroots: kind.startsWith('grassroots'), parentId, children: [] });
const commune = node('x', 'grassroots-committee', 'h');
const cell = node('c1', 'cell', 'x');
const issue = (field: string) => ({ field, messageKey: 'validation.required', params: {} });

describe('the restructuring form', () => {
  it('sends days as the service takes them, the decision date standing for a blank effective date', () => {
    const values = { ...initialValues('rename', cell), name: 'Chi bộ Khu Một', decisionNumber: '12-QĐ/ĐU', decisionDate: '1/7/2025' };
    expect(toRequest('rename', cell, values)).toEqual({ kind: 'rename', unitId: 'c1', name: 'Chi bộ Khu Một', decision: { number: '12-QĐ/ĐU', date: '2025-07-01' }, effectiveDate: '2025-07-01' });
    // What cannot be read goes as typed, for the service to refuse in Vietnamese.
    expect(toRequest('rename', cell, { ...values, decisionDate: '31/02/2025', effectiveDate: '15/07/2025', note: 'Theo Đề án' })).toMatchObject({
      decision: { date: '31/02/2025' },
      effectiveDate: '2025-07-15',
      note: 'Theo Đề án',
    });
  });

  it('builds each kind of request from what the form holds', () => {
    const base = { ...initialValues('add', commune), decisionNumber: '1', decisionDate: '01/07/2025' };
    expect(toRequest('add', commune, { ...base, newUnit: { ...base.newUnit, code: ' x.09 ', name: 'Chi bộ Khu 9' } })).toMatchObject({
      kind: 'create',
      unit: { code: 'X.09', name: 'Chi bộ Khu 9', kind: 'cell', isGrassroots: false, parentId: 'x' },
    });
    const merge = { ...initialValues('merge', cell), decisionNumber: '1', decisionDate: '01/07/2025', sourceIds: ['c1', 'c2'] };
    expect(toRequest('merge', cell, { ...merge, targetMode: 'existing', targetId: 'c3' })).toMatchObject({ kind: 'merge', sourceIds: ['c1', 'c2'], target: { existingId: 'c3' } });
    expect(toRequest('merge', cell, merge)).toMatchObject({ target: { newUnit: { kind: 'cell', parentId: 'x' } } });
    const split = { ...initialValues('split', cell), decisionNumber: '1', decisionDate: '01/07/2025', splitParentId: 'y', memberTargets: { p1: 1 } };
    expect(toRequest('split', cell, split)).toMatchObject({ kind: 'split', sourceId: 'c1', targets: [{ parentId: 'y' }, { parentId: 'y' }], assignments: { members: { p1: 1 }, subUnits: {} } });
    expect(toRequest('move', cell, { ...base, parentId: 'y' })).toMatchObject({ kind: 'reparent', unitId: 'c1', parentId: 'y' });
    expect(toRequest('dissolve', cell, base)).toMatchObject({ kind: 'dissolve', unitId: 'c1' });
  });

  it('puts each refusal next to the control it is about', () => {
    const values = initialValues('merge', cell);
    expect(controlFor('merge', issue('decision.date'), values)).toBe('decisionDate');
    expect(controlFor('merge', issue('effectiveDate'), values)).toBe('decisionDate');
    expect(controlFor('merge', issue('effectiveDate'), { ...values, effectiveDate: '01/08/2025' })).toBe('effectiveDate');
    expect(controlFor('merge', issue('newUnit.code'), values)).toBe('newUnit.code');
    expect(controlFor('merge', issue('sourceIds'), values)).toBe('sourceIds');
    expect(controlFor('add', issue('code'), values)).toBe('newUnit.code');
    expect(controlFor('split', issue('targets.1.name'), values)).toBe('targets.1.name');
    expect(controlFor('split', issue('targets.0.parentId'), values)).toBe('splitParentId');
    expect(controlFor('rename', issue('unitId'), values)).toBeNull();
  });

  it('offers cells under grassroots committees', () => {
    expect(childKind(commune)).toBe('cell');
    expect(childKind(node('h', 'district-committee', null))).toBe('');
  });
});
