/** What a run found, as the goals of issue 8 and the printed table: made from the figures, or from a saved results file. */
import { judge, textTable, type Goal, type JudgedGoal, type Summary } from './stats.ts';
import type { writeScenarios } from '../scenarios/writes.ts';
import type { tableScenario } from '../scenarios/table.ts';
import type { reportsScenario } from '../scenarios/reports.ts';

type Writes = Awaited<ReturnType<typeof writeScenarios>>;
type Table = Awaited<ReturnType<typeof tableScenario>>;

export interface Figures {
  store?: Writes['store'];
  import?: Writes['import'];
  export?: Writes['export'];
  bundle?: Writes['bundle'];
  table?: Table['table'];
  memory?: Table['memory'];
  reports?: Awaited<ReturnType<typeof reportsScenario>>;
  /** The write scenarios' counted rounds so far, while they run: replaced by the figures above once they end. */
  writesInProgress?: { countedRounds: number; ms: Record<string, Summary> };
}

/** The goals of issue 8, all read at 300,000 people; a smaller run reports the same figures for a trend only. */
export function goalsOf(figures: Figures): Goal[] {
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

const ms = (summary: Summary | undefined) => (summary ? `${summary.median.toLocaleString('en', { maximumFractionDigits: summary.median >= 100 ? 0 : 1 })} ms` : '');
const range = (summary: Summary | undefined) => (summary ? `${summary.min.toLocaleString('en', { maximumFractionDigits: 0 })}–${summary.max.toLocaleString('en', { maximumFractionDigits: 0 })}` : '');

export function printed(figures: Figures, goals: readonly JudgedGoal[] = goalsOf(figures).map(judge)): string {
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
