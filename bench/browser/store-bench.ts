/** Browser side of the store benchmark: our write path against a raw Dexie bulkPut of the same rows. */
import Dexie from 'dexie';
import { AppDatabase } from '../../shared/storage/database';
import { generateProvince, type GeneratedRecord } from '../../shared/demo/province-generator';
import { loadRecords } from '../../shared/demo/load-province';
import { recordTypes } from '../../shared/records/registry';

let chunks: GeneratedRecord[][] = [];
let rawRows: { table: string; rows: Record<string, unknown>[] }[] = [];

async function fresh<T extends Dexie>(db: T): Promise<T> {
  await db.delete();
  await db.open();
  return db;
}

const api = {
  /** Generates the province once, outside any timing; also builds the raw rows exactly as the write path stores them. */
  async prepare(options: { seed: number; people: number; chunkSize: number }) {
    // Units and people only: the raw side below writes exactly those two tables.
    chunks = [...generateProvince({ ...options, places: false, histories: false, events: false })];
    const db = await fresh(new AppDatabase('bench-shape'));
    await loadRecords({ db, office: { officeId: 'bench-office', level: 'province' } }, chunks.slice(0, 1));
    const sample = await db.recordTable('people').limit(1).toArray();
    db.close();
    const people = chunks.flat().filter((record) => record.type === 'person').length;
    rawRows = chunks.map((chunk) => ({
      table: 'people',
      rows: chunk.map((record) => {
        const definition = recordTypes[record.type];
        const derive = definition.derive as ((fields: unknown) => Record<string, unknown>) | undefined;
        return { id: record.id, ...record.fields, ...(derive ? derive(record.fields) : {}), _created: { clock: 1, office: 'bench-office' }, _stamps: {} };
      }),
    }));
    return { people, records: chunks.flat().length, sampleRowBytes: JSON.stringify(sample[0] ?? {}).length };
  },

  async ours(): Promise<number> {
    const db = await fresh(new AppDatabase('bench-ours'));
    const started = performance.now();
    await loadRecords({ db, office: { officeId: 'bench-office', level: 'province' } }, chunks);
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  },

  /** The same people rows into a table with the same indexes, with nothing else: the floor of what IndexedDB allows. */
  async raw(): Promise<number> {
    const db = new Dexie('bench-raw');
    db.version(1).stores({ people: ['id', ...recordTypes.person.indexes].join(', '), units: ['id', ...recordTypes.unit.indexes].join(', ') });
    await fresh(db);
    const started = performance.now();
    for (const [index, chunk] of rawRows.entries()) {
      const table = chunks[index]![0]!.type === 'unit' ? 'units' : chunk.table;
      await db.table(table).bulkPut(chunk.rows);
    }
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  },

  async cleanup() {
    await Dexie.delete('bench-raw');
    await Dexie.delete('bench-shape');
  },
};

Object.assign(globalThis, { storeBench: api, benchReady: true });
export type StoreBench = typeof api;
