/**
 * The organization screens' and the home dashboard's access to data: the unit tree as at a day with member counts,
 * unit profiles, and restructurings previewed and applied through the one write path as this office.
 */
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import type { IsoDate } from '../../shared/dates/partial-date';
import { loadOfficeProfile } from '../../shared/office/office-service';
import type { OfficeProfile } from '../../shared/office/office-profile';
import { applyRestructuring, previewRestructuring, type RestructuringPreview } from '../../shared/organization/restructure-commands';
import type { RestructuringRequest } from '../../shared/organization/restructure-service';
import type { Restructuring } from '../../shared/organization/restructuring';
import { unitContentsNow, unitProfileOn, type UnitContents, type UnitProfile } from '../../shared/organization/unit-profile';
import type { UnitTree } from '../../shared/organization/unit-tree';
import { jurisdictionSummaryOn, type JurisdictionSummary } from '../../shared/queries/jurisdiction-summary';
import { memberCountsOn } from '../../shared/queries/member-counts';
import { unitTreeOn } from '../../shared/queries/people-queries';
import type { WriteContext } from '../../shared/records/write-path';
import { jurisdictionGuard } from '../../shared/exchange/jurisdiction-guard';
import type { AppDatabase } from '../../shared/storage/database';

/** Today in this computer's time zone, as the ISO day the queries take. */
export function localDay(date: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface OrganizationStructure {
  readonly tree: UnitTree;
  /** The office's own units on that day: the unit bearing its code and everything below. */
  readonly jurisdiction: ReadonlySet<string>;
  readonly catalogs: readonly CatalogEntry[];
}

export interface OrganizationTreeView extends OrganizationStructure {
  /** Members of each unit's whole subtree on the tree's day. */
  readonly memberCounts: ReadonlyMap<string, number>;
}

export interface UnitPageView {
  readonly profile: UnitProfile;
  readonly catalogs: readonly CatalogEntry[];
  /** Whether this office may restructure the unit (it is its own and still open). */
  readonly inJurisdiction: boolean;
}

export interface OrganizationServices {
  tree(day: IsoDate): Promise<OrganizationTreeView>;
  /** The tree without the member counts (which take a pass over every person): what the restructuring forms pick from. */
  structure(day: IsoDate): Promise<OrganizationStructure>;
  unit(unitId: string, day: IsoDate): Promise<UnitPageView | null>;
  splitContents(unitId: string): Promise<UnitContents>;
  preview(request: RestructuringRequest): Promise<RestructuringPreview>;
  apply(request: RestructuringRequest): Promise<Restructuring>;
}

export interface DashboardServices {
  /** The office's figures on the day; null before the office's own unit is in the records. */
  summary(day: IsoDate): Promise<JurisdictionSummary | null>;
}

async function office(db: AppDatabase): Promise<OfficeProfile> {
  const profile = await loadOfficeProfile(db);
  if (!profile) throw new Error('The office is not set up');
  return profile;
}

async function writeContext(db: AppDatabase): Promise<{ context: WriteContext; unitCode: string }> {
  const profile = await office(db);
  return { context: { db, office: { officeId: profile.officeId, level: profile.level }, guard: await jurisdictionGuard(db) }, unitCode: profile.unitCode };
}

function jurisdictionIn(tree: UnitTree, unitCode: string): Set<string> {
  const root = tree.byCode(unitCode);
  return root ? tree.subtreeIds(root.id) : new Set();
}

export function createOrganizationServices(db: AppDatabase): OrganizationServices {
  const structure = async (day: IsoDate): Promise<OrganizationStructure> => {
    const [tree, profile, catalogs] = await Promise.all([unitTreeOn(db, day), office(db), loadCatalogs(db)]);
    return { tree, jurisdiction: jurisdictionIn(tree, profile.unitCode), catalogs };
  };
  return {
    async tree(day) {
      const view = await structure(day);
      return { ...view, memberCounts: await memberCountsOn(db, view.tree) };
    },
    structure,
    async unit(unitId, day) {
      const [profile, { unitCode }, catalogs, todayTree] = await Promise.all([unitProfileOn(db, unitId, day), office(db), loadCatalogs(db), unitTreeOn(db, localDay())]);
      // Restructuring works on units as they stand now, whatever day the page looks at.
      return profile && { profile, catalogs, inJurisdiction: jurisdictionIn(todayTree, unitCode).has(unitId) };
    },
    splitContents: (unitId) => unitContentsNow(db, unitId),
    async preview(request) {
      const { context, unitCode } = await writeContext(db);
      return previewRestructuring(context, request, unitCode);
    },
    async apply(request) {
      const { context, unitCode } = await writeContext(db);
      return applyRestructuring(context, request, unitCode);
    },
  };
}

export function createDashboardServices(db: AppDatabase): DashboardServices {
  return {
    async summary(day) {
      return jurisdictionSummaryOn(db, (await office(db)).unitCode, day);
    },
  };
}
