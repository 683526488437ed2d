/**
 * npm run bench:reports [-- --people 300000 --runs 3 --seed 1]
 * The standard year-end report of a whole province, in headless Chromium on real IndexedDB: time from the request to
 * the computed tables (median of the counted runs after a warm-up), and the JS heap: its peak while the report is
 * computed (sampled every 20 ms), and what the finished result keeps (its facts, for drill-down) once collected.
 * Two ways in one run: `cold`, every person read from IndexedDB; `warm`, from the people the report worker keeps in
 * memory (`ReportPeople`, loaded once in the background and refreshed from the change log before each report).
 * Each mode's last run lists its steps and their times. `--keep-profile DIR` keeps the browser profile
 * there and uses the province already in it when it has that many people (generating 300,000 takes minutes).
 */
import { parseArgs } from 'node:util';
import { openBenchPage, summary } from './support/browser-harness.ts';
import type { ReportsBench } from './browser/reports-bench.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, 'keep-profile': { type: 'string' } } });
const people = Number(values.people);
const runs = Number(values.runs);
const keepProfile = values['keep-profile'];
const browser = await openBenchPage(new URL('./browser/reports-bench.ts', import.meta.url).pathname, keepProfile ? { keepProfile } : {});
browser.page.on('console', (message) => console.log(message.text()));
const call = <K extends keyof ReportsBench>(method: K, ...args: Parameters<ReportsBench[K]>) =>
  browser.page.evaluate(({ method, args }) => (globalThis as unknown as { reportsBench: Record<string, (...a: unknown[]) => unknown> }).reportsBench[method]!(...args) as Promise<Awaited<ReturnType<ReportsBench[K]>>>, { method, args: args as unknown[] });
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

try {
  console.log(`Chromium ${browser.chromiumVersion}; loading ${people.toLocaleString('en')} generated people through the write path…`);
  const loaded = await call('prepare', { seed: Number(values.seed), people, reuse: keepProfile !== undefined });
  console.log(loaded.reused ? `using the ${loaded.records.toLocaleString('en')} records kept in ${keepProfile}` : `loaded ${loaded.records.toLocaleString('en')} records in ${(loaded.ms / 1000).toFixed(0)} s`);
  const cdp = await browser.context.newCDPSession(browser.page);
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const collected = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return heap();
  };

  /** Runs one report while sampling the heap; the peak is over the baseline taken just before. */
  const measured = async (mode: 'cold' | 'warm') => {
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
    const outcome = await call('run', mode);
    sampling = false;
    await sampler;
    const retained = (await collected()) - baseline;
    return { ...outcome, baseline, peak, retained };
  };

  const figures = async (mode: 'cold' | 'warm') => {
    // The first run after the load: for `warm`, what the worker's first report costs (its tables not yet kept).
    const first = await measured(mode);
    console.log(`${mode} first run (not counted): ${(first.ms / 1000).toFixed(2)} s, heap peak ${mib(first.peak)} MiB`);
    const timed: Awaited<ReturnType<typeof measured>>[] = [];
    for (let run = 0; run < runs; run += 1) {
      timed.push(await measured(mode));
      const last = timed.at(-1)!;
      console.log(`${mode} run ${run + 1}: ${(last.ms / 1000).toFixed(2)} s, heap peak ${mib(last.peak)} MiB (baseline ${mib(last.baseline)} MiB), result keeps ${mib(last.retained)} MiB`);
    }
    const last = timed.at(-1)!;
    console.log(`${mode} run ${runs}, steps:\n${last.steps.map(({ step, ms }) => `  ${step.padEnd(34)} ${String(ms).padStart(6)} ms`).join('\n')}`);
    return {
      firstRunMs: Math.round(first.ms),
      steps: Object.fromEntries(last.steps.map(({ step, ms }) => [step, ms])),
      reportMs: summary(timed.map((run) => run.ms)),
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
  };
  const cold = await figures('cold');
  const before = await collected();
  const peopleLoad = await call('loadPeople');
  const keptPeopleMiB = mib((await collected()) - before);
  console.log(`people kept in memory: ${peopleLoad.people.toLocaleString('en')} in ${(peopleLoad.ms / 1000).toFixed(1)} s, ${keptPeopleMiB} MiB`);
  const warm = await figures('warm');
  const result = { people, chromium: browser.chromiumVersion, records: loaded.records, cold, memoryPeople: { loadMs: Math.round(peopleLoad.ms), heapMiB: keptPeopleMiB }, warm };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    [
      `standard report for ${people.toLocaleString('en')} people (goal < 5 s):`,
      `  warm (people kept in memory by the report worker, refreshed): median ${(warm.reportMs.median / 1000).toFixed(2)} s, JS heap peak ${warm.heapPeakMiB} MiB; the kept people take ${keptPeopleMiB} MiB and ${(peopleLoad.ms / 1000).toFixed(1)} s to load once`,
      `  cold (everyone read from IndexedDB): median ${(cold.reportMs.median / 1000).toFixed(2)} s, JS heap peak ${cold.heapPeakMiB} MiB`,
      `  the result with its drill-down facts keeps ${warm.resultRetainedMiB} MiB; listing the ${warm.drilledPeople.toLocaleString('en')} people behind one figure takes ${warm.drillDownMs} ms`,
    ].join('\n'),
  );
} finally {
  await browser.close();
}
