import { describe, expect, it } from 'vitest';
import { issuesOf, sampleCommendation } from '../records/test-fixtures';
import { commendationRecordType } from './commendation';

describe('commendations', () => {
  it('accept people and collectives in one decision, indexed by each recipient', () => {
    expect(issuesOf('commendation', sampleCommendation())).toEqual([]);
    expect(commendationRecordType.derive!(commendationRecordType.schema.parse(sampleCommendation()))).toEqual({ _personIds: ['p1'], _unitIds: ['u1'], _date: '2025-12-20' });
  });

  it('refuse no recipient, a recipient that is both or neither, and the same recipient twice', () => {
    expect(issuesOf('commendation', sampleCommendation({ recipients: [] }))).toEqual([{ field: 'recipients', messageKey: 'validation.required' }]);
    expect(issuesOf('commendation', sampleCommendation({ recipients: [{ personId: 'p1', unitId: 'u1' }, {}] }))).toEqual([
      { field: 'recipients.0.personId', messageKey: 'validation.recipientPersonOrUnit' },
      { field: 'recipients.1.personId', messageKey: 'validation.recipientPersonOrUnit' },
    ]);
    expect(issuesOf('commendation', sampleCommendation({ recipients: [{ unitId: 'u1' }, { unitId: 'u1' }] }))).toEqual([{ field: 'recipients.1', messageKey: 'validation.duplicate' }]);
  });

  it('refuse a missing form, reason or level', () => {
    expect(issuesOf('commendation', sampleCommendation({ formCode: '', reason: '', issuingLevel: 'ministry' as 'central' }))).toEqual([
      { field: 'formCode', messageKey: 'validation.chooseOne' },
      { field: 'reason', messageKey: 'validation.required' },
      { field: 'issuingLevel', messageKey: 'validation.chooseOne' },
    ]);
  });
});
