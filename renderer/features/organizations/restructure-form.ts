/**
 * The restructuring form's values, how they become a request for the domain service, and where each of the
 * service's refusals is shown. The service is the judge: the form sends what was typed and reports what it says.
 */
import type { UnitNode } from '../../../shared/organization/unit-tree';
import type { NewUnitSpec, RestructuringRequest } from '../../../shared/organization/restructure-service';
import type { FieldIssue } from '../../../shared/validation/issues';
import { parseDay } from './as-at';
import type { RestructureAction } from './RestructureActions';

export interface UnitDraft {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly isGrassroots: boolean;
  readonly parentId: string;
}

export interface RestructureFormValues {
  readonly decisionNumber: string;
  readonly decisionDate: string;
  /** Blank: the change takes effect on the decision's date. */
  readonly effectiveDate: string;
  readonly note: string;
  /** Rename: the new name. */
  readonly name: string;
  /** Move: the new parent. */
  readonly parentId: string;
  /** Add, and a merge into a new unit. */
  readonly newUnit: UnitDraft;
  /** Merge: the units merged, and whether they go into an existing unit or a new one. */
  readonly sourceIds: readonly string[];
  readonly targetMode: 'existing' | 'new';
  readonly targetId: string;
  /** Split: the new units (all under `splitParentId`), and where each person and sub-unit goes (index into `targets`). */
  readonly targets: readonly UnitDraft[];
  readonly splitParentId: string;
  readonly memberTargets: Readonly<Record<string, number>>;
  readonly subUnitTargets: Readonly<Record<string, number>>;
}

export const emptyDraft = (parentId: string, kind = ''): UnitDraft => ({ code: '', name: '', kind, isGrassroots: false, parentId });

/** A new unit of the same kind as `unit` (what merging or splitting it usually makes), under `parentId`. */
export const draftLike = (unit: UnitNode, parentId: string): UnitDraft => ({ ...emptyDraft(parentId, unit.kind), isGrassroots: unit.isGrassroots });

/** Cells go under grassroots committees and sub-committees; elsewhere the kind is the user's choice. */
export function childKind(parent: UnitNode | undefined): string {
  return parent && (parent.kind === 'grassroots-committee' || parent.kind === 'sub-committee') ? 'cell' : '';
}

export function initialValues(action: RestructureAction, unit: UnitNode): RestructureFormValues {
  const parentId = unit.parentId ?? '';
  return {
    decisionNumber: '',
    decisionDate: '',
    effectiveDate: '',
    note: '',
    name: '',
    parentId: '',
    newUnit: action === 'add' ? emptyDraft(unit.id, childKind(unit)) : draftLike(unit, parentId),
    sourceIds: [unit.id],
    targetMode: 'new',
    targetId: '',
    targets: [draftLike(unit, parentId), draftLike(unit, parentId)],
    splitParentId: parentId,
    memberTargets: {},
    subUnitTargets: {},
  };
}

const spec = (draft: UnitDraft, parentId = draft.parentId): NewUnitSpec => ({
  code: draft.code.trim().toUpperCase(),
  name: draft.name,
  kind: draft.kind,
  isGrassroots: draft.isGrassroots,
  parentId: parentId === '' ? null : parentId,
});

/** A typed day as the service takes it; what cannot be read goes as typed, for the service to refuse. */
const day = (text: string) => parseDay(text) ?? text.trim();

export function toRequest(action: RestructureAction, unit: UnitNode, values: RestructureFormValues): RestructuringRequest {
  const decisionDate = day(values.decisionDate);
  const decided = {
    decision: { number: values.decisionNumber, date: decisionDate },
    effectiveDate: values.effectiveDate.trim() === '' ? decisionDate : day(values.effectiveDate),
    ...(values.note.trim() === '' ? {} : { note: values.note }),
  };
  switch (action) {
    case 'add':
      return { kind: 'create', unit: spec(values.newUnit, unit.id), ...decided };
    case 'rename':
      return { kind: 'rename', unitId: unit.id, name: values.name, ...decided };
    case 'move':
      return { kind: 'reparent', unitId: unit.id, parentId: values.parentId, ...decided };
    case 'merge':
      return { kind: 'merge', sourceIds: values.sourceIds, target: values.targetMode === 'existing' ? { existingId: values.targetId } : { newUnit: spec(values.newUnit) }, ...decided };
    case 'split':
      return {
        kind: 'split',
        sourceId: unit.id,
        targets: values.targets.map((draft) => spec(draft, values.splitParentId)),
        assignments: { members: values.memberTargets, subUnits: values.subUnitTargets },
        ...decided,
      };
    case 'dissolve':
      return { kind: 'dissolve', unitId: unit.id, ...decided };
  }
}

/**
 * The form control a refusal belongs to (its key in the form), or null for refusals about the request as a whole.
 * A new unit's fields come back bare from a creation (`code`) and prefixed elsewhere (`newUnit.code`, `targets.1.code`).
 */
export function controlFor(action: RestructureAction, issue: FieldIssue, values: RestructureFormValues): string | null {
  const { field } = issue;
  if (field === 'decision.number') return 'decisionNumber';
  if (field === 'decision.date') return 'decisionDate';
  if (field === 'effectiveDate') return values.effectiveDate.trim() === '' ? 'decisionDate' : 'effectiveDate';
  if (field === 'note') return 'note';
  if (action === 'add' && ['code', 'name', 'kind', 'isGrassroots'].includes(field)) return `newUnit.${field}`;
  if (action === 'rename' && field === 'name') return 'name';
  if (action === 'move' && field === 'parentId') return 'parentId';
  if (action === 'merge') {
    if (field === 'sourceIds') return 'sourceIds';
    if (field === 'targetId') return 'targetId';
    if (/^newUnit\.(code|name|kind|parentId)$/.test(field)) return field;
  }
  if (action === 'split') {
    if (field === 'members' || field === 'subUnits' || field === 'targets') return field;
    const match = /^targets\.(\d+)\.(code|name|kind|parentId)$/.exec(field);
    if (match) return match[2] === 'parentId' ? 'splitParentId' : field;
  }
  return null;
}
