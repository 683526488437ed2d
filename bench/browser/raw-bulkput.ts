/**
 * The floor of what IndexedDB allows: the very rows a scenario stored, put with Dexie `bulkPut` into tables with the
 * same primary key and indexes, in chunks of a given size, with nothing else. Compared with the write path and the import.
 */
import Dexie from 'dexie';
import { recordTypes } from '../../shared/records/registry';

const databaseName = 'bench-raw';
let rows: Record<string, Record<string, unknown>[]> = {};

/** Keeps the rows, by table, that the raw side and the PouchDB peer write. */
export function keepRows(byTable: Record<string, Record<string, unknown>[]>) {
  rows = byTable;
}

/** The kept rows, at most `limit` of them (a warm-up), by table. */
export function keptRows(limit = Number.POSITIVE_INFINITY): [string, Record<string, unknown>[]][] {
  let left = limit;
  const taken: [string, Record<string, unknown>[]][] = [];
  for (const [table, tableRows] of Object.entries(rows)) {
    if (left <= 0) break;
    taken.push([table, tableRows.slice(0, left)]);
    left -= tableRows.length;
  }
  return taken;
}

export const rawBench = {
  count() {
    return Object.values(rows).reduce((sum, tableRows) => sum + tableRows.length, 0);
  },

  /** One load into a fresh database; `limit` rows only for a probe or a warm-up. */
  async bulkPut(chunkSize: number, limit?: number): Promise<number> {
    const db = new Dexie(databaseName);
    db.version(1).stores(Object.fromEntries(Object.values(recordTypes).map((definition) => [definition.table, ['id', ...definition.indexes].join(', ')])));
    await db.delete();
    await db.open();
    const started = performance.now();
    for (const [table, tableRows] of keptRows(limit)) {
      for (let index = 0; index < tableRows.length; index += chunkSize) await db.table(table).bulkPut(tableRows.slice(index, index + chunkSize));
    }
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  },

  async release() {
    rows = {};
    await Dexie.delete(databaseName);
  },
};
export type RawBench = typeof rawBench;
