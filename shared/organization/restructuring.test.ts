import { describe, expect, it } from 'vitest';
import { issuesOf, sampleRestructuring } from '../records/test-fixtures';
import { restructuringRecordType } from './restructuring';

describe('restructuring records', () => {
  it('accept each kind with the units it needs', () => {
    expect(issuesOf('restructuring', sampleRestructuring())).toEqual([]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'split', sourceUnitIds: ['u1'], targetUnitIds: ['u2', 'u3'] }))).toEqual([]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'rename', sourceUnitIds: ['u1'], targetUnitIds: ['u1'], movedMembers: [], movedUnits: [] }))).toEqual([]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'create', sourceUnitIds: [], targetUnitIds: ['u9'] }))).toEqual([]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'reparent', sourceUnitIds: ['u4'], targetUnitIds: ['u4'], movedMembers: [] }))).toEqual([]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'dissolve', sourceUnitIds: ['u1'], targetUnitIds: [] }))).toEqual([]);
  });

  it('index every unit and member the event touched', () => {
    const derived = restructuringRecordType.derive!(restructuringRecordType.schema.parse(sampleRestructuring()));
    expect(derived).toEqual({ _unitIds: ['u1', 'u2', 'u3', 'u4'], _personIds: ['p1'] });
  });

  it('refuse unit counts that do not fit the kind, and moves that go nowhere', () => {
    expect(issuesOf('restructuring', sampleRestructuring({ sourceUnitIds: [], targetUnitIds: ['u3', 'u3'] }))).toEqual([
      { field: 'sourceUnitIds', messageKey: 'validation.restructuringSources' },
      { field: 'targetUnitIds', messageKey: 'validation.restructuringTargets' },
      { field: 'targetUnitIds.1', messageKey: 'validation.duplicate' },
    ]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'split', sourceUnitIds: ['u1', 'u2'], targetUnitIds: ['u3'] }))).toEqual([
      { field: 'sourceUnitIds', messageKey: 'validation.restructuringSources' },
      { field: 'targetUnitIds', messageKey: 'validation.restructuringTargets' },
    ]);
    expect(issuesOf('restructuring', sampleRestructuring({ sourceUnitIds: ['u1', 'u2'], targetUnitIds: ['u2'] }))).toEqual([
      { field: 'targetUnitIds.0', messageKey: 'validation.restructuringTargetIsSource' },
    ]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'dissolve', targetUnitIds: ['u3'] }))).toEqual([
      { field: 'targetUnitIds', messageKey: 'validation.restructuringTargets' },
    ]);
    expect(issuesOf('restructuring', sampleRestructuring({ kind: 'rename', sourceUnitIds: ['u1'], targetUnitIds: ['u2'] }))).toEqual([
      { field: 'targetUnitIds.0', messageKey: 'validation.restructuringSameUnit' },
    ]);
    expect(issuesOf('restructuring', sampleRestructuring({ movedMembers: [{ personId: 'p1', fromUnitId: 'u1', toUnitId: 'u1' }] }))).toEqual([
      { field: 'movedMembers.0.toUnitId', messageKey: 'validation.moveToSameUnit' },
    ]);
    const { decision: _decision, ...withoutDecision } = sampleRestructuring();
    expect(issuesOf('restructuring', { ...withoutDecision, kind: 'move', effectiveDate: '2025-07' })).toEqual([
      { field: 'kind', messageKey: 'validation.chooseOne' },
      { field: 'decision', messageKey: 'validation.required' },
      { field: 'effectiveDate', messageKey: 'validation.date' },
    ]);
  });
});
