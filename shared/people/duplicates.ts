import { normalizeIdentifier } from '../identifiers/identifier-rules';
import { toRecord } from '../queries/records-reader';
import { recordTypes } from '../records/registry';
import type { AppDatabase } from '../storage/database';
import { foldForSearch } from '../text/fold';
import type { Person } from './person';

/** Why a record looks like the person about to be created. */
export type DuplicateReason = 'nameAndBirthDate' | 'citizenId';

/** What is known of the person about to be created (the birth date already parsed, as stored). */
export interface DuplicateQuery {
  readonly fullName: string;
  readonly birthDate?: string | undefined;
  readonly citizenId?: string | undefined;
}

export interface LikelyDuplicate {
  readonly person: Person;
  readonly reasons: readonly DuplicateReason[];
}

/**
 * Whether two birth dates may be the same day. Old records often know only the year or the month,
 * so `1980` and `1980-05-12` may be one person, while `1980-05-12` and `1980-05-13` are not.
 */
export function birthDatesMayMatch(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * People already on record who are likely the one about to be created: the same name (ignoring diacritics,
 * case and spacing) with a birth date that may be the same, or the same citizen ID. Both come from indexes
 * (`_nameKey`, `citizenId`), so the check stays instant with 300,000 people.
 */
export async function findLikelyDuplicates(db: AppDatabase, query: DuplicateQuery): Promise<LikelyDuplicate[]> {
  const people = db.recordTable(recordTypes.person.table);
  const nameKey = foldForSearch(query.fullName);
  const birthDate = query.birthDate?.trim() ?? '';
  const citizenId = normalizeIdentifier(query.citizenId ?? '');
  const [sameName, sameCitizenId] = await Promise.all([
    nameKey && birthDate ? people.where('_nameKey').equals(nameKey).toArray() : [],
    citizenId ? people.where('citizenId').equals(citizenId).toArray() : [],
  ]);

  const found = new Map<string, { person: Person; reasons: DuplicateReason[] }>();
  const note = (person: Person, reason: DuplicateReason) => {
    const entry = found.get(person.id) ?? { person, reasons: [] };
    entry.reasons.push(reason);
    found.set(person.id, entry);
  };
  for (const row of sameName) {
    const person = toRecord<'person'>(row);
    if (!row._deleted && birthDatesMayMatch(person.birthDate, birthDate)) note(person, 'nameAndBirthDate');
  }
  for (const row of sameCitizenId) if (!row._deleted) note(toRecord<'person'>(row), 'citizenId');

  const collator = new Intl.Collator('vi');
  return [...found.values()].sort((a, b) => b.reasons.length - a.reasons.length || collator.compare(a.person.fullName, b.person.fullName));
}
