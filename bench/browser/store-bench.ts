/** Browser side of the store scenario: the province's units and people through our write path, into a fresh database. */
import Dexie from 'dexie';
import { AppDatabase } from '../../shared/storage/database';
import { loadRecords } from '../../shared/demo/load-province';
import { recordTypes } from '../../shared/records/registry';
import { coreChunks } from './province';

const databaseName = 'bench-ours';

export const storeBench = {
  /** One load of the units and people (the first `rows` only, for a warm-up) through the write path. */
  async ours(rows?: number): Promise<number> {
    const db = new AppDatabase(databaseName);
    await db.delete();
    await db.open();
    const started = performance.now();
    await loadRecords({ db, office: { officeId: 'bench-office', level: 'province' } }, rows === undefined ? coreChunks() : [coreChunks()[0]!.slice(0, rows)]);
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  },

  /** A stored person row as the write path left it: its size as JSON and its fields, to compare with the raw rows. */
  async storedPerson() {
    const db = new AppDatabase(databaseName);
    const [row] = await db.recordTable(recordTypes.person.table).limit(1).toArray();
    db.close();
    return { bytes: JSON.stringify(row ?? {}).length, fields: Object.keys(row ?? {}).sort() };
  },

  async release() {
    await Dexie.delete(databaseName);
  },
};
export type StoreBench = typeof storeBench;
