/**
 * Party coverage as the office works on it: the residential areas and non-state enterprises of a unit's subtree
 * with their status on a day (independent cell, joint cell, no cell or member; with or without a party organization),
 * the plan of each to close its gap (target date, measures, who is responsible), the admissions made there, and the
 * change of an area's status when a cell is formed or joined. Refusals carry message keys and write nothing.
 */
import { z } from 'zod';
import { earliestDay, isoDate, type IsoDate } from '../dates/partial-date';
import { coveragePlanSchema, type CoveragePlan } from '../organization/coverage-plan';
import type { EnterpriseFigures } from '../organization/enterprise';
import { areaInScope, coverageOn, figuresOn } from '../queries/coverage-queries';
import { byVietnamese } from '../queries/people-queries';
import { allRecords, recordsById } from '../queries/records-reader';
import { Scopes } from '../queries/scope';
import { catalogCode, optionalText, recordId } from '../records/common-fields';
import { loadCatalogs } from '../catalogs/catalog-service';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { spanCovers } from '../dates/partial-date';
import { parseOrFail, ValidationFailed, type FieldIssue } from '../validation/issues';

/** The statuses of an area that has a cell (its own or a joint one). */
export const coveredStatuses: readonly string[] = ['independent', 'joint'];

export interface Admissions {
  /** Admission decisions made there (all years). */
  readonly admitted: number;
  /** Cases still on their way to admission. */
  readonly inProgress: number;
}

interface CoverageRowBase extends Admissions {
  readonly id: string;
  readonly name: string;
  readonly communeName: string | undefined;
  readonly plan?: CoveragePlan;
  /** The plan's target date has passed with the gap still open. */
  readonly overdue: boolean;
}

export interface AreaRow extends CoverageRowBase {
  /** The `residentialCellStatus` code on the day ('' when none is recorded then). */
  readonly statusCode: string;
  readonly cellUnitName?: string;
}

export interface EnterpriseRow extends CoverageRowBase {
  readonly partyUnitName?: string;
  readonly figures?: EnterpriseFigures;
}

export interface CoverageBoard {
  readonly areas: readonly AreaRow[];
  readonly enterprises: readonly EnterpriseRow[];
}

/** The latest name of a unit, commune or area (the last of its dated periods). */
const lastName = (record: { readonly periods: readonly { readonly name: string }[] }) => record.periods[record.periods.length - 1]!.name;
const unitName = (units: ReadonlyMap<string, { readonly periods: readonly { readonly name: string }[] }>, id: string | undefined) => {
  const unit = id ? units.get(id) : undefined;
  return unit ? lastName(unit) : undefined;
};

