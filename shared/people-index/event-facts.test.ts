import { describe, expect, it } from 'vitest';
import { currentTermEnds, planningPoolOn } from './event-facts';

describe('current appointment terms', () => {
  it('come from the latest movement in effect, when it set a term', () => {
    const ends = currentTermEnds(
      [
        { personId: 'a', effectiveDate: '2020-01-01', termEndDate: '2025-01-01' },
        { personId: 'a', effectiveDate: '2024-06-01', termEndDate: '2029-06-01' },
        { personId: 'b', effectiveDate: '2022-01-01', termEndDate: '2027-01-01' },
        // Dismissed later: no term any more.
        { personId: 'b', effectiveDate: '2024-01-01', termEndDate: undefined },
        // Not in effect yet on the day.
        { personId: 'c', effectiveDate: '2026-09-01', termEndDate: '2031-09-01' },
        { personId: 'd', effectiveDate: '2026-01-01', termEndDate: '2031-01-01' },
      ],
      '2026-06-30',
    );
    expect(Object.fromEntries(ends)).toEqual({ a: '2029-06-01', d: '2031-01-01' });
  });
});

describe('the planning pool on a day', () => {
  it('holds candidates added by then and not removed by then', () => {
    const pool = planningPoolOn(
      [
        { personId: 'a', addedOn: '2025-03-01', removedOn: undefined },
        { personId: 'b', addedOn: '2025-03-01', removedOn: '2026-01-01' },
        { personId: 'c', addedOn: '2025-03-01', removedOn: '2026-12-01' },
        { personId: 'd', addedOn: '2026-12-01', removedOn: undefined },
      ],
      '2026-06-30',
    );
    expect([...pool].sort()).toEqual(['a', 'c']);
  });
});
