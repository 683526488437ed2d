import { describe, expect, it } from 'vitest';
import { issuesOf, sampleConsolidation } from '../records/test-fixtures';
import { consolidationRecordType } from './consolidation';

describe('weak-organization consolidation', () => {
  it('accept a program, open until the organization leaves it', () => {
    expect(issuesOf('consolidation', sampleConsolidation())).toEqual([]);
    const derive = consolidationRecordType.derive!;
    expect(derive(consolidationRecordType.schema.parse(sampleConsolidation()))).toEqual({ _open: 1 });
    expect(derive(consolidationRecordType.schema.parse(sampleConsolidation({ leftOn: '2026-01-20', outcome: 'Xếp loại hoàn thành tốt nhiệm vụ' })))).toEqual({ _open: 0 });
  });

  it('refuse missing measures, a target year before entry, leaving before entering and an exit decision without the exit', () => {
    expect(issuesOf('consolidation', sampleConsolidation({ measures: ' ', targetYear: 2024, leftOn: '2025-01-01' }))).toEqual([
      { field: 'measures', messageKey: 'validation.required' },
      { field: 'leftOn', messageKey: 'validation.endBeforeStart' },
      { field: 'targetYear', messageKey: 'validation.endBeforeStart' },
    ]);
    const exitDecision = { number: '30-QĐ/ĐU', date: '2026-01-20' };
    expect(issuesOf('consolidation', sampleConsolidation({ exitDecision }))).toEqual([{ field: 'exitDecision', messageKey: 'validation.notForStatus' }]);
    expect(issuesOf('consolidation', sampleConsolidation({ exitDecision, leftOn: '2026-01-20' }))).toEqual([]);
    expect(issuesOf('consolidation', sampleConsolidation({ unitId: undefined as unknown as string, targetYear: 2025.5 }))).toEqual([
      { field: 'unitId', messageKey: 'validation.required' },
      { field: 'targetYear', messageKey: 'validation.wholeNumber' },
    ]);
  });
});
