import { describe, expect, it } from 'vitest';
import { issuesOf, sampleTrainingCourse, sampleTrainingEnrolment, sampleTrainingPlan } from '../records/test-fixtures';

describe('training plans, courses and enrolments', () => {
  it('accept a plan, a course and an enrolment', () => {
    expect(issuesOf('trainingPlan', sampleTrainingPlan())).toEqual([]);
    expect(issuesOf('trainingCourse', sampleTrainingCourse())).toEqual([]);
    expect(issuesOf('trainingCourse', sampleTrainingCourse({ subject: 'other', targetCode: undefined }))).toEqual([]);
    expect(issuesOf('trainingEnrolment', sampleTrainingEnrolment())).toEqual([]);
    expect(issuesOf('trainingEnrolment', sampleTrainingEnrolment({ status: 'completed', completedOn: '2026-11-30', certificate: 'Bằng Trung cấp LLCT-HC' }))).toEqual([]);
  });

  it('refuse a plan without year or name', () => {
    expect(issuesOf('trainingPlan', sampleTrainingPlan({ year: 3000, name: 'x'.repeat(301) }))).toEqual([
      { field: 'year', messageKey: 'validation.tooLarge' },
      { field: 'name', messageKey: 'validation.tooLong' },
    ]);
  });

  it('refuse a course without the level it leads to, or ending before it starts', () => {
    expect(issuesOf('trainingCourse', sampleTrainingCourse({ targetCode: undefined, to: '2026-02-28', quota: -1 }))).toEqual([
      { field: 'quota', messageKey: 'validation.tooSmall' },
      { field: 'targetCode', messageKey: 'validation.chooseOne' },
      { field: 'to', messageKey: 'validation.endBeforeStart' },
    ]);
    expect(issuesOf('trainingCourse', sampleTrainingCourse({ subject: 'sport' as 'other' }))).toEqual([{ field: 'subject', messageKey: 'validation.chooseOne' }]);
  });

  it('require the completion date exactly when the enrolment is completed', () => {
    expect(issuesOf('trainingEnrolment', sampleTrainingEnrolment({ status: 'completed' }))).toEqual([{ field: 'completedOn', messageKey: 'validation.required' }]);
    expect(issuesOf('trainingEnrolment', sampleTrainingEnrolment({ completedOn: '2026-11-30' }))).toEqual([{ field: 'completedOn', messageKey: 'validation.notForStatus' }]);
    expect(issuesOf('trainingEnrolment', sampleTrainingEnrolment({ status: 'passed' as 'completed', personId: '' }))).toEqual([
      { field: 'personId', messageKey: 'validation.required' },
      { field: 'status', messageKey: 'validation.chooseOne' },
    ]);
  });
});
