/**
 * npm run bench [-- --quick] [--people N] [--runs N] [--seed N] [--only table,reports,writes] [--out FILE]
 *
 * The benchmark suite: builds the web app, opens it with the suite's bench page in headless Chromium on a persistent
 * profile on disk, generates the province once (written through the write path into the app's database), then runs
 * the scenarios, each interleaved (A B A B …) with a warm-up and `--runs` counted runs. Prints a table and writes
 * every figure, ratio and goal to bench/results.json after each scenario (`complete` once all have run).
 * Timings are never judged here: a missed goal is reported, not an error. See bench/README.md.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { build as buildApp } from 'vite';
import { openBenchPage } from './support/browser-harness.ts';
import { judge, textTable, type Goal, type Summary } from './support/stats.ts';
import { browserSide, seconds, type ScenarioContext } from './scenarios/context.ts';
import { tableScenario } from './scenarios/table.ts';
import { reportsScenario } from './scenarios/reports.ts';
import { writeScenarios } from './scenarios/writes.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    people: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string', default: 'table,reports,writes' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const people = Number(values.people ?? (values.quick ? 20_000 : 300_000));
/** Five counted runs; three in a quick run, which has to fit in five minutes on a two-core machine. */
const runs = Number(values.runs ?? (values.quick ? 3 : 5));
const seed = Number(values.seed);
const only = new Set(values.only.split(','));
const out = resolve(values.out);
const started = new Date();
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const log = (line: string) => console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

type Figures = {
  store?: Awaited<ReturnType<typeof writeScenarios>>['store'];
  import?: Awaited<ReturnType<typeof writeScenarios>>['import'];
  export?: Awaited<ReturnType<typeof writeScenarios>>['export'];
  bundle?: Awaited<ReturnType<typeof writeScenarios>>['bundle'];
  table?: Awaited<ReturnType<typeof tableScenario>>['table'];
  memory?: Awaited<ReturnType<typeof tableScenario>>['memory'];
  reports?: Awaited<ReturnType<typeof reportsScenario>>;
};

/** The goals of issue 8, all read at 300,000 people; a smaller run reports the same figures for a trend only. */
function goalsOf(figures: Figures): Goal[] {
  return [
    { id: 'store', label: 'store: our write path / raw bulkPut', value: figures.store?.ratio ?? null, atMost: 1.3 },
    { id: 'import', label: 'import / raw bulkPut', value: figures.import?.ratios.importVsRaw ?? null, atMost: 1.15 },
    { id: 'pouchBulkDocs', label: 'PouchDB bulkDocs / our import', value: figures.import?.ratios.pouchBulkDocsVsImport ?? null, atLeast: 2 },
    { id: 'pouchReplication', label: 'PouchDB replication / our import', value: figures.import?.ratios.pouchReplicationVsImport ?? null, atLeast: 5 },
    { id: 'export', label: 'export / its steps alone', value: figures.export?.ratio ?? null, atMost: 1.1 },
    { id: 'keystroke', label: 'keystroke → table / plain array pass', value: figures.table?.ratio ?? null, atMost: 1.5 },
    { id: 'heap', label: 'heap bytes per listed person (index, two sort orders)', value: figures.memory?.heapPerPersonBytes.indexWithTwoSortOrders ?? null, atMost: 1024 },
    { id: 'bundle', label: 'snapshot bundle / the same records as JSON', value: figures.bundle?.ratio ?? null, atMost: 0.35 },
  ];
}

const ms = (summary: Summary | undefined) => (summary ? `${summary.median.toLocaleString('en', { maximumFractionDigits: 1 })} ms` : '');
const range = (summary: Summary | undefined) => (summary ? `${summary.min.toLocaleString('en', { maximumFractionDigits: 0 })}–${summary.max.toLocaleString('en', { maximumFractionDigits: 0 })}` : '');

