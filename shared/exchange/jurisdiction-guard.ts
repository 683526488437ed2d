/**
 * The jurisdiction rule at the source: an enrolled office may not save a record its certificate gives it no
 * authority over. Every other office would quarantine such a change on import, so it is refused here, in the user's
 * words and with nothing written, instead of leaving the user to find it quarantined months later.
 */
import type { AppDatabase } from '../storage/database';
import { isRecordTypeName, recordTypes } from '../records/registry';
import { recordFields } from '../records/stored-record';
import { NotPermitted, type WriteGuard } from '../records/write-path';
import { authorityProblem } from './jurisdiction';
import { loadIdentity } from './identity-service';
import { latestParent, loadLookup, loadPeopleInto, referencedPeople, rowsById, unitsOfPersonRow } from './unit-lookup';

/**
 * The guard for this office's writes; none before enrolment (no jurisdiction yet) and none at the province, whose
 * root certificate covers the whole tree.
 */
export async function jurisdictionGuard(db: AppDatabase): Promise<WriteGuard | undefined> {
  const certificate = (await loadIdentity(db))?.certificate?.body;
  if (!certificate || certificate.level === 'province') return undefined;
  const author = { level: certificate.level, jurisdictionUnitId: certificate.jurisdictionUnitId };
  return async (changes) => {
    const lookup = await loadLookup(db);
    await loadPeopleInto(db, lookup, referencedPeople(changes));
    // Records made in this same transaction are not stored yet: the lookup learns them from the changes.
    for (const change of changes) {
      if (change.type === 'person') lookup.setPerson(change.id, [...lookup.unitsOfPerson(change.id), ...unitsOfPersonRow(change.values)]);
      if (change.type === 'unit' && Array.isArray(change.values.periods)) lookup.setUnit(change.id, latestParent(change.values));
    }
    for (const change of changes) {
      if (!isRecordTypeName(change.type)) continue;
      const before = (await rowsById(db, recordTypes[change.type].table, [change.id])).get(change.id);
      const problem = authorityProblem(change, before && recordFields(before), author, lookup);
      if (problem) throw new NotPermitted(problem === 'exchange.outsideJurisdiction' ? 'permission.outsideJurisdiction' : 'permission.catalogProvinceOnly', certificate.jurisdictionUnitName);
    }
  };
}
