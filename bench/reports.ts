/**
 * npm run bench:reports [-- --people 300000 --runs 3 --seed 1]
 * The standard year-end report of a whole province, in headless Chromium on real IndexedDB: time from the request to
 * the computed tables (median of the counted runs after a warm-up), and the JS heap: its peak while the report is
 * computed (sampled every 20 ms), and what the finished result keeps (its facts, for drill-down) once collected.
 */
import { parseArgs } from 'node:util';
import { openBenchPage, summary } from './support/browser-harness.ts';
import type { ReportsBench } from './browser/reports-bench.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } } });
const people = Number(values.people);
const runs = Number(values.runs);
const browser = await openBenchPage(new URL('./browser/reports-bench.ts', import.meta.url).pathname);
browser.page.on('console', (message) => console.log(message.text()));
const call = <K extends keyof ReportsBench>(method: K, ...args: Parameters<ReportsBench[K]>) =>
  browser.page.evaluate(({ method, args }) => (globalThis as unknown as { reportsBench: Record<string, (...a: unknown[]) => unknown> }).reportsBench[method]!(...args) as Promise<Awaited<ReturnType<ReportsBench[K]>>>, { method, args: args as unknown[] });
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

try {
  console.log(`Chromium ${browser.chromiumVersion}; loading ${people.toLocaleString('en')} generated people through the write path…`);
  const loaded = await call('prepare', { seed: Number(values.seed), people });
  console.log(`loaded ${loaded.records.toLocaleString('en')} records in ${(loaded.ms / 1000).toFixed(0)} s`);
  const cdp = await browser.context.newCDPSession(browser.page);
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const collected = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return heap();
  };

  /** Runs one report while sampling the heap; the peak is over the baseline taken just before. */
  const measured = async () => {
    await call('drop');
    const baseline = await collected();
    let peak = baseline;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap());
        await new Promise((done) => setTimeout(done, 20));
      }
    })();
    const outcome = await call('run');
    sampling = false;
    await sampler;
    const retained = (await collected()) - baseline;
    return { ...outcome, baseline, peak, retained };
  };

  await measured();
  const timed: Awaited<ReturnType<typeof measured>>[] = [];
  for (let run = 0; run < runs; run += 1) {
    timed.push(await measured());
    const last = timed.at(-1)!;
    console.log(`run ${run + 1}: ${(last.ms / 1000).toFixed(2)} s, heap peak ${mib(last.peak)} MiB (baseline ${mib(last.baseline)} MiB), result keeps ${mib(last.retained)} MiB`);
  }
  const times = summary(timed.map((run) => run.ms));
  const last = timed.at(-1)!;
  const result = {
    people,
    chromium: browser.chromiumVersion,
    records: loaded.records,
    reportMs: times,
    tables: last.tables,
    members: last.members,
    membersYearBefore: last.membersYearBefore,
    progressUpdates: last.progressUpdates,
    drillDownMs: Math.round(last.drillMs * 10) / 10,
    drilledPeople: last.drilled,
    heapPeakMiB: Math.max(...timed.map((run) => mib(run.peak))),
    heapPeakOverBaselineMiB: Math.max(...timed.map((run) => mib(run.peak - run.baseline))),
    resultRetainedMiB: mib(last.retained),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(`standard report for ${people.toLocaleString('en')} people: median ${(times.median / 1000).toFixed(2)} s (goal < 5 s); JS heap peak ${result.heapPeakMiB} MiB (${result.heapPeakOverBaselineMiB} MiB over the page before the run); the result with its drill-down facts keeps ${result.resultRetainedMiB} MiB`);
} finally {
  await browser.close();
}
