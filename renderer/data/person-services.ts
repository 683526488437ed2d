/** The person page's access to data: the dossier reads and the writes of shared/people, bound to the local database. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import { latestPeriod } from '../../shared/organization/unit';
import { findLikelyDuplicates, type DuplicateQuery, type LikelyDuplicate } from '../../shared/people/duplicates';
import type { Person } from '../../shared/people/person';
import type { PersonPhoto } from '../../shared/people/person-photo';
import {
  createPerson,
  loadPersonDossier,
  loadRestrictedFields,
  removePersonHistory,
  removePersonPhoto,
  savePersonHistory,
  setPersonPhoto,
  updatePerson,
  type HistoryRow,
  type HistoryValues,
  type NewPersonInput,
  type PersonDossier,
  type PhotoInput,
  type RestrictedValues,
} from '../../shared/people/person-service';
import { allRecords } from '../../shared/queries/records-reader';
import type { RecordPatch } from '../../shared/records/write-path';
import type { AppDatabase } from '../../shared/storage/database';
import { officeWriteContext } from './write-context';

/** A unit a person can be entered under: one that exists today. */
export interface UnitChoice {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface PersonServices {
  dossier(personId: string): Promise<PersonDossier | null>;
  /** The restricted fields: asked for only when the user chooses to see them. */
  restricted(personId: string): Promise<RestrictedValues>;
  catalogs(): Promise<CatalogEntry[]>;
  unitChoices(): Promise<UnitChoice[]>;
  findDuplicates(query: DuplicateQuery): Promise<LikelyDuplicate[]>;
  create(input: NewPersonInput): Promise<Person>;
  update(personId: string, patch: RecordPatch<'person'>): Promise<Person>;
  saveHistory(personId: string, rowId: string | null, values: HistoryValues): Promise<HistoryRow>;
  removeHistory(personId: string, rowId: string): Promise<void>;
  setPhoto(personId: string, photo: PhotoInput): Promise<PersonPhoto>;
  removePhoto(personId: string): Promise<void>;
}


export function createPersonServices(db: AppDatabase): PersonServices {
  /** Every write is stamped with this office; the profile is read per write, so an edited profile applies at once. */
  const writeContext = () => officeWriteContext(db);

  return {
    dossier: (personId) => loadPersonDossier(db, personId),
    restricted: (personId) => loadRestrictedFields(db, personId),
    catalogs: () => loadCatalogs(db),
    async unitChoices() {
      const collator = new Intl.Collator('vi');
      return (await allRecords(db, 'unit'))
        .filter((unit) => latestPeriod(unit).to === null)
        .map((unit) => ({ id: unit.id, code: unit.code, name: latestPeriod(unit).name }))
        .sort((a, b) => collator.compare(a.name, b.name));
    },
    findDuplicates: (query) => findLikelyDuplicates(db, query),
    create: async (input) => createPerson(await writeContext(), input),
    update: async (personId, patch) => updatePerson(await writeContext(), personId, patch),
    saveHistory: async (personId, rowId, values) => savePersonHistory(await writeContext(), personId, rowId, values),
    removeHistory: async (personId, rowId) => removePersonHistory(await writeContext(), personId, rowId),
    setPhoto: async (personId, photo) => setPersonPhoto(await writeContext(), personId, photo),
    removePhoto: async (personId) => removePersonPhoto(await writeContext(), personId),
  };
}