/** The residential areas and enterprises of the subtree (everything the office holds without one) on a day, by name. */
export async function loadCoverageBoard(db: AppDatabase, day: IsoDate, rootUnitId?: string): Promise<CoverageBoard> {
  const [areas, enterprises, cases] = await Promise.all([allRecords(db, 'residentialArea'), allRecords(db, 'enterprise'), allRecords(db, 'admissionCase')]);
  const scope = rootUnitId ? await new Scopes(db, rootUnitId).on(day) : undefined;
  const admissions = new Map<string, { admitted: number; inProgress: number }>();
  for (const admission of cases) {
    const placeId = admission.residentialAreaId ?? admission.enterpriseId;
    if (!placeId) continue;
    const counts = admissions.get(placeId) ?? { admitted: 0, inProgress: 0 };
    if (admission.admissionDecision) counts.admitted += 1;
    else if (admission.stage !== 'withdrawn') counts.inProgress += 1;
    admissions.set(placeId, counts);
  }
  const admissionsOf = (id: string): Admissions => admissions.get(id) ?? { admitted: 0, inProgress: 0 };

  const areaRows: { id: string; name: string; adminUnitId: string; statusCode: string; cellUnitId?: string; plan?: CoveragePlan }[] = [];
  for (const area of areas) {
    const period = area.periods.find((candidate) => spanCovers(candidate.from, candidate.to, day));
    if (!period) continue;
    const coverage = coverageOn(area, day);
    if (scope && !areaInScope(scope, period.adminUnitId, coverage)) continue;
    areaRows.push({ id: area.id, name: period.name, adminUnitId: period.adminUnitId, statusCode: coverage?.statusCode ?? '', ...(coverage?.cellUnitId ? { cellUnitId: coverage.cellUnitId } : {}), ...(area.coveragePlan ? { plan: area.coveragePlan } : {}) });
  }
  const operating = enterprises.filter((enterprise) => {
    if ((enterprise.establishedOn && earliestDay(enterprise.establishedOn) > day) || (enterprise.closedOn && enterprise.closedOn <= day)) return false;
    if (!scope) return true;
    const hasPartyUnit = enterprise.partyUnitId !== undefined && (enterprise.partyUnitSince === undefined || enterprise.partyUnitSince <= day);
    return (enterprise.adminUnitId !== undefined && scope.adminUnitIds.has(enterprise.adminUnitId)) || (hasPartyUnit && scope.unitIds.has(enterprise.partyUnitId!));
  });
  const [communes, units] = await Promise.all([
    recordsById(db, 'adminUnit', [...areaRows.map((row) => row.adminUnitId), ...operating.flatMap((enterprise) => (enterprise.adminUnitId ? [enterprise.adminUnitId] : []))]),
    recordsById(db, 'unit', [...areaRows.flatMap((row) => (row.cellUnitId ? [row.cellUnitId] : [])), ...operating.flatMap((enterprise) => (enterprise.partyUnitId ? [enterprise.partyUnitId] : []))]),
  ]);
  const overdue = (plan: CoveragePlan | undefined, open: boolean) => open && plan !== undefined && plan.targetDate < day;

  return {
    areas: areaRows
      .map(({ adminUnitId, cellUnitId, ...row }): AreaRow => {
        const cellUnitName = unitName(units, cellUnitId);
        return { ...row, communeName: unitName(communes, adminUnitId), ...(cellUnitName ? { cellUnitName } : {}), overdue: overdue(row.plan, !coveredStatuses.includes(row.statusCode)), ...admissionsOf(row.id) };
      })
      .sort((a, b) => byVietnamese(a.communeName ?? '', b.communeName ?? '') || byVietnamese(a.name, b.name)),
    enterprises: operating
      .map((enterprise): EnterpriseRow => {
        const hasPartyUnit = enterprise.partyUnitId !== undefined && (enterprise.partyUnitSince === undefined || enterprise.partyUnitSince <= day);
        const partyUnitName = hasPartyUnit ? unitName(units, enterprise.partyUnitId) : undefined;
        const figures = figuresOn(enterprise, day);
        return {
          id: enterprise.id,
          name: enterprise.name,
          communeName: unitName(communes, enterprise.adminUnitId),
          ...(partyUnitName ? { partyUnitName } : {}),
          ...(figures ? { figures } : {}),
          ...(enterprise.coveragePlan ? { plan: enterprise.coveragePlan } : {}),
          overdue: overdue(enterprise.coveragePlan, !hasPartyUnit),
          ...admissionsOf(enterprise.id),
        };
      })
      .sort((a, b) => byVietnamese(a.name, b.name)),
  };
}

const issue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue => ({ field, messageKey, params });

export const coveragePlanRequestSchema = z.object({ placeId: recordId, plan: coveragePlanSchema });
export type CoveragePlanRequest = z.input<typeof coveragePlanRequestSchema>;

/** Sets the plan of an area without a cell or member. Refused: an unknown area, an area with a cell on the day the plan is decided. */
export async function setAreaPlan(context: WriteContext, input: CoveragePlanRequest): Promise<CoveragePlan> {
  const { placeId, plan } = parseOrFail(coveragePlanRequestSchema, input);
  return writeRecords(context, async (writer) => {
    const area = await writer.get('residentialArea', placeId);
    if (!area) throw new ValidationFailed([issue('placeId', 'coverage.issues.placeMissing')]);
    const status = coverageOn(area, plan.decidedOn)?.statusCode;
    if (status !== undefined && coveredStatuses.includes(status)) throw new ValidationFailed([issue('placeId', 'coverage.issues.areaCovered', { name: lastName(area) })]);
    await writer.update('residentialArea', area.id, { coveragePlan: plan });
    return plan;
  });
}

