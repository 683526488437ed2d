import type { AppDatabase } from '../storage/database';
import { recordTypes, type RecordOf, type RecordTypeName } from '../records/registry';
import { recordFields, type StoredRow } from '../records/stored-record';

export function toRecord<T extends RecordTypeName>(row: StoredRow): RecordOf<T> {
  return { id: row.id, ...recordFields(row) } as RecordOf<T>;
}

/** Every live record of a kind (tombstones left out). */
export async function allRecords<T extends RecordTypeName>(db: AppDatabase, type: T): Promise<RecordOf<T>[]> {
  const rows = await db.recordTable(recordTypes[type].table).toArray();
  return rows.filter((row) => !row._deleted).map((row) => toRecord<T>(row));
}

export async function recordById<T extends RecordTypeName>(db: AppDatabase, type: T, id: string): Promise<RecordOf<T> | undefined> {
  const row = await db.recordTable(recordTypes[type].table).get(id);
  return row && !row._deleted ? toRecord<T>(row) : undefined;
}

/** The live records of a kind with the given ids, by id (ids naming no live record are left out). */
export async function recordsById<T extends RecordTypeName>(db: AppDatabase, type: T, ids: Iterable<string>): Promise<Map<string, RecordOf<T>>> {
  const rows = await db.recordTable(recordTypes[type].table).bulkGet([...new Set(ids)]);
  const found = new Map<string, RecordOf<T>>();
  for (const row of rows) if (row && !row._deleted) found.set(row.id, toRecord<T>(row));
  return found;
}
