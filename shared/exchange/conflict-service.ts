/**
 * The conflict inbox: concurrent edits kept for the office that owns the record. Resolving one writes the chosen
 * value on top of the provisional winner, so the decision travels like any edit and settles the conflict everywhere.
 */
import type { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { isRecordTypeName, type RecordTypeName } from '../records/registry';
import { exchangeTables, type ConflictRow, type QuarantineRow } from './exchange-tables';
import { deletionField } from './merge';

export function openConflicts(db: AppDatabase): Promise<ConflictRow[]> {
  return exchangeTables(db).conflicts.where('status').equals('open').toArray();
}

export function quarantinedChanges(db: AppDatabase): Promise<QuarantineRow[]> {
  return exchangeTables(db).quarantine.where('status').equals('held').toArray();
}

export class ConflictNotResolvable extends Error {
  constructor(readonly reasonKey: string) {
    super(reasonKey);
    this.name = 'ConflictNotResolvable';
  }
}

/** Keeps one of the values a conflict holds (the winner's or a loser's) as the record's value. */
export async function resolveConflict(context: WriteContext, conflictId: string, chosenValue: unknown): Promise<void> {
  const tables = exchangeTables(context.db);
  const conflict = await tables.conflicts.get(conflictId);
  if (!conflict || conflict.status !== 'open') throw new ConflictNotResolvable('exchange.conflictNotOpen');
  if (!isRecordTypeName(conflict.type) || conflict.field === deletionField) throw new ConflictNotResolvable('exchange.conflictNotResolvable');
  const offered = [conflict.winner, ...conflict.losers].some((candidate) => JSON.stringify(candidate.value) === JSON.stringify(chosenValue));
  if (!offered) throw new ConflictNotResolvable('exchange.conflictValueNotOffered');
  const type: RecordTypeName = conflict.type;
  await writeRecords(context, async (writer) => {
    await writer.update(type, conflict.recordId, { [conflict.field]: chosenValue } as never, [conflict.field]);
  });
  await tables.conflicts.put({ ...conflict, status: 'resolved' });
}