/** Sets the plan of an enterprise without a party organization. Refused: an unknown or closed enterprise, one with a party organization. */
export async function setEnterprisePlan(context: WriteContext, input: CoveragePlanRequest): Promise<CoveragePlan> {
  const { placeId, plan } = parseOrFail(coveragePlanRequestSchema, input);
  return writeRecords(context, async (writer) => {
    const enterprise = await writer.get('enterprise', placeId);
    if (!enterprise) throw new ValidationFailed([issue('placeId', 'coverage.issues.placeMissing')]);
    if (enterprise.closedOn !== undefined && enterprise.closedOn <= plan.decidedOn) throw new ValidationFailed([issue('placeId', 'coverage.issues.enterpriseClosed', { name: enterprise.name })]);
    if (enterprise.partyUnitId !== undefined && (enterprise.partyUnitSince === undefined || enterprise.partyUnitSince <= plan.decidedOn)) {
      throw new ValidationFailed([issue('placeId', 'coverage.issues.enterpriseCovered', { name: enterprise.name })]);
    }
    await writer.update('enterprise', enterprise.id, { coveragePlan: plan });
    return plan;
  });
}

export const areaStatusRequestSchema = z.object({
  areaId: recordId,
  from: isoDate,
  statusCode: catalogCode,
  cellUnitId: recordId.optional(),
  note: optionalText(500),
});
export type AreaStatusRequest = z.input<typeof areaStatusRequestSchema>;

/**
 * Records an area's new status from a day (a cell formed or joined, or members gone). Refused: an unknown area or
 * status, a day not after the status in force, the same status again, a cell missing for a covered status.
 */
export async function recordAreaStatus(context: WriteContext, input: AreaStatusRequest): Promise<void> {
  const request = parseOrFail(areaStatusRequestSchema, input);
  const statusCodes = (await loadCatalogs(context.db)).filter((entry) => entry.catalog === 'residentialCellStatus').map((entry) => entry.code);
  await writeRecords(context, async (writer) => {
    const area = await writer.get('residentialArea', request.areaId);
    if (!area) throw new ValidationFailed([issue('areaId', 'coverage.issues.placeMissing')]);
    const issues: FieldIssue[] = [];
    const latest = area.coverage[area.coverage.length - 1]!;
    if (!statusCodes.includes(request.statusCode)) issues.push(issue('statusCode', 'validation.chooseOne'));
    else if (latest.statusCode === request.statusCode && latest.cellUnitId === request.cellUnitId) issues.push(issue('statusCode', 'coverage.issues.sameStatus'));
    if (request.from <= latest.from) issues.push(issue('from', 'coverage.issues.notAfterLatest', { date: latest.from }));
    if (coveredStatuses.includes(request.statusCode) && request.cellUnitId === undefined) issues.push(issue('cellUnitId', 'coverage.issues.cellRequired'));
    if (request.cellUnitId !== undefined && !(await writer.get('unit', request.cellUnitId))) issues.push(issue('cellUnitId', 'coverage.issues.cellMissing'));
    if (issues.length > 0) throw new ValidationFailed(issues);
    // Only a covered area has a cell: one sent with another status would put the area in that cell's scope.
    const cellUnitId = coveredStatuses.includes(request.statusCode) ? request.cellUnitId : undefined;
    const entry = { from: request.from, statusCode: request.statusCode, ...(cellUnitId ? { cellUnitId } : {}), ...(request.note ? { note: request.note } : {}) };
    await writer.update('residentialArea', area.id, { coverage: [...area.coverage, entry] });
  });
}
