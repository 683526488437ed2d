/**
 * What imports have applied, for read models kept in memory (the people index): imported changes do not take
 * this office's sequence numbers, so "what changed since" is this office's sequence plus the applied vector.
 */
import type { Change } from '../records/change';
import type { AppDatabase } from '../storage/database';
import { exchangeTables } from './exchange-tables';

/** For each other office, the last of its changes applied here. */
export async function appliedVector(db: AppDatabase): Promise<Record<string, number>> {
  return { ...((await exchangeTables(db).state.get('applied'))?.vector ?? {}) };
}

/** The changes imports applied after `since`, up to `until` (both applied vectors), in each author's order. */
export async function importedChangesBetween(db: AppDatabase, since: Readonly<Record<string, number>>, until: Readonly<Record<string, number>>): Promise<Change[]> {
  const changes: Change[] = [];
  for (const [author, last] of Object.entries(until)) {
    const first = since[author] ?? 0;
    if (last <= first) continue;
    const rows = await exchangeTables(db).receivedBatches.where('[author+firstSeq]').between([author, 0], [author, last], true, true).toArray();
    for (const row of rows) {
      if (row.status !== 'applied' || row.lastSeq <= first) continue;
      for (const change of row.batch.changes) if (change.seq > first && change.seq <= last) changes.push(change);
    }
  }
  return changes;
}
