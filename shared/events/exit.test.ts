import { describe, expect, it } from 'vitest';
import { issuesOf, samplePartyExit } from '../records/test-fixtures';

describe('leaving the party', () => {
  it('accept each way out; death needs no decision', () => {
    expect(issuesOf('partyExit', samplePartyExit())).toEqual([]);
    expect(issuesOf('partyExit', samplePartyExit({ type: 'death', decision: undefined, reason: undefined }))).toEqual([]);
  });

  it('refuse an unknown type, a missing decision and a partial date', () => {
    expect(issuesOf('partyExit', samplePartyExit({ type: 'retired' as 'death', date: '2025-04' }))).toEqual([
      { field: 'type', messageKey: 'validation.chooseOne' },
      { field: 'date', messageKey: 'validation.date' },
    ]);
    expect(issuesOf('partyExit', samplePartyExit({ type: 'expulsion', decision: undefined }))).toEqual([{ field: 'decision', messageKey: 'validation.required' }]);
    expect(issuesOf('partyExit', samplePartyExit({ decision: { number: '', date: '2025-04-01' } }))).toEqual([{ field: 'decision.number', messageKey: 'validation.required' }]);
  });
});
