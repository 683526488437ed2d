/**
 * The standard year-end report of the whole province, on the province in the app's database: time from the request
 * to the computed tables, two ways interleaved: `warm`, from the people the report worker keeps in memory (what the
 * app does; refreshed from the change log first), and `cold`, every person read from IndexedDB. The JS heap is sampled
 * every 20 ms while a report is computed; what a finished result keeps (its facts, for drill-down) is weighed once collected.
 */
import { interleaved, ratioOfMedians, summary } from '../support/stats.ts';
import { browserSide, seconds, type ScenarioContext } from './context.ts';

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

export async function reportsScenario(context: ScenarioContext) {
  const { browser, runs, log } = context;
  const reports = browserSide(context, 'reports');
  const heap = (collect: boolean) => browser.heap(browser.page, collect);

  const before = await heap(true);
  const peopleLoad = await reports('loadPeople');
  const keptPeopleMiB = mib((await heap(true)) - before);
  log(`report worker's people: ${peopleLoad.people.toLocaleString('en')} in ${seconds(peopleLoad.ms)}, ${keptPeopleMiB} MiB`);

  const last: Partial<Record<'warm' | 'cold', Awaited<ReturnType<typeof reports<'run'>>> & { peakOverBaseline: number; retained: number }>> = {};
  const first: Partial<Record<'warm' | 'cold', number>> = {};
  const peaks: Record<'warm' | 'cold', number[]> = { warm: [], cold: [] };
  /** One report while the heap is sampled; the peak is over the baseline taken just before. */
  const measured = (mode: 'warm' | 'cold', counted: boolean) => async () => {
    await reports('drop');
    const baseline = await heap(true);
    let peak = baseline;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap(false));
        await new Promise((done) => setTimeout(done, 20));
      }
    })();
    const outcome = await reports('run', mode);
    sampling = false;
    await sampler;
    if (!counted) {
      first[mode] = outcome.ms;
      return outcome.ms;
    }
    peaks[mode].push(mib(peak));
    last[mode] = { ...outcome, peakOverBaseline: mib(peak - baseline), retained: mib((await heap(true)) - baseline) };
    return outcome.ms;
  };
  const times = await interleaved(
    { warm: measured('warm', true), cold: measured('cold', true) },
    { runs, warmUp: { warm: measured('warm', false), cold: measured('cold', false) }, onRound: (round, taken) => log(`  round ${round}: warm ${seconds(taken.warm)}, cold ${seconds(taken.cold)}`) },
  );
  await reports('drop');
  await reports('dropPeople');

  const figures = (mode: 'warm' | 'cold') => {
    const run = last[mode]!;
    return {
      reportMs: summary(times[mode]),
      firstRunMs: Math.round(first[mode] ?? 0),
      stepsLastRunMs: Object.fromEntries(run.steps.map(({ step, ms }) => [step, ms])),
      heapPeakMiB: Math.max(...peaks[mode]),
      heapPeakOverBaselineMiB: run.peakOverBaseline,
      resultRetainedMiB: run.retained,
    };
  };
  const warm = figures('warm');
  const cold = figures('cold');
  const result = last.warm!;
  return {
    people: context.people,
    tables: result.tables,
    members: result.members,
    membersYearBefore: result.membersYearBefore,
    progressUpdates: result.progressUpdates,
    drillDown: { ms: Math.round(result.drillMs * 10) / 10, people: result.drilled },
    reportWorkerPeople: { loadMs: Math.round(peopleLoad.ms), heapMiB: keptPeopleMiB },
    warm,
    cold,
    warmVsCold: ratioOfMedians(warm.reportMs, cold.reportMs),
  };
}
