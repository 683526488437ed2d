import { describe, expect, it } from 'vitest';
import { issuesOf, sampleEvaluation } from '../records/test-fixtures';
import { evaluationRecordType } from './evaluation';

describe('evaluations', () => {
  it('accept a member or an organization, yearly or quarterly', () => {
    expect(issuesOf('evaluation', sampleEvaluation())).toEqual([]);
    expect(issuesOf('evaluation', sampleEvaluation({ subject: 'unit', personId: undefined, unitId: 'u1', period: { year: 2025, quarter: 2 }, stage: 'self-assessment', decision: undefined }))).toEqual([]);
    expect(evaluationRecordType.derive!(evaluationRecordType.schema.parse(sampleEvaluation()))).toEqual({ _subjectId: 'p1', _year: 2025 });
  });

  it('require the person or the unit the subject names, and nothing of the other', () => {
    expect(issuesOf('evaluation', sampleEvaluation({ personId: undefined }))).toEqual([{ field: 'personId', messageKey: 'validation.subjectPersonRequired' }]);
    expect(issuesOf('evaluation', sampleEvaluation({ subject: 'unit' }))).toEqual([
      { field: 'unitId', messageKey: 'validation.subjectUnitRequired' },
      { field: 'personId', messageKey: 'validation.notForSubject' },
    ]);
    expect(issuesOf('evaluation', sampleEvaluation({ subject: 'group' as 'unit' }))).toEqual([{ field: 'subject', messageKey: 'validation.chooseOne' }]);
  });

  it('refuse a bad period, points out of the scale and an unknown stage', () => {
    expect(issuesOf('evaluation', sampleEvaluation({ period: { year: 1900, quarter: 5 }, points: 101, stage: 'draft' as 'decision', ratingCode: '' }))).toEqual([
      { field: 'period.year', messageKey: 'validation.tooSmall' },
      { field: 'period.quarter', messageKey: 'validation.tooLarge' },
      { field: 'ratingCode', messageKey: 'validation.chooseOne' },
      { field: 'points', messageKey: 'validation.tooLarge' },
      { field: 'stage', messageKey: 'validation.chooseOne' },
    ]);
    const { period: _period, ...withoutPeriod } = sampleEvaluation();
    expect(issuesOf('evaluation', withoutPeriod)).toEqual([{ field: 'period', messageKey: 'validation.required' }]);
  });
});
