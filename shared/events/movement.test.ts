import { describe, expect, it } from 'vitest';
import { issuesOf, sampleMovement } from '../records/test-fixtures';

describe('movements (rotation, appointment, dismissal…)', () => {
  it('accept an appointment with its term, and a dismissal with only the post left', () => {
    expect(issuesOf('movement', sampleMovement())).toEqual([]);
    expect(issuesOf('movement', sampleMovement({ movementTypeCode: 'dismissal', toUnitId: undefined, toPost: undefined, termYears: undefined, termEndDate: undefined, wasInPlanning: false }))).toEqual([]);
  });

  it('refuse a term ending before it starts, no post at all, and a missing decision or planning flag', () => {
    expect(issuesOf('movement', sampleMovement({ termEndDate: '2025-08-01', termYears: 0 }))).toEqual([
      { field: 'termYears', messageKey: 'validation.tooSmall' },
      { field: 'termEndDate', messageKey: 'validation.endBeforeStart' },
    ]);
    expect(issuesOf('movement', sampleMovement({ fromPost: undefined, toPost: undefined }))).toEqual([{ field: 'toPost', messageKey: 'validation.postRequired' }]);
    const { decision: _decision, wasInPlanning: _wasInPlanning, ...rest } = sampleMovement();
    expect(issuesOf('movement', { ...rest, movementTypeCode: '' })).toEqual([
      { field: 'movementTypeCode', messageKey: 'validation.chooseOne' },
      { field: 'wasInPlanning', messageKey: 'validation.chooseOne' },
      { field: 'decision', messageKey: 'validation.required' },
    ]);
  });
});
