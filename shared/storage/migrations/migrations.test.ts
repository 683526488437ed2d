import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recordTypeNames, recordTypes } from '../../records/registry';
import { sampleUnit, samplePerson, samplePersonHistory } from '../../records/test-fixtures';
import { writeRecords, type WriteContext } from '../../records/write-path';
import { AppDatabase } from '../database';
import { migrations } from './index';
import { changeAt } from '../../records/change-log';
import { exchangeMigration } from './005-exchange';

/** Tables that hold no records: the office's identity and clock, and its change log. */
const serviceTables = { officeProfile: 'key', officeState: 'key', changeBatches: 'firstSeq, lastSeq', ...exchangeMigration.stores };

const opened: Dexie[] = [];
let counter = 0;
function track<D extends Dexie>(db: D): D {
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The store definition each table has after all migrations: the last one that mentions it wins. */
function latestStores(): Record<string, string | null> {
  return Object.assign({}, ...migrations.map((migration) => migration.stores));
}

const declared = (type: (typeof recordTypeNames)[number]) => ['id', ...recordTypes[type].indexes].join(', ');

describe('database migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('declare every record table with exactly the indexes of its record type, and nothing else', () => {
    const stores = latestStores();
    for (const type of recordTypeNames) expect(stores[recordTypes[type].table], type).toBe(declared(type));
    const expected = { ...serviceTables, ...Object.fromEntries(recordTypeNames.map((type) => [recordTypes[type].table, declared(type)])) };
    expect(Object.fromEntries(Object.entries(stores).filter(([, spec]) => spec !== null))).toEqual(expected);
    expect(new Set(recordTypeNames.map((type) => recordTypes[type].table)).size).toBe(recordTypeNames.length);
  });

  it('build a database whose tables and IndexedDB stores match the record types', async () => {
    const db = track(new AppDatabase(`migrations-${++counter}`));
    await db.open();
    expect(db.verno).toBe(migrations.length);
    expect(db.tables.map((table) => table.name).sort()).toEqual([...Object.keys(serviceTables), ...recordTypeNames.map((type) => recordTypes[type].table)].sort());

    const idb = db.backendDB();
    for (const type of recordTypeNames) {
      const { table, indexes } = recordTypes[type];
      const schema = db.table(table).schema;
      expect(schema.primKey.src, type).toBe('id');
      expect(schema.indexes.map((index) => index.src), type).toEqual(indexes);

      // What IndexedDB itself holds: `*name` is a multi-entry index called `name`; `[a+b]` a compound one.
      const store = idb.transaction(table, 'readonly').objectStore(table);
      expect(store.keyPath, type).toBe('id');
      const actual = [...store.indexNames].map((name) => {
        const index = store.index(name);
        return `${index.multiEntry ? '*' : ''}${name}`;
      });
      expect(actual.sort(), type).toEqual([...indexes].sort());
    }
  });

  it('upgrade a version 2 database, keeping every row, with the new tables empty', async () => {
    const name = `migrations-${++counter}`;

    // Rows as the write path stores them, made in a scratch database of the current version.
    const scratch = track(new AppDatabase(`migrations-scratch-${++counter}`));
    const scratchContext: WriteContext = { db: scratch, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-03-04T05:06:07Z') };
    await writeRecords(scratchContext, (writer) => {
      writer.create('unit', sampleUnit(), 'u1');
      writer.create('person', samplePerson(), 'p1');
    });
    const before = {
      units: await scratch.recordTable('units').toArray(),
      people: await scratch.recordTable('people').toArray(),
      changeBatches: await scratch.changeBatches.toArray(),
      officeState: await scratch.officeState.toArray(),
    };
    expect(before.changeBatches.flatMap((batch) => batch.changes)).toHaveLength(2);

    const old = track(new Dexie(name));
    for (const migration of migrations.slice(0, 2)) {
      const version = old.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    await old.open();
    for (const [table, rows] of Object.entries(before)) await old.table(table).bulkAdd(rows);
    expect(old.verno).toBe(2);
    old.close();

    const db = track(new AppDatabase(name));
    await db.open();
    expect(db.verno).toBe(migrations.length);
    expect({
      units: await db.recordTable('units').toArray(),
      people: await db.recordTable('people').toArray(),
      changeBatches: await db.changeBatches.toArray(),
      officeState: await db.officeState.toArray(),
    }).toEqual(before);
    expect(await db.recordTable('people').where('[unitId+memberStatus]').equals(['u1', 'full']).primaryKeys()).toEqual(['p1']);
    for (const type of recordTypeNames.filter((type) => type !== 'unit' && type !== 'person')) {
      expect(await db.recordTable(recordTypes[type].table).count(), type).toBe(0);
    }

    // The upgraded database takes new records, continuing the office's clock.
    const context: WriteContext = { ...scratchContext, db };
    await writeRecords(context, (writer) => writer.create('personHistory', samplePersonHistory('work'), 'h1'));
    expect(await changeAt(db, 3)).toMatchObject({ clock: 3, type: 'personHistory', id: 'h1' });
    expect(await db.recordTable('personHistories').where('[personId+kind]').equals(['p1', 'work']).primaryKeys()).toEqual(['h1']);
  });
});
