import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { optionalText, recordId } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkDistinct, idList, requiredDecision } from '../events/event-fields';

/**
 * The record of one restructuring of party units, as decided: what was merged, split, renamed, moved, created
 * or dissolved, and where each member and sub-unit went. Applying it to the units and people is the work of the
 * restructuring service; this record is what stays, so the tree and every statistic can be rebuilt "as at" a date.
 *
 * Sources are the units as they stood before, targets the units as they stand after:
 * - merge: one or more sources, one target (an existing unit or a new one; one source only into a new unit is
 *   left to the restructuring service to judge), never one of the sources;
 * - split: one source, two or more targets (new units), never the source;
 * - rename and reparent: the same one unit as source and target (a reparent's move is in `movedUnits`);
 * - create: no source, one or more targets; dissolve: one or more sources, no target.
 */
export const restructuringKinds = ['merge', 'split', 'rename', 'reparent', 'create', 'dissolve'] as const;
export type RestructuringKind = (typeof restructuringKinds)[number];

/** A member who moved from one unit to another. */
export const memberMove = z.object({ personId: recordId, fromUnitId: recordId, toUnitId: recordId });
/** A sub-unit that moved from one parent to another. */
export const unitMove = z.object({ unitId: recordId, fromUnitId: recordId, toUnitId: recordId });

type Count = { readonly min: number; readonly max: number };
const many = Number.POSITIVE_INFINITY;
export const restructuringUnitCounts: Readonly<Record<RestructuringKind, { readonly sources: Count; readonly targets: Count }>> = {
  merge: { sources: { min: 1, max: many }, targets: { min: 1, max: 1 } },
  split: { sources: { min: 1, max: 1 }, targets: { min: 2, max: many } },
  rename: { sources: { min: 1, max: 1 }, targets: { min: 1, max: 1 } },
  reparent: { sources: { min: 1, max: 1 }, targets: { min: 1, max: 1 } },
  create: { sources: { min: 0, max: 0 }, targets: { min: 1, max: many } },
  dissolve: { sources: { min: 1, max: many }, targets: { min: 0, max: 0 } },
};

export const restructuringSchema = z
  .object({
    kind: z.enum(restructuringKinds, { message: 'validation.chooseOne' }),
    decision: requiredDecision,
    effectiveDate: isoDate,
    sourceUnitIds: idList,
    targetUnitIds: idList,
    movedMembers: z.array(memberMove, { message: 'validation.required' }).default([]),
    movedUnits: z.array(unitMove, { message: 'validation.required' }).default([]),
    note: optionalText(2000),
  })
  .superRefine((event, context) => {
    const counts = restructuringUnitCounts[event.kind];
    if (!counts) return; // an unknown kind is reported on `kind` already
    const sides = [
      ['sourceUnitIds', event.sourceUnitIds, counts.sources, 'validation.restructuringSources'],
      ['targetUnitIds', event.targetUnitIds, counts.targets, 'validation.restructuringTargets'],
    ] as const;
    for (const [field, ids, { min, max }, message] of sides) {
      if (ids.length < min || ids.length > max) context.addIssue({ code: 'custom', path: [field], message });
      checkDistinct(ids, context, [field]);
    }
    if (event.kind === 'merge' || event.kind === 'split') {
      event.targetUnitIds.forEach((id, index) => {
        if (event.sourceUnitIds.includes(id)) context.addIssue({ code: 'custom', path: ['targetUnitIds', index], message: 'validation.restructuringTargetIsSource' });
      });
    }
    if ((event.kind === 'rename' || event.kind === 'reparent') && event.sourceUnitIds.length === 1 && event.targetUnitIds.length === 1) {
      if (event.sourceUnitIds[0] !== event.targetUnitIds[0]) context.addIssue({ code: 'custom', path: ['targetUnitIds', 0], message: 'validation.restructuringSameUnit' });
    }
    const moves = [
      ['movedMembers', event.movedMembers],
      ['movedUnits', event.movedUnits],
    ] as const;
    for (const [field, list] of moves) {
      list.forEach((move, index) => {
        if (move.fromUnitId === move.toUnitId) context.addIssue({ code: 'custom', path: [field, index, 'toUnitId'], message: 'validation.moveToSameUnit' });
      });
    }
    checkDistinct(event.movedMembers.map((move) => move.personId), context, ['movedMembers']);
    checkDistinct(event.movedUnits.map((move) => move.unitId), context, ['movedUnits']);
  });
export type Restructuring = z.infer<typeof restructuringSchema> & { readonly id: string };

export const restructuringRecordType = defineRecordType({
  name: 'restructuring',
  table: 'restructurings',
  schema: restructuringSchema,
  indexes: ['effectiveDate', 'kind', '*_unitIds', '*_personIds'],
  /** Every unit the event touched (sources, targets, moved sub-units and their old and new parents), and every moved member. */
  derive: (event) => ({
    _unitIds: [
      ...new Set([
        ...event.sourceUnitIds,
        ...event.targetUnitIds,
        ...event.movedUnits.flatMap((move) => [move.unitId, move.fromUnitId, move.toUnitId]),
        ...event.movedMembers.flatMap((move) => [move.fromUnitId, move.toUnitId]),
      ]),
    ],
    _personIds: [...new Set(event.movedMembers.map((move) => move.personId))],
  }),
});
