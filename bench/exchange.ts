/**
 * npm run bench:exchange [-- --people 300000 --runs 3]
 * Export and import of a full snapshot bundle in headless Chromium, step by step; the import against a raw Dexie
 * bulkPut of the same rows and the export against the sum of its own steps measured alone, interleaved in one run.
 */
import { parseArgs } from 'node:util';
import { openBenchPage, summary } from './support/browser-harness.ts';
import type { ExchangeBench } from './browser/exchange-bench.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, everything: { type: 'boolean', default: false } } });
const people = Number(values.people);
const runs = Number(values.runs);
const browser = await openBenchPage(new URL('./browser/exchange-bench.ts', import.meta.url).pathname);
const call = <K extends keyof ExchangeBench>(method: K, ...args: Parameters<ExchangeBench[K]>) =>
  browser.page.evaluate(({ method, args }) => (globalThis as unknown as { exchangeBench: Record<string, (...a: unknown[]) => unknown> }).exchangeBench[method]!(...args), { method, args: args as unknown[] }) as Promise<Awaited<ReturnType<ExchangeBench[K]>>>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  console.log(`Chromium ${browser.chromiumVersion}; ${people.toLocaleString('en')} people; ${runs} counted runs after a warm-up`);
  const prepared = await call('prepare', { seed: Number(values.seed), people, everything: values.everything });
  await call('exportOnce');
  await call('importOnce');
  await call('rawOnce');
  const exports = [];
  const alone = [];
  const imports = [];
  const raws = [];
  for (let run = 0; run < runs; run += 1) {
    exports.push(await call('exportOnce'));
    alone.push(await call('exportStepsAlone'));
    imports.push(await call('importOnce'));
    raws.push(await call('rawOnce'));
    console.log(`run ${run + 1}: export ${seconds(exports.at(-1)!.total)} (steps alone ${seconds(alone.at(-1)!.sum)}), import ${seconds(imports.at(-1)!.total)}, raw bulkPut ${seconds(raws.at(-1)!.total)}`);
  }
  const exportSummary = summary(exports.map((item) => item.total));
  const aloneSummary = summary(alone.map((item) => item.sum));
  const importSummary = summary(imports.map((item) => item.total));
  const rawSummary = summary(raws.map((item) => item.total));
  const last = exports.at(-1)!;
  const result = {
    people,
    chromium: browser.chromiumVersion,
    exportMs: exportSummary,
    exportStepsMs: last.steps,
    exportStepsAloneMs: alone.at(-1)!.steps,
    exportStepsAloneSumMs: aloneSummary,
    importMs: importSummary,
    importStepsMs: imports.at(-1)!.steps,
    rawBulkPutMs: rawSummary,
    ratios: {
      importVsRawBulkPut: Number((importSummary.median / rawSummary.median).toFixed(3)),
      exportVsStepsAlone: Number((exportSummary.median / aloneSummary.median).toFixed(3)),
      bundleVsJson: Number((last.bytes / prepared.jsonBytes).toFixed(3)),
    },
    bundleBytes: last.bytes,
    bundleBytesPerPerson: Number(last.bytesPerPerson.toFixed(1)),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`import / raw bulkPut = ${result.ratios.importVsRawBulkPut} (goal ≤ 1.15); export / its steps alone = ${result.ratios.exportVsStepsAlone} (goal ≤ 1.1); bundle ${result.bundleBytesPerPerson} bytes per person, ${result.ratios.bundleVsJson}× the JSON of the same records`);
} finally {
  await browser.close();
}
