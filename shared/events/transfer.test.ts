import { describe, expect, it } from 'vitest';
import { issuesOf, sampleMembershipTransfer } from '../records/test-fixtures';
import { membershipTransferRecordType, presentationDeadline } from './transfer';

describe('membership transfers', () => {
  it('accept a letter in transit, an accepted one and one abroad', () => {
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer())).toEqual([]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ status: 'accepted', acceptedOn: '2025-09-20', toUnitId: 'u5' }))).toEqual([]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ kind: 'abroad', hops: [], destination: 'Chi bộ ngoài nước' }))).toEqual([]);
    expect(membershipTransferRecordType.derive!(membershipTransferRecordType.schema.parse(sampleMembershipTransfer()))).toEqual({ _inTransit: 1 });
  });

  it('give 30 days to present the letter', () => {
    expect(presentationDeadline('2025-09-02')).toBe('2025-10-02');
    expect(presentationDeadline('2025-12-15')).toBe('2026-01-14');
  });

  it('refuse an internal transfer without the receiving unit, and a transfer to the same unit', () => {
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ kind: 'internal' }))).toEqual([{ field: 'toUnitId', messageKey: 'validation.required' }]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ toUnitId: 'u1' }))).toEqual([{ field: 'toUnitId', messageKey: 'validation.moveToSameUnit' }]);
  });

  it('refuse dates before the letter was issued, hops out of order, and acceptance that disagrees with the status', () => {
    const hop = { office: 'Ban Tổ chức Tỉnh ủy', signedOn: '2025-09-01' };
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ presentBy: '2025-09-01', hops: [sampleMembershipTransfer().hops![0]!, hop] }))).toEqual([
      { field: 'presentBy', messageKey: 'validation.endBeforeStart' },
      { field: 'hops.1.signedOn', messageKey: 'validation.outOfOrder' },
    ]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ hops: [hop] }))).toEqual([{ field: 'hops.0.signedOn', messageKey: 'validation.endBeforeStart' }]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ status: 'accepted' }))).toEqual([{ field: 'acceptedOn', messageKey: 'validation.required' }]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ acceptedOn: '2025-09-20' }))).toEqual([{ field: 'acceptedOn', messageKey: 'validation.notForStatus' }]);
    expect(issuesOf('membershipTransfer', sampleMembershipTransfer({ kind: 'lateral' as 'internal', letterNumber: '', status: 'lost' as 'returned' }))).toEqual([
      { field: 'kind', messageKey: 'validation.chooseOne' },
      { field: 'letterNumber', messageKey: 'validation.required' },
      { field: 'status', messageKey: 'validation.chooseOne' },
    ]);
  });
});
