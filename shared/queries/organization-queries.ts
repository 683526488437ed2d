/**
 * Party organizations as the yearly statistics count them: the restructurings of a period (created, dissolved,
 * merged, split) and the weak organizations in consolidation with where each stands.
 */
import { addDaysTo, type IsoDate } from '../dates/partial-date';
import type { Consolidation } from '../events/consolidation';
import type { AppDatabase } from '../storage/database';
import { inSubtree, type SubtreeOptions } from './membership-queries';
import { recordsByIdVia, recordsInRange, recordsOf } from './record-cache';
import { scopesOf } from './scope';

export const organizationChanges = ['created', 'dissolved', 'merged', 'split'] as const;
export type OrganizationChange = (typeof organizationChanges)[number];

export interface OrganizationChangeInPeriod {
  readonly unitId: string;
  readonly change: OrganizationChange;
  readonly restructuringId: string;
  readonly effectiveDate: IsoDate;
}

/**
 * Units created, dissolved, merged into another, or split in a period (both days included), from the restructuring
 * records. A unit created is a target that began on the effective date (a new unit of a creation, merger or split);
 * a merged or split unit is a source of that event. With `rootUnitId`, closed units count where they stood the day
 * before the event, new units where they stand on its day.
 */
export async function organizationChangesBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<OrganizationChangeInPeriod[]> {
  const events = await recordsInRange(db, options.records, 'restructuring', 'effectiveDate', { from, to });
  const units = await recordsByIdVia(db, options.records, 'unit', events.flatMap((event) => event.targetUnitIds));
  const changes: (OrganizationChangeInPeriod & { readonly scopeDay: IsoDate })[] = [];
  for (const event of events) {
    const base = { restructuringId: event.id, effectiveDate: event.effectiveDate };
    const closedChange: OrganizationChange | undefined = event.kind === 'merge' ? 'merged' : event.kind === 'split' ? 'split' : event.kind === 'dissolve' ? 'dissolved' : undefined;
    if (closedChange) for (const unitId of event.sourceUnitIds) changes.push({ ...base, unitId, change: closedChange, scopeDay: addDaysTo(event.effectiveDate, -1) });
    for (const unitId of event.targetUnitIds) {
      if (units.get(unitId)?.periods[0]?.from === event.effectiveDate) changes.push({ ...base, unitId, change: 'created', scopeDay: event.effectiveDate });
    }
  }
  const scopes = scopesOf(db, options);
  const kept = [];
  for (const change of changes) if (!scopes || (await scopes.on(change.scopeDay)).unitIds.has(change.unitId)) kept.push(change);
  return kept.map(({ scopeDay: _day, ...change }) => change).sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.unitId.localeCompare(b.unitId));
}

export interface ConsolidationStatus {
  readonly unitId: string;
  readonly program: Consolidation;
  /** Still in the program at the end of the period. */
  readonly open: boolean;
  readonly enteredInPeriod: boolean;
  readonly leftInPeriod: boolean;
  /** Still in the program after its target year. */
  readonly overdue: boolean;
}

/**
 * Weak organizations in consolidation during a period (both days included): programs entered by its end and not
 * left before its start, with where each stood at the end. With `rootUnitId`, only units in the subtree in the period.
 */
export async function weakOrganizationsBetween(db: AppDatabase, from: IsoDate, to: IsoDate, options: SubtreeOptions = {}): Promise<ConsolidationStatus[]> {
  const year = Number(to.slice(0, 4));
  const statuses = (await recordsOf(db, options.records, { type: 'consolidation' }))
    .filter((program) => program.enteredOn <= to && (program.leftOn === undefined || program.leftOn >= from))
    .map((program) => {
      const open = program.leftOn === undefined || program.leftOn > to;
      return {
        unitId: program.unitId,
        program,
        open,
        enteredInPeriod: program.enteredOn >= from,
        leftInPeriod: !open,
        overdue: open && program.targetYear < year,
      };
    });
  return (await inSubtree(db, options, { from, to }, statuses, (status) => status.unitId)).sort((a, b) => a.program.enteredOn.localeCompare(b.program.enteredOn) || a.unitId.localeCompare(b.unitId));
}
