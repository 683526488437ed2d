/** Browser side of the reports benchmark: loads the generated province through the write path, then computes the standard year-end report on it. */
import { AppDatabase } from '../../shared/storage/database';
import { loadDemoProvince } from '../../shared/demo/load-province';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import { unitTreeOn } from '../../shared/queries/people-queries';
import { cellMembers, computeReport, type ReportResult } from '../../shared/reports/report-engine';
import { ReportPeople } from '../../shared/reports/report-people';
import { recordTypes } from '../../shared/records/registry';

const databaseName = 'bench-reports';
let kept: ReportResult | undefined;
let people: ReportPeople | undefined;

const api = {
  /** With `reuse`, a province of that size already in the kept profile is used as it is. */
  async prepare(options: { seed: number; people: number; reuse: boolean }) {
    const db = new AppDatabase(databaseName);
    const started = performance.now();
    if (options.reuse) {
      await db.open();
      if ((await db.recordTable(recordTypes.person.table).count()) === options.people) {
        const counts = await Promise.all(db.tables.map((table) => table.count()));
        db.close();
        return { records: counts.reduce((sum, count) => sum + count, 0), ms: 0, reused: true };
      }
    }
    await db.delete();
    await db.open();
    let reported = 0;
    const loaded = await loadDemoProvince({ db, office: { officeId: 'bench-office', level: 'province' } }, { seed: options.seed, people: options.people, root: { code: 'PT', name: 'Đảng bộ tỉnh Phú Thọ' } }, (progress) => {
      if (progress.people - reported >= 50_000) console.log(`  written ${(reported = progress.people).toLocaleString('en')} people`);
    });
    db.close();
    return { ...loaded, ms: performance.now() - started, reused: false };
  },

  /** What the report worker does once, in the background: everyone's report fields into memory. */
  async loadPeople() {
    const db = new AppDatabase(databaseName);
    const started = performance.now();
    people = new ReportPeople();
    await people.load(db);
    db.close();
    return { ms: performance.now() - started, people: people.count };
  },

  /**
   * One full standard report for the whole province; the result is kept so its weight can be measured. From the
   * database (`cold`: every person read from IndexedDB) or from the people kept in memory, refreshed first (`warm`).
   */
  async run(mode: 'cold' | 'warm') {
    kept = undefined;
    const db = new AppDatabase(databaseName);
    const steps: { step: string; ms: number }[] = [];
    const started = performance.now();
    const timed = async <T>(step: string, work: () => Promise<T>) => {
      const stepStarted = performance.now();
      const result = await work();
      steps.push({ step, ms: Math.round(performance.now() - stepStarted) });
      return result;
    };
    if (mode === 'warm') await timed('refresh from the change log', () => people!.refresh(db));
    const catalog = await timed('catalogs', () => loadCatalogs(db));
    const root = (await timed('unit tree', () => unitTreeOn(db, '2025-12-31'))).byCode('PT')!;
    const progress: number[] = [];
    const source = mode === 'warm' ? { people: people! } : {};
    const result = await computeReport(db, { reportId: 'year-end', rootUnitId: root.id, from: '2025-01-01', to: '2025-12-31' }, { catalog, ...source, onProgress: (fraction) => progress.push(fraction), onStep: (step, stepMs) => steps.push({ step, ms: Math.round(stepMs) }) });
    const ms = performance.now() - started;
    db.close();
    kept = result;
    const members = result.tables.find((table) => table.id === 'membersBy-sex')!.values;
    const drillStarted = performance.now();
    const drilled = cellMembers(result, 'membersBy-sex', 'members', 'sex:female').person.length;
    return { ms, progressUpdates: progress.length, tables: result.tables.length, members: members.current[0]![0]!, membersYearBefore: members.previous[0]![0]!, drillMs: performance.now() - drillStarted, drilled, steps };
  },

  drop() {
    kept = undefined;
  },

  dropPeople() {
    people = undefined;
  },

  kept() {
    return kept !== undefined;
  },
};

Object.assign(globalThis, { reportsBench: api, benchReady: true });
export type ReportsBench = typeof api;
