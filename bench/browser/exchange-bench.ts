/**
 * Browser side of the exchange scenarios: an office holding the generated province's units and people exports a full
 * snapshot to a certified replica office (same jurisdiction, so nothing is narrowed), which imports it; each step is
 * timed. The rows the import wrote are kept for the raw bulkPut and the PouchDB peer.
 */
import Dexie from 'dexie';
import { loadRecords } from '../../shared/demo/load-province';
import { recordTypes } from '../../shared/records/registry';
import { createOffice, enrol, rootOf, type SimOffice } from '../../shared/exchange/exchange-scenario';
import { analyzeBundle, applyImport, exportBundle } from '../../shared/exchange/bundle-service';
import { sealBatch } from '../../shared/exchange/batch';
import { encryptChunk, randomContentKey } from '../../shared/exchange/crypto';
import { certifiedKeys } from '../../shared/exchange/identity-service';
import { stepTotals } from '../../shared/exchange/step-timer';
import { coreChunks } from './province';
import { keepRows } from './raw-bulkput';

let province: SimOffice;
let replica: SimOffice;
let lastBundle: Uint8Array = new Uint8Array();
let rowsKept = false;
let people = 0;
const databases = ['bench-province', 'bench-replica'];
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

export const exchangeBench = {
  /** The two offices, the province's units and people written once through the write path (not timed). */
  async prepare() {
    await Promise.all(databases.map((name) => Dexie.delete(name)));
    const chunks = coreChunks();
    const records = chunks.flat();
    const root = records.find((record) => record.type === 'unit' && (record.fields as { periods: { parentId: string | null }[] }).periods[0]!.parentId === null)!;
    province = await createOffice('bench-province', 'Đảng bộ tỉnh Phú Thọ', 'province', root.id, 'PT');
    replica = await createOffice('bench-replica', 'Đảng bộ tỉnh Phú Thọ (bản sao)', 'province', root.id, 'PT.BS');
    await enrol(province, replica, await rootOf(province));
    await loadRecords(province.context, chunks);
    people = records.filter((record) => record.type === 'person').length;
    rowsKept = false;
    return { records: records.length };
  },

  async exportOnce() {
    const timer = stepTotals();
    const started = performance.now();
    const { bytes } = await exportBundle(province.db, province.vault, replica.profile.officeId, new Date(), timer);
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
    const { keys } = await certifiedKeys(province.db, province.vault);
    const sealed = await time('seal', async () => {
      const result = [];
      for (const batch of batches) result.push(await sealBatch(keys.signing.privateKey, batch.changes));
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
    const plan = await analyzeBundle(replica.db, replica.vault, lastBundle, 'bench.scb', timer);
    const preview = await applyImport(replica.db, plan, new Date(), timer);
    const total = performance.now() - started;
    if (!rowsKept) {
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const definition of Object.values(recordTypes)) {
        const tableRows = await replica.db.recordTable(definition.table).toArray();
        if (tableRows.length > 0) rows[definition.table] = tableRows;
      }
      keepRows(rows);
      rowsKept = true;
    }
    return { total, steps: timer.totals, newRecords: preview.counts.newRecords };
  },

  /** A person row as the import left it, to compare with the write path's. */
  async importedPerson() {
    const [row] = await replica.db.recordTable(recordTypes.person.table).limit(1).toArray();
    return { bytes: JSON.stringify(row ?? {}).length, fields: Object.keys(row ?? {}).sort() };
  },

  async release() {
    province.db.close();
    replica.db.close();
    lastBundle = new Uint8Array();
    await Promise.all(databases.map((name) => Dexie.delete(name)));
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('bench.scb').catch(() => undefined);
  },

};

export type ExchangeBench = typeof exchangeBench;
