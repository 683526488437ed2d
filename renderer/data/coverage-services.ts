/** The coverage screen's access to data: the board of areas and enterprises, their plans and an area's status. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import { loadCoverageBoard, recordAreaStatus, setAreaPlan, setEnterprisePlan, type AreaStatusRequest, type CoverageBoard, type CoveragePlanRequest } from '../../shared/coverage/coverage-service';
import type { IsoDate } from '../../shared/dates/partial-date';
import type { CoveragePlan } from '../../shared/organization/coverage-plan';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';

export interface CoverageServices {
  catalogs(): Promise<CatalogEntry[]>;
  board(day: IsoDate, rootUnitId?: string): Promise<CoverageBoard>;
  /** Each throws ValidationFailed, naming the fields, when refused (nothing is written then). */
  setAreaPlan(request: CoveragePlanRequest): Promise<CoveragePlan>;
  setEnterprisePlan(request: CoveragePlanRequest): Promise<CoveragePlan>;
  recordAreaStatus(request: AreaStatusRequest): Promise<void>;
}

export function createCoverageServices(db: AppDatabase): CoverageServices {
  return {
    catalogs: () => loadCatalogs(db),
    board: (day, rootUnitId) => loadCoverageBoard(db, day, rootUnitId),
    setAreaPlan: async (request) => setAreaPlan(await officeWriteContext(db), request),
    setEnterprisePlan: async (request) => setEnterprisePlan(await officeWriteContext(db), request),
    recordAreaStatus: async (request) => recordAreaStatus(await officeWriteContext(db), request),
  };
}
