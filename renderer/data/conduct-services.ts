/** The conduct screen's access to data: discipline, exits, commendations and inspections, and the year's lists. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import {
  concludeInspection,
  conductOfYear,
  personStandingOn,
  planInspection,
  recordCommendation,
  recordDiscipline,
  recordExit,
  type CommendationRequest,
  type ConductYear,
  type DisciplineRequest,
  type ExitRequest,
  type InspectionConclusionRequest,
  type InspectionPlanRequest,
} from '../../shared/conduct/conduct-service';
import type { IsoDate } from '../../shared/dates/partial-date';
import type { Commendation } from '../../shared/events/commendation';
import type { Discipline } from '../../shared/events/discipline';
import type { PartyExit } from '../../shared/events/exit';
import type { Inspection } from '../../shared/events/inspection';
import { findPeopleByName, type PersonMatch } from '../../shared/people/person-search';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';

/** Each write throws ValidationFailed, naming the fields, when refused (nothing is written then). */
export interface ConductServices {
  catalogs(): Promise<CatalogEntry[]>;
  findPeople(typed: string): Promise<PersonMatch[]>;
  /** A person's standing in the party on a day: full, probationary, or undefined when not a member. */
  standing(personId: string, day: IsoDate): Promise<'full' | 'probationary' | undefined>;
  /** The year's disciplines, commendations and exits, and its inspection plan. */
  year(year: number): Promise<ConductYear>;
  discipline(request: DisciplineRequest): Promise<Discipline>;
  exit(request: ExitRequest): Promise<PartyExit>;
  commend(request: CommendationRequest): Promise<Commendation>;
  planInspection(request: InspectionPlanRequest): Promise<Inspection>;
  concludeInspection(inspectionId: string, request: InspectionConclusionRequest): Promise<Inspection>;
}

export function createConductServices(db: AppDatabase): ConductServices {
  return {
    catalogs: () => loadCatalogs(db),
    findPeople: (typed) => findPeopleByName(db, typed),
    standing: (personId, day) => personStandingOn(db, personId, day),
    year: (year) => conductOfYear(db, year),
    discipline: async (request) => recordDiscipline(await officeWriteContext(db), request),
    exit: async (request) => recordExit(await officeWriteContext(db), request),
    commend: async (request) => recordCommendation(await officeWriteContext(db), request),
    planInspection: async (request) => planInspection(await officeWriteContext(db), request),
    concludeInspection: async (inspectionId, request) => concludeInspection(await officeWriteContext(db), inspectionId, request),
  };
}
