import { describe, expect, it } from 'vitest';
import { issuesOf, sampleDiscipline } from '../records/test-fixtures';

describe('discipline', () => {
  it('accept party discipline of a member or an organization, and state discipline of a person', () => {
    expect(issuesOf('discipline', sampleDiscipline())).toEqual([]);
    expect(issuesOf('discipline', sampleDiscipline({ subject: 'unit', personId: undefined, unitId: 'u1', formCode: 'warning', expiresOn: undefined }))).toEqual([]);
    expect(issuesOf('discipline', sampleDiscipline({ system: 'state', formCode: 'state-reprimand' }))).toEqual([]);
  });

  it('require the subject named, and refuse state discipline of an organization', () => {
    expect(issuesOf('discipline', sampleDiscipline({ subject: 'unit', personId: undefined, system: 'state' }))).toEqual([
      { field: 'unitId', messageKey: 'validation.subjectUnitRequired' },
      { field: 'subject', messageKey: 'validation.stateDisciplinePersonOnly' },
    ]);
    expect(issuesOf('discipline', sampleDiscipline({ unitId: 'u1' }))).toEqual([{ field: 'unitId', messageKey: 'validation.notForSubject' }]);
  });

  it('refuse a missing form or reason and an expiry before the decision', () => {
    expect(issuesOf('discipline', sampleDiscipline({ formCode: ' ', reason: '', expiresOn: '2025-05-05' }))).toEqual([
      { field: 'formCode', messageKey: 'validation.chooseOne' },
      { field: 'reason', messageKey: 'validation.required' },
      { field: 'expiresOn', messageKey: 'validation.endBeforeStart' },
    ]);
    expect(issuesOf('discipline', sampleDiscipline({ system: 'army' as 'state', decision: undefined as never }))).toEqual([
      { field: 'system', messageKey: 'validation.chooseOne' },
      { field: 'decision', messageKey: 'validation.required' },
    ]);
  });
});
