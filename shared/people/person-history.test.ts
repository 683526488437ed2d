import { describe, expect, expectTypeOf, it } from 'vitest';
import { issuesOf, samplePersonHistory } from '../records/test-fixtures';
import {
  asPersonHistoryEntry,
  historyStart,
  personHistoryFields,
  personHistoryKindFields,
  personHistoryKinds,
  personHistorySchema,
  type PersonHistoryEntry,
} from './person-history';

describe('person history rows', () => {
  it('accept a sample of every kind', () => {
    for (const kind of personHistoryKinds) expect(issuesOf('personHistory', samplePersonHistory(kind)), kind).toEqual([]);
  });

  it('list every field in one kind or another, and every kind only known fields', () => {
    const used = new Set(Object.values(personHistoryKindFields).flatMap(({ required, optional }) => [...required, ...optional]));
    expect([...used].sort()).toEqual(Object.keys(personHistoryFields).sort());
    expect(Object.keys(personHistorySchema.shape).sort()).toEqual(['kind', 'personId', ...Object.keys(personHistoryFields)].sort());
  });

  it('require the fields of the kind, with the message each field gives when empty', () => {
    expect(issuesOf('personHistory', { personId: 'p1', kind: 'salary' })).toEqual([
      { field: 'effectiveDate', messageKey: 'validation.partialDate' },
      { field: 'civilServiceGradeCode', messageKey: 'validation.chooseOne' },
      { field: 'salaryStep', messageKey: 'validation.number' },
      { field: 'salaryCoefficient', messageKey: 'validation.number' },
    ]);
    expect(issuesOf('personHistory', { personId: 'p1', kind: 'family' })).toEqual([
      { field: 'side', messageKey: 'validation.chooseOne' },
      { field: 'relation', messageKey: 'validation.required' },
      { field: 'fullName', messageKey: 'validation.required' },
    ]);
    expect(issuesOf('personHistory', { personId: '', kind: 'hobby' })).toEqual([
      { field: 'personId', messageKey: 'validation.required' },
      { field: 'kind', messageKey: 'validation.chooseOne' },
    ]);
  });

  it('refuse fields of another kind, bad values and an end before the start', () => {
    expect(issuesOf('personHistory', samplePersonHistory('work', { school: 'Đại học Luật', salaryStep: 3 }))).toEqual([
      { field: 'school', messageKey: 'validation.notForKind' },
      { field: 'salaryStep', messageKey: 'validation.notForKind' },
    ]);
    expect(issuesOf('personHistory', samplePersonHistory('training', { from: '2002', to: '2001-12' }))).toEqual([{ field: 'to', messageKey: 'validation.endBeforeStart' }]);
    expect(issuesOf('personHistory', samplePersonHistory('training', { from: '2002', to: '2002-01' }))).toEqual([]);
    expect(issuesOf('personHistory', samplePersonHistory('training', { mode: 'evening' as 'full-time', to: '2002-13' }))).toEqual([
      { field: 'to', messageKey: 'validation.partialDate' },
      { field: 'mode', messageKey: 'validation.chooseOne' },
    ]);
    expect(issuesOf('personHistory', samplePersonHistory('health', { heightCm: 20, weightKg: 400 }))).toEqual([
      { field: 'heightCm', messageKey: 'validation.tooSmall' },
      { field: 'weightKg', messageKey: 'validation.tooLarge' },
    ]);
    expect(issuesOf('personHistory', samplePersonHistory('salary', { salaryStep: 2.5 }))).toEqual([{ field: 'salaryStep', messageKey: 'validation.wholeNumber' }]);
  });

  it('read as a union narrowed on the kind, ordered by its start', () => {
    const parsed = personHistorySchema.parse(samplePersonHistory('salary'));
    const entry = asPersonHistoryEntry({ ...parsed, id: 'h1' });
    expectTypeOf(entry).toExtend<PersonHistoryEntry>();
    if (entry.kind !== 'salary') throw new Error('expected a salary row');
    expectTypeOf(entry.salaryStep).toEqualTypeOf<number>();
    expectTypeOf(entry.positionAllowance).toEqualTypeOf<number | undefined>();
    expect([entry.id, entry.salaryStep, entry.salaryCoefficient]).toEqual(['h1', 4, 3.33]);
    expect(historyStart(parsed)).toBe('2023-07');
    expect(historyStart(personHistorySchema.parse(samplePersonHistory('health')))).toBe('2025-03-15');
    expect(historyStart(personHistorySchema.parse(samplePersonHistory('policy', { from: undefined })))).toBe('');
  });
});
