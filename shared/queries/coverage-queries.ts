/**
 * Party coverage of residential areas and of non-state enterprises under a unit, as at a day: the figures of the
 * yearly statistics ("residential areas without a cell or member", "enterprises with and without a party organization").
 */
import { earliestDay, spanCovers, type IsoDate } from '../dates/partial-date';
import type { CellCoverage, ResidentialArea } from '../organization/residential-area';
import type { Enterprise, EnterpriseFigures } from '../organization/enterprise';
import type { AppDatabase } from '../storage/database';
import { byVietnamese } from './people-queries';
import { recordsOf, type RecordCache } from './record-cache';
import { Scopes, type Scope } from './scope';

/** The coverage entry in force on a day (entries are in time order), or undefined before the first one. */
export function coverageOn(area: Pick<ResidentialArea, 'coverage'>, day: IsoDate): CellCoverage | undefined {
  let current: CellCoverage | undefined;
  for (const entry of area.coverage) if (entry.from <= day) current = entry;
  return current;
}

export interface UncoveredArea {
  readonly id: string;
  /** The name and commune the area had on the day. */
  readonly name: string;
  readonly adminUnitId: string;
}

export interface ResidentialAreaCoverage {
  /** Residential areas of the subtree that existed on the day. */
  readonly total: number;
  /** Areas per `residentialCellStatus` code (`independent`, `joint`, `none`); the empty key means not recorded on that day. */
  readonly byStatus: ReadonlyMap<string, number>;
  /** Areas without a cell or member on the day (status `none`), by name. */
  readonly withoutCellOrMember: readonly UncoveredArea[];
  /** Each area of the subtree with its status code on the day ('' when not recorded), for lists behind the counts. */
  readonly statusOf: ReadonlyMap<string, string>;
}

/** Whether an area falls in the scope on its day: its commune is covered, or its cell is in the subtree. */
export function areaInScope(scope: Scope, adminUnitId: string, coverage: CellCoverage | undefined): boolean {
  return scope.adminUnitIds.has(adminUnitId) || (coverage?.cellUnitId !== undefined && scope.unitIds.has(coverage.cellUnitId));
}

/** Residential areas under a unit on a day: counts by coverage status, and the list of those without a cell or member. */
/** `records`: a report's tables read once (see `RecordCache`). */
export async function residentialAreaCoverageOn(db: AppDatabase, rootUnitId: string, day: IsoDate, scopes: Scopes = new Scopes(db, rootUnitId), records?: RecordCache): Promise<ResidentialAreaCoverage> {
  const scope = await scopes.on(day);
  const byStatus = new Map<string, number>();
  const withoutCellOrMember: UncoveredArea[] = [];
  const statusOf = new Map<string, string>();
  let total = 0;
  for (const area of await recordsOf(db, records, { type: 'residentialArea' })) {
    const period = area.periods.find((candidate) => spanCovers(candidate.from, candidate.to, day));
    if (!period) continue;
    const coverage = coverageOn(area, day);
    if (!areaInScope(scope, period.adminUnitId, coverage)) continue;
    total += 1;
    const status = coverage?.statusCode ?? '';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    statusOf.set(area.id, status);
    if (status === 'none') withoutCellOrMember.push({ id: area.id, name: period.name, adminUnitId: period.adminUnitId });
  }
  withoutCellOrMember.sort((a, b) => byVietnamese(a.name, b.name));
  return { total, byStatus, withoutCellOrMember, statusOf };
}

export interface EnterpriseOnDay {
  readonly id: string;
  readonly name: string;
  /** Its party organization on the day, if it had one. */
  readonly partyUnitId?: string;
  /** The last figures counted on or before the day. */
  readonly figures?: EnterpriseFigures;
}

export interface EnterpriseCoverage {
  /** Non-state enterprises of the subtree operating on the day. */
  readonly total: number;
  readonly withPartyOrganization: number;
  readonly withoutPartyOrganization: number;
  /** Sums of the last figures counted on or before the day (enterprises never counted add nothing). */
  readonly workforce: number;
  readonly partyMembers: number;
  /** Party members working in enterprises without a party organization (their cells are elsewhere). */
  readonly partyMembersWithoutPartyOrganization: number;
  readonly enterprises: readonly EnterpriseOnDay[];
}

/** The last figures of an enterprise counted on or before a day. */
export function figuresOn(enterprise: Pick<Enterprise, 'figures'>, day: IsoDate): EnterpriseFigures | undefined {
  let current: EnterpriseFigures | undefined;
  for (const entry of enterprise.figures) if (entry.asOf <= day) current = entry;
  return current;
}

/**
 * Non-state enterprises under a unit on a day (registered in a commune of the subtree, or whose party organization is
 * in it), with and without a party organization, and their workforce and members as last counted.
 */
export async function enterpriseCoverageOn(db: AppDatabase, rootUnitId: string, day: IsoDate, scopes: Scopes = new Scopes(db, rootUnitId), records?: RecordCache): Promise<EnterpriseCoverage> {
  const scope = await scopes.on(day);
  const enterprises: EnterpriseOnDay[] = [];
  let withPartyOrganization = 0;
  let workforce = 0;
  let partyMembers = 0;
  let partyMembersWithoutPartyOrganization = 0;
  for (const enterprise of await recordsOf(db, records, { type: 'enterprise' })) {
    if (enterprise.establishedOn && earliestDay(enterprise.establishedOn) > day) continue;
    if (enterprise.closedOn && enterprise.closedOn <= day) continue;
    const hasPartyUnit = enterprise.partyUnitId !== undefined && (enterprise.partyUnitSince === undefined || enterprise.partyUnitSince <= day);
    const inScope = (enterprise.adminUnitId !== undefined && scope.adminUnitIds.has(enterprise.adminUnitId)) || (hasPartyUnit && scope.unitIds.has(enterprise.partyUnitId!));
    if (!inScope) continue;
    const figures = figuresOn(enterprise, day);
    if (hasPartyUnit) withPartyOrganization += 1;
    workforce += figures?.workforce ?? 0;
    partyMembers += figures?.partyMembers ?? 0;
    if (!hasPartyUnit) partyMembersWithoutPartyOrganization += figures?.partyMembers ?? 0;
    enterprises.push({ id: enterprise.id, name: enterprise.name, ...(hasPartyUnit ? { partyUnitId: enterprise.partyUnitId! } : {}), ...(figures ? { figures } : {}) });
  }
  enterprises.sort((a, b) => byVietnamese(a.name, b.name));
  return { total: enterprises.length, withPartyOrganization, withoutPartyOrganization: enterprises.length - withPartyOrganization, workforce, partyMembers, partyMembersWithoutPartyOrganization, enterprises };
}
