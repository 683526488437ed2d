import { describe, expect, it } from 'vitest';
import { issuesOf, sampleAdminUnit } from '../records/test-fixtures';
import { adminUnitRecordType } from './admin-unit';

describe('administrative units', () => {
  it('accept a commune with its dated periods', () => {
    expect(issuesOf('adminUnit', sampleAdminUnit())).toEqual([]);
    const renamed = sampleAdminUnit({
      periods: [
        { from: '2008-01-01', to: '2025-07-01', name: 'Xã Vân Phú', level: 'commune', parentId: 'old-district' },
        { from: '2025-07-01', to: null, name: 'Phường Vân Phú', level: 'commune', parentId: 'new-province' },
      ],
    });
    expect(issuesOf('adminUnit', renamed)).toEqual([]);
    expect(adminUnitRecordType.derive!(adminUnitRecordType.schema.parse(renamed))).toEqual({ _parentId: 'new-province', _nameKey: 'phuong van phu', _level: 'commune' });
  });

  it('refuse bad codes, levels and periods, naming the field', () => {
    expect(issuesOf('adminUnit', sampleAdminUnit({ code: 'VP-1' }))).toEqual([{ field: 'code', messageKey: 'validation.adminUnitCode' }]);
    expect(issuesOf('adminUnit', sampleAdminUnit({ periods: [] }))).toEqual([{ field: 'periods', messageKey: 'validation.required' }]);
    const period = sampleAdminUnit().periods[0]!;
    expect(issuesOf('adminUnit', sampleAdminUnit({ periods: [{ ...period, level: 'ward' as 'commune', name: ' ' }] }))).toEqual([
      { field: 'periods.0.name', messageKey: 'validation.required' },
      { field: 'periods.0.level', messageKey: 'validation.chooseOne' },
    ]);
    expect(
      issuesOf('adminUnit', sampleAdminUnit({ periods: [{ ...period, to: '2020-01-01' }, { ...period, from: '2019-01-01' }] })),
    ).toEqual([{ field: 'periods.1.from', messageKey: 'validation.periodsOverlap' }]);
    expect(issuesOf('adminUnit', sampleAdminUnit({ periods: [{ ...period, to: '2008-01-01' }] }))).toEqual([{ field: 'periods.0.to', messageKey: 'validation.endBeforeStart' }]);
  });
});
