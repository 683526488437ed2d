/**
 * npm run bench [-- --quick] [--people N] [--runs N] [--seed N] [--only table,reports,writes] [--out FILE]
 * npm run bench -- --print FILE: the table of a saved run
 *
 * The benchmark suite: builds the web app, opens it with the suite's bench page in headless Chromium on a persistent
 * profile on disk, generates the province once (written through the write path into the app's database), then runs
 * the scenarios, each interleaved (A B A B …) with a warm-up and `--runs` counted runs. Prints a table and writes
 * every figure, ratio and goal to bench/results.json after each scenario (`complete` once all have run).
 * Timings are never judged here: a missed goal is reported, not an error. See bench/README.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { build as buildApp } from 'vite';
import { openBenchPage } from './support/browser-harness.ts';
import { judge } from './support/stats.ts';
import { goalsOf, printed, type Figures } from './support/report.ts';
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
    print: { type: 'string' },
  },
});
if (values.print) {
  // Only the table of a saved run: npm run bench -- --print bench/results.json
  const saved = JSON.parse(await readFile(values.print, 'utf8')) as Figures & { people: number; date: string; machine: { chromium: string; cpus: number } };
  console.log(`${saved.people.toLocaleString('en')} people, ${saved.date}, Chromium ${saved.machine.chromium}, ${saved.machine.cpus} CPUs\n\n${printed(saved)}`);
  process.exit(0);
}
const people = Number(values.people ?? (values.quick ? 20_000 : 300_000));
/** Five counted runs after the warm-up, in a quick run as in a full one. */
const runs = Number(values.runs ?? 5);
const seed = Number(values.seed);
const only = new Set(values.only.split(','));
const out = resolve(values.out);
const started = new Date();
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const log = (line: string) => console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const workDir = await mkdtemp(join(tmpdir(), 'so-can-bo-bench-app-'));
const figures: Figures = {};
const scenarioLog: { scenario: string; seconds: number; loadAverageBefore: number[]; loadAverageAfter: number[] }[] = [];
let province: { people: number; records: number; writtenIntoApp: boolean; loadMs: number; coreRecords: number } | undefined;
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
  const context: ScenarioContext = {
    browser,
    people,
    runs,
    log,
    saveProgress: async (partial: Figures) => {
      Object.assign(figures, partial);
      await save(false);
    },
  };
  try {
    const scenario = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const loadAverageBefore = load();
      const scenarioStarted = Date.now();
      log(`${name}…`);
      const result = await work();
      scenarioLog.push({ scenario: name, seconds: Math.round((Date.now() - scenarioStarted) / 1000), loadAverageBefore, loadAverageAfter: load() });
      return result;
    };
    const intoApp = only.has('table') || only.has('reports');
    const prepared = await scenario(intoApp ? 'province: generating and writing it through the write path into the app database' : 'province: generating', () => browserSide(context, 'province')('prepare', { seed, people, intoApp }));
    province = { people: prepared.people, records: prepared.records, writtenIntoApp: intoApp, loadMs: Math.round(prepared.ms), coreRecords: prepared.coreRecords };
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
      delete figures.writesInProgress;
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
