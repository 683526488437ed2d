import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { issueText, namedField, readableParams } from './issue-text';

/** Says which key it was asked for and with what, so the test reads what a catalog would be given. */
const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;

describe('refusals in the user\'s words', () => {
  it('show ISO days as dd/mm/yyyy and coded parameters by their names, leaving the rest', () => {
    expect(readableParams(t, { deadline: '2025-03-09', stage: 'probation', minimum: 18, name: 'Lê Văn An' }, { stage: 'admission.stages' })).toEqual({
      deadline: '09/03/2025',
      stage: 'admission.stages.probation',
      minimum: 18,
      name: 'Lê Văn An',
    });
  });

  it('name a field by the last named part of its path', () => {
    expect(namedField('rows.3.points')).toBe('points');
    expect(namedField('decision.number')).toBe('number');
    expect(namedField('fullName')).toBe('fullName');
  });

  it('put the field\'s label in the message', () => {
    const text = issueText(t, { field: 'decision.date', messageKey: 'validation.dateAfter', params: { after: '2024-12-31' } }, (path) => `label:${namedField(path)}`);
    expect(text).toBe('validation.dateAfter {"after":"31/12/2024","field":"label:date"}');
  });
});
