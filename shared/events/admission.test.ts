import { describe, expect, it } from 'vitest';
import { issuesOf, sampleAdmissionCase } from '../records/test-fixtures';
import { admissionCaseRecordType, hasReached } from './admission';

const decision = { number: '55-QĐ/ĐU', date: '2025-09-01' };

describe('admission cases', () => {
  it('accept a case before admission, and one that reached full membership', () => {
    expect(issuesOf('admissionCase', sampleAdmissionCase())).toEqual([]);
    const full = sampleAdmissionCase({
      stage: 'full-membership',
      admissionDecision: decision,
      ceremonyDate: '2025-09-10',
      probationEndsOn: '2026-09-10',
      fullMembershipDecision: { number: '70-QĐ/ĐU', date: '2026-09-15' },
      stageHistory: [...sampleAdmissionCase().stageHistory, { stage: 'admission-decision', date: '2025-09-01' }, { stage: 'full-membership', date: '2026-09-15' }],
    });
    expect(issuesOf('admissionCase', full)).toEqual([]);
    expect(admissionCaseRecordType.derive!(admissionCaseRecordType.schema.parse(full))).toEqual({ _admittedOn: '2025-09-01', _open: 0 });
    expect(admissionCaseRecordType.derive!(admissionCaseRecordType.schema.parse(sampleAdmissionCase()))).toEqual({ _open: 1 });
  });

  it('know which stages a case has reached', () => {
    expect(hasReached('ceremony', 'admission-decision')).toBe(true);
    expect(hasReached('sympathizer', 'admission-decision')).toBe(false);
    expect(hasReached('withdrawn', 'sympathizer')).toBe(false);
  });

  it('require what a stage cannot be reached without', () => {
    const history = [...sampleAdmissionCase().stageHistory, { stage: 'full-membership' as const, date: '2026-09-15' }];
    expect(issuesOf('admissionCase', sampleAdmissionCase({ stage: 'full-membership', stageHistory: history }))).toEqual([
      { field: 'admissionDecision', messageKey: 'validation.required' },
      { field: 'ceremonyDate', messageKey: 'validation.required' },
      { field: 'fullMembershipDecision', messageKey: 'validation.required' },
    ]);
  });

  it('refuse a stage history that disagrees with the stage or runs backwards, and bad helpers', () => {
    expect(issuesOf('admissionCase', sampleAdmissionCase({ stage: 'sympathizer' }))).toEqual([{ field: 'stage', messageKey: 'validation.stageHistoryMismatch' }]);
    const [first, second] = sampleAdmissionCase().stageHistory;
    expect(issuesOf('admissionCase', sampleAdmissionCase({ stage: 'sympathizer', stageHistory: [{ ...first!, date: '2025-02-01' }, second!] }))).toEqual([
      { field: 'stageHistory.1.date', messageKey: 'validation.outOfOrder' },
    ]);
    expect(issuesOf('admissionCase', sampleAdmissionCase({ helperPersonIds: ['p1', 'p1', 'p2'] }))).toEqual([
      { field: 'helperPersonIds.1', messageKey: 'validation.duplicate' },
      { field: 'helperPersonIds.2', messageKey: 'validation.helperIsCandidate' },
    ]);
    expect(issuesOf('admissionCase', sampleAdmissionCase({ stageHistory: [] }))).toEqual([{ field: 'stageHistory', messageKey: 'validation.required' }]);
  });

  it('refuse dates in the wrong order', () => {
    expect(
      issuesOf(
        'admissionCase',
        sampleAdmissionCase({ awarenessCertificateExpiresOn: '2025-05-20', admissionDecision: decision, ceremonyDate: '2025-08-31', probationEndsOn: '2025-08-31' }),
      ),
    ).toEqual([
      { field: 'awarenessCertificateExpiresOn', messageKey: 'validation.endBeforeStart' },
      { field: 'ceremonyDate', messageKey: 'validation.endBeforeStart' },
      { field: 'probationEndsOn', messageKey: 'validation.endBeforeStart' },
    ]);
  });
});
