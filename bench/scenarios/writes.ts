/**
 * The write scenarios, one interleaved round after another in one browser: export (against its own steps measured
 * alone), import, our write path, the raw Dexie bulkPut of the rows the import wrote (at the best chunk size among
 * 1k, 5k and 10k), PouchDB bulkDocs of the same rows and PouchDB replication of them between two local databases.
 * The raw bulkPut is the one floor for both the store and the import: they write the same records with the same indexes.
 */
import { join } from 'node:path';
import { folderSize } from '../support/browser-harness.ts';
import { fastest, interleaved, ratio, ratioOfMedians, summary } from '../support/stats.ts';
import { browserSide, seconds, type ScenarioContext } from './context.ts';

const chunkSizes = [1000, 5000, 10000] as const;
/** Rows each chunk size is tried on: a tenth of the rows, at least 10,000 (36,000 at 300,000 people). */
const probeRowsOf = (rows: number) => Math.max(10_000, Math.round(rows / 10));
/** Rows the warm-up of the write path and the PouchDB peer writes: a slice, since the JIT warms on it as well as on all. */
const warmUpRows = 2_000;

type Steps = Record<string, number>;
const roundedSteps = (steps: Steps) => Object.fromEntries(Object.entries(steps).map(([step, ms]) => [step, Math.round(ms)]));

export async function writeScenarios(context: ScenarioContext, corePeople: { records: number; jsonBytes: number }) {
  const exchange = browserSide(context, 'exchange');
  const store = browserSide(context, 'store');
  const raw = browserSide(context, 'raw');
  const pouch = browserSide(context, 'pouch');

  const prepared = await exchange('prepare');
  context.log(`exchange offices ready; ${prepared.records.toLocaleString('en')} records (party units and people) in the exporting office`);

  const probeRows = probeRowsOf(prepared.records);
  let chunkSize: number = chunkSizes[2];
  const probes: Record<string, number> = {};
  let lastExport: { total: number; steps: Steps; bytes: number; bytesPerPerson: number } | undefined;
  let lastSteps: Steps = {};
  let lastImport: Steps = {};
  const times = await interleaved(
    {
      export: async () => {
        lastExport = await exchange('exportOnce');
        return lastExport.total;
      },
      exportSteps: async () => {
        const alone = await exchange('exportStepsAlone');
        lastSteps = alone.steps;
        return alone.sum;
      },
      import: async () => {
        const imported = await exchange('importOnce');
        lastImport = imported.steps;
        return imported.total;
      },
      store: () => store('ours'),
      raw: () => raw('bulkPut', chunkSize),
      pouchBulkDocs: () => pouch('bulkDocs', chunkSize),
      pouchReplication: () => pouch('replicate'),
    },
    {
      runs: context.runs,
      warmUp: {
        store: () => store('ours', warmUpRows),
        // The warm-up of the raw side tries each chunk size on the same rows and keeps the fastest.
        raw: async () => {
          for (const size of chunkSizes) probes[size] = Math.round(await raw('bulkPut', size, probeRows));
          chunkSize = Number(fastest(probes));
          context.log(`raw bulkPut chunk sizes on ${Math.min(probeRows, await raw('count')).toLocaleString('en')} rows: ${Object.entries(probes).map(([size, ms]) => `${size}: ${seconds(ms)}`).join(', ')}; counted runs use ${chunkSize}`);
        },
        pouchBulkDocs: () => pouch('bulkDocs', chunkSize, warmUpRows),
      },
      onRound: async (round, taken, countedSoFar) => {
        context.log(`  round ${round}: ${Object.entries(taken).map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}`);
        await context.saveProgress({ writesInProgress: { countedRounds: round, ms: Object.fromEntries(Object.entries(countedSoFar).map(([name, values]) => [name, summary(values)])) } });
      },
    },
  );

  const rows = await raw('count');
  const [writePathRow, importedRow] = [await store('storedPerson'), await exchange('importedPerson')];
  const diskBytes = await folderSize(join(context.browser.profileDir, 'Default', 'IndexedDB'));
  const pouchAbout = await pouch('about');
  await Promise.all([store('release'), raw('release'), exchange('release'), pouch('release')]);

  const ms = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)])) as { [K in keyof typeof times]: ReturnType<typeof summary> };
  const perSecond = (median: number) => Math.round(rows / (median / 1000));
  const bundleBytes = lastExport!.bytes;
  return {
    store: {
      rows,
      writePathMs: ms.store,
      rawBulkPutMs: ms.raw,
      rawChunkSize: chunkSize,
      chunkSizeProbeMs: { rows: Math.min(rows, probeRows), ...probes },
      ratio: ratioOfMedians(ms.store, ms.raw),
      rowsPerSecond: { writePath: perSecond(ms.store.median), raw: perSecond(ms.raw.median) },
      personRow: { writePath: writePathRow, import: importedRow, sameFields: writePathRow.fields.join() === importedRow.fields.join() },
      indexedDbBytesOnDiskAtEnd: diskBytes,
    },
    import: {
      rows,
      importMs: ms.import,
      importStepsLastRunMs: roundedSteps(lastImport),
      rawBulkPutMs: ms.raw,
      pouchBulkDocsMs: ms.pouchBulkDocs,
      pouchReplicationMs: ms.pouchReplication,
      pouch: { ...pouchAbout, bulkDocsChunkSize: chunkSize },
      ratios: {
        importVsRaw: ratioOfMedians(ms.import, ms.raw),
        pouchBulkDocsVsImport: ratioOfMedians(ms.pouchBulkDocs, ms.import),
        pouchReplicationVsImport: ratioOfMedians(ms.pouchReplication, ms.import),
        pouchBulkDocsVsRaw: ratioOfMedians(ms.pouchBulkDocs, ms.raw),
        pouchReplicationVsRaw: ratioOfMedians(ms.pouchReplication, ms.raw),
      },
      rowsPerSecond: { import: perSecond(ms.import.median), raw: perSecond(ms.raw.median), pouchBulkDocs: perSecond(ms.pouchBulkDocs.median), pouchReplication: perSecond(ms.pouchReplication.median) },
    },
    export: {
      exportMs: ms.export,
      stepsAloneMs: ms.exportSteps,
      ratio: ratioOfMedians(ms.export, ms.exportSteps),
      stepsInExportLastRunMs: roundedSteps(lastExport!.steps),
      stepsAloneLastRunMs: roundedSteps(lastSteps),
    },
    bundle: {
      people: context.people,
      bundleBytes,
      bundleBytesPerPerson: Math.round(lastExport!.bytesPerPerson),
      jsonBytes: corePeople.jsonBytes,
      jsonBytesPerPerson: Math.round(corePeople.jsonBytes / context.people),
      records: corePeople.records,
      ratio: ratio(bundleBytes, corePeople.jsonBytes),
    },
  };
}
