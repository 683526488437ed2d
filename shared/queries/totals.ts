import type { AppDatabase } from '../storage/database';
import { activeMemberStatuses } from '../people/person';
import { recordTypes } from '../records/registry';

export interface RecordTotals {
  readonly units: number;
  readonly people: number;
  readonly members: number;
  readonly cadres: number;
}

/** The headline counts of the local records, from indexes (no full scan of people). */
export async function recordTotals(db: AppDatabase): Promise<RecordTotals> {
  const people = db.recordTable(recordTypes.person.table);
  const [units, all, members, cadres] = await Promise.all([
    db.recordTable(recordTypes.unit.table).count(),
    people.count(),
    people.where('memberStatus').anyOf([...activeMemberStatuses]).count(),
    people.filter((row) => row.isCadre === true && !row._deleted).count(),
  ]);
  return { units, people: all, members, cadres };
}
