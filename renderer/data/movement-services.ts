/** The movements screen's access to data: terms ending, the year's decisions, and recording a decision. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import type { IsoDate } from '../../shared/dates/partial-date';
import { recentMovements, recordMovement, termsEndingWithin, type MovementRequest, type MovementRow, type RecordedMovement, type TermEnding } from '../../shared/movements/movement-service';
import { findPeopleByName, type PersonMatch } from '../../shared/people/person-search';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';

export interface MovementServices {
  catalogs(): Promise<CatalogEntry[]>;
  findPeople(typed: string): Promise<PersonMatch[]>;
  /** Appointment terms ending within 90 working days of the day. */
  termsEnding(day: IsoDate): Promise<TermEnding[]>;
  recent(from: IsoDate, to: IsoDate): Promise<MovementRow[]>;
  /** Throws ValidationFailed, naming the fields, when the decision is refused (nothing is written then). */
  record(request: MovementRequest): Promise<RecordedMovement>;
}

export function createMovementServices(db: AppDatabase): MovementServices {
  return {
    catalogs: () => loadCatalogs(db),
    findPeople: (typed) => findPeopleByName(db, typed),
    termsEnding: (day) => termsEndingWithin(db, day),
    recent: (from, to) => recentMovements(db, from, to),
    record: async (request) => recordMovement(await officeWriteContext(db), request),
  };
}
