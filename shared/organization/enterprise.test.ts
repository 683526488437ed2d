import { describe, expect, it } from 'vitest';
import { issuesOf, sampleEnterprise } from '../records/test-fixtures';
import { enterpriseRecordType } from './enterprise';

describe('non-state enterprises', () => {
  it('accept an enterprise with or without a party organization', () => {
    expect(issuesOf('enterprise', sampleEnterprise())).toEqual([]);
    expect(issuesOf('enterprise', sampleEnterprise({ taxCode: '2600123456-001', partyUnitId: 'u9', partyUnitSince: '2019-03-01' }))).toEqual([]);
    const { figures: _figures, ...withoutFigures } = sampleEnterprise();
    expect(enterpriseRecordType.schema.parse(withoutFigures).figures).toEqual([]);
    expect(enterpriseRecordType.derive!(enterpriseRecordType.schema.parse(sampleEnterprise()))).toEqual({ _nameKey: 'cong ty tnhh may phu tho', _hasPartyUnit: 0 });
    expect(enterpriseRecordType.derive!(enterpriseRecordType.schema.parse(sampleEnterprise({ partyUnitId: 'u9' })))).toMatchObject({ _hasPartyUnit: 1 });
  });

  it('refuse a bad tax code, more members than workers, and dates in the wrong order', () => {
    expect(issuesOf('enterprise', sampleEnterprise({ taxCode: '26001234' }))).toEqual([{ field: 'taxCode', messageKey: 'validation.taxCode' }]);
    expect(issuesOf('enterprise', sampleEnterprise({ ownership: 'state' as 'domestic', name: '' }))).toEqual([
      { field: 'name', messageKey: 'validation.required' },
      { field: 'ownership', messageKey: 'validation.chooseOne' },
    ]);
    expect(
      issuesOf('enterprise', sampleEnterprise({ figures: [{ asOf: '2025-12-31', workforce: 10, partyMembers: 11 }, { asOf: '2024-12-31', workforce: 25, partyMembers: 0 }] })),
    ).toEqual([
      { field: 'figures.1.asOf', messageKey: 'validation.outOfOrder' },
      { field: 'figures.0.partyMembers', messageKey: 'validation.tooLarge' },
    ]);
    expect(issuesOf('enterprise', sampleEnterprise({ figures: [{ asOf: '2025-12-31', workforce: 2.5, partyMembers: -1 }] }))).toEqual([
      { field: 'figures.0.workforce', messageKey: 'validation.wholeNumber' },
      { field: 'figures.0.partyMembers', messageKey: 'validation.tooSmall' },
    ]);
    expect(issuesOf('enterprise', sampleEnterprise({ establishedOn: '2015-06', closedOn: '2015-05-31', partyUnitSince: '2016-01-01' }))).toEqual([
      { field: 'closedOn', messageKey: 'validation.endBeforeStart' },
      { field: 'partyUnitId', messageKey: 'validation.required' },
    ]);
  });
});