function printed(figures: Figures, goals: ReturnType<typeof judge>[]): string {
  const met = (id: string) => {
    const goal = goals.find((each) => each.id === id)!;
    return [goal.goal, goal.met === null ? '' : goal.met ? 'met' : 'MISSED'];
  };
  const { store, import: imported, export: exported, table, reports, memory, bundle } = figures;
  const rows: string[][] = [['comparison (medians of counted runs)', 'A', 'A min–max', 'B', 'B min–max', 'A / B', 'goal', '']];
  const compare = (label: string, a: Summary | undefined, b: Summary | undefined, value: number | null | undefined, goal: string[]) => {
    if (a && b) rows.push([label, ms(a), range(a), ms(b), range(b), `${value}`, ...goal]);
  };
  compare(`store: write path (A) vs raw bulkPut ×${store?.rawChunkSize} (B)`, store?.writePathMs, store?.rawBulkPutMs, store?.ratio, met('store'));
  compare('import (A) vs raw bulkPut (B)', imported?.importMs, imported?.rawBulkPutMs, imported?.ratios.importVsRaw, met('import'));
  compare('PouchDB bulkDocs (A) vs our import (B)', imported?.pouchBulkDocsMs, imported?.importMs, imported?.ratios.pouchBulkDocsVsImport, met('pouchBulkDocs'));
  compare('PouchDB replication (A) vs our import (B)', imported?.pouchReplicationMs, imported?.importMs, imported?.ratios.pouchReplicationVsImport, met('pouchReplication'));
  compare('export (A) vs its steps alone (B)', exported?.exportMs, exported?.stepsAloneMs, exported?.ratio, met('export'));
  compare('keystroke → rendered table (A) vs plain array pass (B)', table?.keystrokeToRenderedMs, table?.plainPassMs, table?.ratio, met('keystroke'));
  compare('sort click → rendered table (A) vs plain array sort (B)', table?.sort.onScreenMs, table?.sort.plainSortMs, table?.sort.ratio, ['', '']);
  compare('standard report, warm (A) vs cold (B)', reports?.warm.reportMs, reports?.cold.reportMs, reports?.warmVsCold, ['', '']);
  if (memory) rows.push(['heap per listed person (index, two sort orders)', `${memory.heapPerPersonBytes.indexWithTwoSortOrders} B`, '', `${memory.heapPerPersonBytes.plainArray} B plain array`, '', '', ...met('heap')]);
  if (bundle) rows.push(['bundle bytes per person (A) vs as JSON (B)', `${bundle.bundleBytesPerPerson} B`, '', `${bundle.jsonBytesPerPerson} B`, '', `${bundle.ratio}`, ...met('bundle')]);
  if (table) rows.push(['scroll: p95 frame at 120 / 720 px a frame', ms(table.scroll.wheel120PxP95FrameMs), range(table.scroll.wheel120PxP95FrameMs), ms(table.scroll.flick720PxP95FrameMs), range(table.scroll.flick720PxP95FrameMs), '', '', '']);
  return textTable(rows);
}

const workDir = await mkdtemp(join(tmpdir(), 'so-can-bo-bench-app-'));
const figures: Figures = {};
const scenarioLog: { scenario: string; seconds: number; loadAverageBefore: number[]; loadAverageAfter: number[] }[] = [];
let province: { people: number; records: number; loadMs: number; coreRecords: number } | undefined;
let chromium = '';

async function save(complete: boolean) {
  const goals = goalsOf(figures).map(judge);
  const result = {
    suite: values.people ? 'custom' : values.quick ? 'quick' : 'full',
    complete,
    people,
    seed,
    countedRuns: runs,
    warmUpRounds: 1,
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 1024 ** 3), os: `${platform()} ${release()}`, node: process.version, chromium },
    loadAverage: { note: '1, 5 and 15 minute load averages of the machine (2 cores: above 2 means other work competed)', atStart: scenarioLog[0]?.loadAverageBefore ?? load(), atEnd: load(), byScenario: scenarioLog },
    province,
    goals,
    ...figures,
  };
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  return goals;
}

try {
  log(`${people.toLocaleString('en')} people, ${runs} counted runs after a warm-up; load average ${load().join(' ')}; building the web app…`);
  const appDir = join(workDir, 'app');
  await buildApp({ configFile: resolve('vite.config.ts'), logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
  const browser = await openBenchPage(resolve('bench/browser/suite.ts'), { appDir });
  chromium = browser.chromiumVersion;
  const context: ScenarioContext = { browser, people, runs, log };
  try {
    const scenario = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const loadAverageBefore = load();
      const scenarioStarted = Date.now();
      log(`${name}…`);
      const result = await work();
      scenarioLog.push({ scenario: name, seconds: Math.round((Date.now() - scenarioStarted) / 1000), loadAverageBefore, loadAverageAfter: load() });
      return result;
    };
    const prepared = await scenario('province: generating and writing it through the write path into the app database', () => browserSide(context, 'province')('prepare', { seed, people }));
    province = { people: prepared.people, records: prepared.records, loadMs: Math.round(prepared.ms), coreRecords: prepared.coreRecords };
    log(`province: ${prepared.records.toLocaleString('en')} records in ${seconds(prepared.ms)}; ${prepared.coreRecords.toLocaleString('en')} of them party units and people`);
    await save(false);
    if (only.has('table')) {
      Object.assign(figures, await scenario('people table and memory', () => tableScenario(context)));
      await save(false);
    }
    if (only.has('reports')) {
      figures.reports = await scenario('standard report', () => reportsScenario(context));
      await save(false);
    }
    if (only.has('writes')) {
      Object.assign(figures, await scenario('store, import with its PouchDB peer, export, bundle size', () => writeScenarios(context, { records: prepared.coreRecords, jsonBytes: prepared.coreJsonBytes })));
    }
    await browserSide(context, 'province')('release');
  } finally {
    await browser.close();
  }
  const goals = await save(true);
  console.log(`\n${printed(figures, goals)}\n`);
  console.log(`Chromium ${chromium}, ${cpus().length} CPUs, load average ${load().join(' ')}; ${people.toLocaleString('en')} people; ${Math.round((Date.now() - started.getTime()) / 1000)} s in all. Every figure: ${values.out}`);
  if (people !== 300_000) console.log('The goals are set for 300,000 people (npm run bench); at other sizes the ratios show a trend only.');
} finally {
  await rm(workDir, { recursive: true, force: true });
}
