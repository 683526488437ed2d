/** Browser side of the reports scenario: the standard year-end report computed on the province in the app's database. */
import { AppDatabase } from '../../shared/storage/database';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import { unitTreeOn } from '../../shared/queries/people-queries';
import { cellMembers, computeReport, type ReportResult } from '../../shared/reports/report-engine';
import { ReportPeople } from '../../shared/reports/report-people';
import { provinceRoot } from './province';

let kept: ReportResult | undefined;
let people: ReportPeople | undefined;

export const reportsBench = {
  /** What the report worker does once, in the background: everyone's report fields into memory. */
  async loadPeople() {
    const db = new AppDatabase();
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
    const db = new AppDatabase();
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
    const root = (await timed('unit tree', () => unitTreeOn(db, '2025-12-31'))).byCode(provinceRoot.code)!;
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

export type ReportsBench = typeof reportsBench;
