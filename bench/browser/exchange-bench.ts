/**
 * Browser side of the exchange benchmark: a province holding a generated province exports a full snapshot to a
 * certified replica office (same jurisdiction, so nothing is narrowed), which imports it; each step is timed, and
 * the import is compared with a raw Dexie bulkPut of the very rows it wrote.
 */
import Dexie from 'dexie';
import { generateProvince } from '../../shared/demo/province-generator';
import { loadRecords } from '../../shared/demo/load-province';
import { recordTypes } from '../../shared/records/registry';
import { createOffice, enrol, rootOf, type SimOffice } from '../../shared/exchange/exchange-scenario';
import { analyzeBundle, applyImport, exportBundle } from '../../shared/exchange/bundle-service';
import { sealBatch } from '../../shared/exchange/batch';
import { encryptChunk, randomContentKey } from '../../shared/exchange/crypto';
import { loadIdentity } from '../../shared/exchange/identity-service';
import { stepTotals } from '../../shared/exchange/step-timer';

let province: SimOffice;
let replica: SimOffice;
let lastBundle: Uint8Array = new Uint8Array();
let importedRows: Record<string, Record<string, unknown>[]> = {};
let people = 0;
const keptTables = new Set(['exchangeIdentity', 'certificates', 'revocations', 'officeProfile']);

async function writeToDisk(bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle('bench.scb', { create: true });
  const writable = await handle.createWritable();
  await writable.write(bytes as BufferSource);
  await writable.close();
  return performance.now() - started;
}

const api = {
  async prepare(options: { seed: number; people: number; everything: boolean }) {
    await Promise.all(['bench-province', 'bench-replica', 'bench-raw-exchange'].map((name) => Dexie.delete(name)));
    // By default units and people (the snapshot's bulk); --everything adds places, histories and a year of events.
    const detail = options.everything ? {} : { places: false, histories: false, events: false };
    const chunks = [...generateProvince({ seed: options.seed, people: options.people, chunkSize: 10000, ...detail })];
    const root = chunks.flat().find((record) => record.type === 'unit' && (record.fields as { periods: { parentId: string | null }[] }).periods[0]!.parentId === null)!;
    const rootId = root.id;
    province = await createOffice('bench-province', 'Đảng bộ tỉnh Phú Thọ', 'province', rootId, 'PT');
    replica = await createOffice('bench-replica', 'Đảng bộ tỉnh Phú Thọ (bản sao)', 'province', rootId, 'PT.BS');
    await enrol(province, replica, await rootOf(province));
    await loadRecords(province.context, chunks);
    people = options.people;
    const json = chunks.flat().reduce((sum, record) => sum + JSON.stringify(record).length, 0);
    return { records: chunks.flat().length, jsonBytes: json };
  },

  async exportOnce() {
    const timer = stepTotals();
    const started = performance.now();
    const { bytes } = await exportBundle(province.db, replica.profile.officeId, new Date(), timer);
    timer.add('write', await writeToDisk(bytes));
    lastBundle = bytes;
    // serialize happens inside the compression stream: report compression without it.
    timer.totals.compress = (timer.totals.compress ?? 0) - (timer.totals.serialize ?? 0);
    return { total: performance.now() - started, steps: timer.totals, bytes: bytes.byteLength, bytesPerPerson: bytes.byteLength / people };
  },

  /** The same steps, each measured on its own: the floor an export could reach with no overhead between them. */
  async exportStepsAlone() {
    const steps: Record<string, number> = {};
    const time = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      const started = performance.now();
      const result = await work();
      steps[name] = performance.now() - started;
      return result;
    };
    const batches = await time('read', () => province.db.changeBatches.toArray());
    const identity = (await loadIdentity(province.db))!;
    const sealed = await time('seal', async () => {
      const result = [];
      for (const batch of batches) result.push(await sealBatch(identity.keys.signing.privateKey, batch.changes));
      return result;
    });
    const lines = await time('serialize', () => sealed.map((batch, index) => `${JSON.stringify({ kind: 'batch', index, changes: batch.changes, omitted: batch.omitted })}\n`));
    const compressed = await time('compress', async () => new Uint8Array(await new Response(new Blob(lines).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()));
    const encrypted = await time('encrypt', async () => {
      const key = randomContentKey();
      const parts: Uint8Array[] = [];
      const size = 4 * 1024 * 1024;
      for (let offset = 0; offset < compressed.byteLength; offset += size) parts.push(await encryptChunk(key, crypto.getRandomValues(new Uint8Array(12)), compressed.subarray(offset, offset + size), new Uint8Array(32)));
      const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
      const joined = new Uint8Array(total);
      let at = 0;
      for (const part of parts) joined.set(part, (at += part.byteLength) - part.byteLength);
      return joined;
    });
    steps.write = await writeToDisk(encrypted);
    return { steps, sum: Object.values(steps).reduce((sum, value) => sum + value, 0) };
  },

  async importOnce() {
    for (const table of replica.db.tables) if (!keptTables.has(table.name)) await table.clear();
    const timer = stepTotals();
    const started = performance.now();
    const plan = await analyzeBundle(replica.db, lastBundle, 'bench.scb', timer);
    const preview = await applyImport(replica.db, plan, new Date(), timer);
    const total = performance.now() - started;
    importedRows = {};
    for (const definition of Object.values(recordTypes)) importedRows[definition.table] = await replica.db.recordTable(definition.table).toArray();
    return { total, steps: timer.totals, newRecords: preview.counts.newRecords };
  },

  /** Every record row the import wrote, into tables with the same indexes, by bulkPut in chunks of 10,000. */
  async rawOnce() {
    const db = new Dexie('bench-raw-exchange');
    db.version(1).stores(Object.fromEntries(Object.values(recordTypes).map((definition) => [definition.table, ['id', ...definition.indexes].join(', ')])));
    await db.delete();
    await db.open();
    const started = performance.now();
    for (const [table, rows] of Object.entries(importedRows)) for (let index = 0; index < rows.length; index += 10000) await db.table(table).bulkPut(rows.slice(index, index + 10000));
    const total = performance.now() - started;
    db.close();
    return { total };
  },
};

Object.assign(globalThis, { exchangeBench: api, benchReady: true });
export type ExchangeBench = typeof api;
