import { describe, expect, it } from 'vitest';
import { issuesOf, samplePostStandard } from '../records/test-fixtures';
import { inForceOn, postStandardRecordType } from './standards';

describe('post standards', () => {
  it('accept a standard, for every level or one', () => {
    expect(issuesOf('postStandard', samplePostStandard())).toEqual([]);
    expect(issuesOf('postStandard', samplePostStandard({ level: undefined, validTo: '2030-01-01' }))).toEqual([]);
  });

  it('are catalog data: only the province writes them', () => {
    expect(postStandardRecordType.provinceOnly).toBe(true);
  });

  it('refuse a missing post, an unknown level and a validity that ends before it starts', () => {
    expect(issuesOf('postStandard', samplePostStandard({ postCode: '', level: 'ward' as 'grassroots' }))).toEqual([
      { field: 'postCode', messageKey: 'validation.chooseOne' },
      { field: 'level', messageKey: 'validation.chooseOne' },
    ]);
    expect(issuesOf('postStandard', samplePostStandard({ validTo: '2025-01-01', validFrom: '2025-1-1' }))).toEqual([{ field: 'validFrom', messageKey: 'validation.date' }]);
    expect(issuesOf('postStandard', samplePostStandard({ validTo: '2025-01-01' }))).toEqual([{ field: 'validTo', messageKey: 'validation.endBeforeStart' }]);
  });

  it('apply from their first day up to the day they end', () => {
    const standard = { validFrom: '2021-01-01', validTo: '2026-01-01' };
    expect([inForceOn(standard, '2020-12-31'), inForceOn(standard, '2021-01-01'), inForceOn(standard, '2025-12-31'), inForceOn(standard, '2026-01-01')]).toEqual([false, true, true, false]);
    expect(inForceOn({ validFrom: '2021-01-01', validTo: undefined }, '2099-01-01')).toBe(true);
  });
});
