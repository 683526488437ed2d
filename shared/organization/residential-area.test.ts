import { describe, expect, it } from 'vitest';
import { issuesOf, sampleResidentialArea } from '../records/test-fixtures';
import { residentialAreaRecordType } from './residential-area';

describe('residential areas', () => {
  it('accept an area and index its commune and its current coverage', () => {
    const area = sampleResidentialArea({
      coverage: [
        { from: '2010-01-01', statusCode: 'no-member' },
        { from: '2024-05-19', statusCode: 'joint-cell', cellUnitId: 'u7' },
      ],
    });
    expect(issuesOf('residentialArea', area)).toEqual([]);
    expect(residentialAreaRecordType.derive!(residentialAreaRecordType.schema.parse(area))).toEqual({
      _adminUnitId: 'a1',
      _nameKey: 'khu 3',
      _cellStatus: 'joint-cell',
      _cellUnitId: 'u7',
    });
    expect(residentialAreaRecordType.derive!(residentialAreaRecordType.schema.parse(sampleResidentialArea({ coverage: [{ from: '2010-01-01', statusCode: 'no-member' }] })))).not.toHaveProperty('_cellUnitId');
  });

  it('refuse a missing commune or status and coverage out of time order', () => {
    const period = sampleResidentialArea().periods[0]!;
    expect(issuesOf('residentialArea', sampleResidentialArea({ periods: [{ ...period, adminUnitId: '' }] }))).toEqual([
      { field: 'periods.0.adminUnitId', messageKey: 'validation.required' },
    ]);
    expect(
      issuesOf('residentialArea', sampleResidentialArea({ coverage: [{ from: '2020-01-01', statusCode: 'joint-cell' }, { from: '2019-01-01', statusCode: '' }] })),
    ).toEqual([
      { field: 'coverage.1.statusCode', messageKey: 'validation.chooseOne' },
      { field: 'coverage.1.from', messageKey: 'validation.outOfOrder' },
    ]);
    expect(issuesOf('residentialArea', sampleResidentialArea({ coverage: [] }))).toEqual([{ field: 'coverage', messageKey: 'validation.required' }]);
  });
});
