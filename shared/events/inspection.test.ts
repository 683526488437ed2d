import { describe, expect, it } from 'vitest';
import { issuesOf, sampleInspection } from '../records/test-fixtures';

describe('inspection and supervision', () => {
  it('accept a planned supervision of an organization and a concluded inspection of a member', () => {
    expect(issuesOf('inspection', sampleInspection())).toEqual([]);
    const concluded = sampleInspection({
      kind: 'inspection',
      subject: 'person',
      unitId: undefined,
      personId: 'p1',
      conclusion: 'Có vi phạm, đến mức phải xem xét kỷ luật',
      concludedOn: '2025-04-20',
      resultingDisciplineIds: ['d1'],
    });
    expect(issuesOf('inspection', concluded)).toEqual([]);
  });

  it('require the subject named', () => {
    expect(issuesOf('inspection', sampleInspection({ subject: 'person' }))).toEqual([
      { field: 'personId', messageKey: 'validation.subjectPersonRequired' },
      { field: 'unitId', messageKey: 'validation.notForSubject' },
    ]);
  });

  it('keep the conclusion, its date and the resulting discipline together', () => {
    expect(issuesOf('inspection', sampleInspection({ concludedOn: '2025-04-20' }))).toEqual([{ field: 'conclusion', messageKey: 'validation.required' }]);
    expect(issuesOf('inspection', sampleInspection({ conclusion: 'Không có vi phạm' }))).toEqual([{ field: 'concludedOn', messageKey: 'validation.required' }]);
    expect(issuesOf('inspection', sampleInspection({ resultingDisciplineIds: ['d1', 'd1'] }))).toEqual([
      { field: 'conclusion', messageKey: 'validation.required' },
      { field: 'resultingDisciplineIds.1', messageKey: 'validation.duplicate' },
    ]);
  });

  it('refuse an unknown kind, a bad year and empty content', () => {
    expect(issuesOf('inspection', sampleInspection({ kind: 'audit' as 'inspection', planYear: 1920, content: ' ' }))).toEqual([
      { field: 'kind', messageKey: 'validation.chooseOne' },
      { field: 'planYear', messageKey: 'validation.tooSmall' },
      { field: 'content', messageKey: 'validation.required' },
    ]);
  });
});
