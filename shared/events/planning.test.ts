import { describe, expect, it } from 'vitest';
import { issuesOf, samplePlannedPosition, samplePlanningCandidate, samplePlanningCycle } from '../records/test-fixtures';
import { planningCandidateRecordType } from './planning';

describe('succession planning', () => {
  it('accept a cycle, a position and a candidate', () => {
    expect(issuesOf('planningCycle', samplePlanningCycle())).toEqual([]);
    expect(issuesOf('plannedPosition', samplePlannedPosition())).toEqual([]);
    expect(issuesOf('planningCandidate', samplePlanningCandidate())).toEqual([]);
    const removed = samplePlanningCandidate({ removedOn: '2026-03-01', removalDecision: { number: '30-QĐ/ĐU', date: '2026-03-01' } });
    expect(issuesOf('planningCandidate', removed)).toEqual([]);
    expect(planningCandidateRecordType.derive!(planningCandidateRecordType.schema.parse(removed))).toEqual({ _active: 0 });
  });

  it('refuse terms that end before they start', () => {
    expect(issuesOf('planningCycle', samplePlanningCycle({ partyTermTo: 2025, stateTermFrom: 2032 }))).toEqual([
      { field: 'partyTermTo', messageKey: 'validation.endBeforeStart' },
      { field: 'stateTermTo', messageKey: 'validation.endBeforeStart' },
    ]);
    expect(issuesOf('planningCycle', samplePlanningCycle({ name: '', partyTermFrom: '2025' as unknown as number }))).toEqual([
      { field: 'name', messageKey: 'validation.required' },
      { field: 'partyTermFrom', messageKey: 'validation.number' },
    ]);
  });

  it('refuse a position without seats or level', () => {
    expect(issuesOf('plannedPosition', samplePlannedPosition({ seats: 0, level: 'commune' as 'grassroots', cycleId: '' }))).toEqual([
      { field: 'cycleId', messageKey: 'validation.required' },
      { field: 'level', messageKey: 'validation.chooseOne' },
      { field: 'seats', messageKey: 'validation.tooSmall' },
    ]);
  });

  it('refuse a candidate without decision, removal without its decision, and impossible votes', () => {
    const { decision: _decision, ...withoutDecision } = samplePlanningCandidate();
    expect(issuesOf('planningCandidate', withoutDecision)).toEqual([{ field: 'decision', messageKey: 'validation.required' }]);
    expect(issuesOf('planningCandidate', samplePlanningCandidate({ removedOn: '2025-01-01' }))).toEqual([
      { field: 'removedOn', messageKey: 'validation.endBeforeStart' },
      { field: 'removalDecision', messageKey: 'validation.required' },
    ]);
    expect(issuesOf('planningCandidate', samplePlanningCandidate({ removalDecision: { number: '30-QĐ/ĐU', date: '2026-03-01' } }))).toEqual([
      { field: 'removedOn', messageKey: 'validation.required' },
    ]);
    const vote = samplePlanningCandidate().votes![0]!;
    expect(
      issuesOf('planningCandidate', samplePlanningCandidate({ votes: [{ ...vote, votesFor: 44, votesAgainst: 2 }, { ...vote, step: 'Ban Thường vụ', date: '2025-01-01' }] })),
    ).toEqual([
      { field: 'votes.1.date', messageKey: 'validation.outOfOrder' },
      { field: 'votes.0.totalVoters', messageKey: 'validation.votesExceedVoters' },
    ]);
  });
});
