import type { AppDatabase } from '../storage/database';
import type { Change } from './change';

/** This office's own changes with a sequence number above `afterSeq`, in order. */
export async function readChanges(db: AppDatabase, afterSeq = 0): Promise<Change[]> {
  const batches = await db.changeBatches.where('lastSeq').above(afterSeq).sortBy('firstSeq');
  return batches.flatMap((batch) => batch.changes).filter((change) => change.seq > afterSeq);
}

export async function countChanges(db: AppDatabase): Promise<number> {
  return (await readChanges(db)).length;
}

export async function changeAt(db: AppDatabase, seq: number): Promise<Change | undefined> {
  return (await readChanges(db, seq - 1))[0];
}
