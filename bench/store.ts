/**
 * npm run bench:store [-- --people 300000 --runs 3]
 * Our write path against a raw Dexie bulkPut of the same rows, interleaved in one Chromium, ratio of medians.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { folderSize, openBenchPage, summary } from './support/browser-harness.ts';
import type { StoreBench } from './browser/store-bench.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, chunk: { type: 'string', default: '10000' } } });
const people = Number(values.people);
const runs = Number(values.runs);
const browser = await openBenchPage(new URL('./browser/store-bench.ts', import.meta.url).pathname);
type Page = typeof browser.page;
const call = <K extends keyof StoreBench>(page: Page, method: K, ...args: Parameters<StoreBench[K]>) =>
  page.evaluate(({ method, args }) => ((globalThis as unknown as { storeBench: Record<string, (...a: unknown[]) => unknown> }).storeBench[method]!(...args)) as Promise<Awaited<ReturnType<StoreBench[K]>>>, { method, args: args as unknown[] });

try {
  console.log(`Chromium ${browser.chromiumVersion}; ${people.toLocaleString('en')} people; ${runs} counted runs after a warm-up`);
  const prepared = await call(browser.page, 'prepare', { seed: Number(values.seed), people, chunkSize: Number(values.chunk) });
  console.log(`prepared ${prepared.records.toLocaleString('en')} records; a stored person row is about ${prepared.sampleRowBytes} bytes as JSON`);
  await call(browser.page, 'ours');
  await call(browser.page, 'raw');
  const ours: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(await call(browser.page, 'ours'));
    raw.push(await call(browser.page, 'raw'));
    console.log(`run ${run + 1}: write path ${(ours.at(-1)! / 1000).toFixed(1)} s, raw bulkPut ${(raw.at(-1)! / 1000).toFixed(1)} s`);
  }
  await call(browser.page, 'cleanup');
  const oursSummary = summary(ours);
  const rawSummary = summary(raw);
  const diskBytes = await folderSize(join(browser.profileDir, 'Default', 'IndexedDB'));
  const result = {
    people,
    chromium: browser.chromiumVersion,
    writePathMs: oursSummary,
    rawBulkPutMs: rawSummary,
    ratio: Number((oursSummary.median / rawSummary.median).toFixed(3)),
    peoplePerSecond: { writePath: Math.round(people / (oursSummary.median / 1000)), raw: Math.round(people / (rawSummary.median / 1000)) },
    indexedDbBytesOnDisk: diskBytes,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`write path / raw bulkPut = ${result.ratio} (goal ≤ 1.3); IndexedDB on disk after the last write-path load: ${(diskBytes / 1024 / 1024).toFixed(0)} MiB`);
} finally {
  await browser.close();
}
