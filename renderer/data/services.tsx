/**
 * The UI's access to data: domain services bound to the one local database.
 * Components call these; none of them sees Dexie.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { AppDatabase } from '../../shared/storage/database';
import { loadOfficeProfile, saveOfficeProfile } from '../../shared/office/office-service';
import type { OfficeProfile, OfficeProfileInput } from '../../shared/office/office-profile';
import { recordTotals, type RecordTotals } from '../../shared/queries/totals';
import type { LoadProgress } from '../../shared/demo/load-province';
import { runDemoLoad } from './demo-loader';
import { createAdmissionServices, type AdmissionServices } from './admission-services';
import { createTransferServices, type TransferServices } from './transfer-services';
import { createPersonServices, type PersonServices } from './person-services';
import { createPeopleServices, type PeopleServices } from './people-services';
import { createDashboardServices, createOrganizationServices, type DashboardServices, type OrganizationServices } from './organization-services';
import { createExchangeServices, type ExchangeServices } from './exchange-services';
import { createReportServices, type ReportServices } from './report-services';
import { createEvaluationServices, type EvaluationServices } from './evaluation-services';
import { createPlanningServices, type PlanningServices } from './planning-services';
import { createMovementServices, type MovementServices } from './movement-services';
import { createTrainingServices, type TrainingServices } from './training-services';
import { createCoverageServices, type CoverageServices } from './coverage-services';
import { createConductServices, type ConductServices } from './conduct-services';
import { platform } from '../platform';

export interface AppServices {
  readonly office: {
    load(): Promise<OfficeProfile | null>;
    save(input: OfficeProfileInput): Promise<OfficeProfile>;
  };
  readonly records: {
    totals(): Promise<RecordTotals>;
  };
  readonly demo: {
    generate(people: number, onProgress: (progress: LoadProgress) => void): Promise<LoadProgress>;
    loadFile(bytes: Uint8Array, onProgress: (progress: LoadProgress) => void): Promise<LoadProgress>;
  };
  /** One person's dossier: the person page and the printed forms. */
  readonly person: PersonServices;
  /** The admission board: cases by stage, their steps through the write path. */
  readonly admission: AdmissionServices;
  /** Membership transfers: the register out, in transit and in, and the letters' actions. */
  readonly transfers: TransferServices;
  /** The people table at province scale: an index in a worker, queried as the user types. */
  readonly people: PeopleServices;
  /** The organization tree as at a day, unit pages, and restructuring by decision. */
  readonly organizations: OrganizationServices;
  /** The home screen's figures and charts of the office's own units. */
  readonly dashboard: DashboardServices;
  /** Enrolment, bundles out and in through a worker, conflicts, quarantine, status and journal of the exchange. */
  readonly exchange: ExchangeServices;
  /** Year-end statistics of a unit's subtree for a period, computed in a worker. */
  readonly reports: ReportServices;
  /** Succession planning: cycles, pools of each planned position, review decisions. */
  readonly planning: PlanningServices;
  /** Movement decisions (rotation, appointment…), the terms ending, the year's decisions. */
  readonly movements: MovementServices;
  /** Training and standardization: the gap list, the year's plans, courses, enrolments and completion. */
  readonly training: TrainingServices;
  /** Party coverage of residential areas and non-state enterprises: status, plans to close the gap, admissions there. */
  readonly coverage: CoverageServices;
  /** Evaluation grids of a unit for a period, and weak organizations in consolidation. */
  readonly evaluation: EvaluationServices;
  /** Discipline, leaving the party, commendations and inspections. */
  readonly conduct: ConductServices;
}

export function createAppServices(db: AppDatabase = new AppDatabase()): AppServices {
  return {
    office: {
      load: () => loadOfficeProfile(db),
      save: (input) => saveOfficeProfile(db, input),
    },
    records: {
      totals: () => recordTotals(db),
    },
    demo: {
      generate: (people, onProgress) => runDemoLoad({ kind: 'generate', seed: 1, people }, onProgress),
      loadFile: (bytes, onProgress) => runDemoLoad({ kind: 'file', bytes }, onProgress),
    },
    person: createPersonServices(db),
    admission: createAdmissionServices(db),
    transfers: createTransferServices(db),
    people: createPeopleServices(),
    organizations: createOrganizationServices(db),
    dashboard: createDashboardServices(db),
    exchange: createExchangeServices(db, () => platform.keystoreKey({})),
    reports: createReportServices(),
    planning: createPlanningServices(db),
    movements: createMovementServices(db),
    training: createTrainingServices(db),
    coverage: createCoverageServices(db),
    evaluation: createEvaluationServices(db),
    conduct: createConductServices(db),
  };
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
