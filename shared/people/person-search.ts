/**
 * Finding a person by the start of their name (diacritics and case ignored), through the folded-name index:
 * what a form's person field offers as the user types, at province scale (300,000 people) without reading them all.
 */
import type { PartialDate } from '../dates/partial-date';
import { latestPeriod } from '../organization/unit';
import { byVietnamese } from '../queries/people-queries';
import { recordsById, toRecord } from '../queries/records-reader';
import { recordTypes } from '../records/registry';
import type { AppDatabase } from '../storage/database';
import { foldForSearch } from '../text/fold';

export interface PersonMatch {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: PartialDate;
  readonly currentPost?: string;
  readonly currentPostCode?: string;
  readonly unitId: string;
  readonly unitName?: string;
}

/** Up to `limit` people whose name starts with what was typed (two letters at least), by name. */
export async function findPeopleByName(db: AppDatabase, typed: string, limit = 20): Promise<PersonMatch[]> {
  const key = foldForSearch(typed);
  if (key.length < 2) return [];
  const rows = await db.recordTable(recordTypes.person.table).where('_nameKey').startsWith(key).filter((row) => !row._deleted).limit(limit).toArray();
  const people = rows.map((row) => toRecord<'person'>(row));
  const units = await recordsById(db, 'unit', people.map((person) => person.unitId));
  return people
    .map((person) => {
      const unit = units.get(person.unitId);
      return {
        id: person.id,
        fullName: person.fullName,
        birthDate: person.birthDate,
        unitId: person.unitId,
        ...(person.currentPost === undefined ? {} : { currentPost: person.currentPost }),
        ...(person.currentPostCode === undefined ? {} : { currentPostCode: person.currentPostCode }),
        ...(unit ? { unitName: latestPeriod(unit).name } : {}),
      };
    })
    .sort((a, b) => byVietnamese(a.fullName, b.fullName) || a.birthDate.localeCompare(b.birthDate));
}
