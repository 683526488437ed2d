/**
 * Reports computed away from the window (in a worker): everyone is read once and kept in memory, refreshed from the
 * changes before each report; the computed facts stay here so a click on a figure lists who is behind it without
 * computing again. What the screen gets is the report in words of its language. Messages are parsed with these schemas.
 */
import { z } from 'zod';
import { formatPartialDate, isoDate, type IsoDate } from '../dates/partial-date';
import { loadCatalogs } from '../catalogs/catalog-service';
import type { CatalogEntry } from '../catalogs/catalog';
import { languages, type Language } from '../i18n/translate';
import { unitTreeOn } from '../queries/people-queries';
import { recordTypes } from '../records/registry';
import { toRecord } from '../queries/records-reader';
import { describeUnknownError } from '../result';
import type { AppDatabase } from '../storage/database';
import { toFieldIssues } from '../validation/issues';
import { cellMembers, computeReport, labelText, reportRequest, type ReportResult } from './report-engine';
import { ReportPeople } from './report-people';
import { reminderKinds, remindersOn } from '../queries/reminders';
import { reportWorkbook } from './report-workbook';
import { periodNames, type PeriodName } from './gather-facts';
import { entityKinds, type EntityKind } from './report-facts';
import { withoutDiacritics } from '../text/fold';
import { periodOn } from '../organization/unit';
import type { UnitTree } from '../organization/unit-tree';
import { unitOn } from '../people/membership';
import type { StoredRow } from '../records/stored-record';

const jobId = z.number().int().nonnegative();
const resultId = z.number().int().positive();
const language = z.enum(languages);
const count = z.number().int().nonnegative();

export const reportJobRequest = z.discriminatedUnion('kind', [
  /** The units a report can be made for, as the tree stands on a day, and which is the office's own. */
  z.object({ kind: z.literal('units'), jobId, day: isoDate, ownUnitCode: z.string().max(64) }),
  z.object({ kind: z.literal('compute'), jobId, request: z.unknown(), language }),
  /**
   * Computes a report and keeps nothing of it but what it read (everyone, the year's ratings, the event tables), so
   * the report the user asks for next is made from memory: asked for when the report screen opens.
   */
  z.object({ kind: z.literal('prepare'), jobId, request: z.unknown() }),
  z.object({ kind: z.literal('cell'), jobId, resultId, tableId: z.string().max(64), rowId: z.string().max(200), columnId: z.string().max(200), period: z.enum(periodNames), limit: z.number().int().positive().max(5000) }),
  z.object({ kind: z.literal('workbook'), jobId, resultId, language, producedOn: isoDate }),
  /** The home screen's reminders for the office's own subtree on a day, the first `limit` people of each. */
  z.object({ kind: z.literal('reminders'), jobId, day: isoDate, ownUnitCode: z.string().max(64), limit: z.number().int().positive().max(5000) }),
]);
export type ReportJobRequest = z.infer<typeof reportJobRequest>;

const tableView = z.object({
  id: z.string(),
  title: z.string(),
  rows: z.array(z.object({ id: z.string(), label: z.string() })),
  columns: z.array(z.object({ id: z.string(), label: z.string() })),
  values: z.object({ current: z.array(z.array(count)), previous: z.array(z.array(count)) }),
  shares: z.object({ current: z.array(z.array(z.number().nullable())), previous: z.array(z.array(z.number().nullable())) }).optional(),
  notes: z.object({ current: z.array(z.string()), previous: z.array(z.string()) }).optional(),
});
export type ReportTableView = z.infer<typeof tableView>;

const period = z.object({ from: isoDate, to: isoDate, day: isoDate });
export const reportView = z.object({
  resultId,
  title: z.string(),
  unitName: z.string(),
  periods: z.object({ current: period, previous: period }),
  tables: z.array(tableView),
});
export type ReportView = z.infer<typeof reportView>;

/** One entity behind a figure, as a list shows it. */
const cellEntry = z.object({ kind: z.enum(entityKinds), id: z.string(), name: z.string(), detail: z.string() });
export type CellEntry = z.infer<typeof cellEntry>;

const reminderEntry = z.object({ personId: z.string(), fullName: z.string(), unitName: z.string(), dueOn: isoDate, overdue: z.boolean() });
export type ReminderView = z.infer<typeof reminderEntry>;
const reminderList = z.object({ kind: z.enum(reminderKinds), total: count, entries: z.array(reminderEntry) });
export type ReminderList = z.infer<typeof reminderList>;

export const reportJobResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), jobId, fraction: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('units'), jobId, ownUnitId: z.string().nullable(), units: z.array(z.object({ id: z.string(), name: z.string(), depth: count })) }),
  z.object({ kind: z.literal('computed'), jobId, report: reportView }),
  z.object({ kind: z.literal('prepared'), jobId }),
  z.object({ kind: z.literal('cell'), jobId, total: count, entries: z.array(cellEntry) }),
  z.object({ kind: z.literal('workbook'), jobId, bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array), fileName: z.string() }),
  z.object({ kind: z.literal('reminders'), jobId, lists: z.array(reminderList) }),
  /** Bad input from the screen: message keys with their fields, nothing computed. */
  z.object({ kind: z.literal('invalid'), jobId, issues: z.array(z.object({ field: z.string(), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })) }),
  /** The result asked about is no longer kept (the worker restarted, or newer reports replaced it). */
  z.object({ kind: z.literal('gone'), jobId }),
  z.object({ kind: z.literal('failed'), jobId, detail: z.string() }),
]);
export type ReportJobResponse = z.infer<typeof reportJobResponse>;

interface KeptResult {
  readonly result: ReportResult;
  readonly catalog: readonly CatalogEntry[];
  readonly unitName: string;
  readonly title: string;
}

/** Results kept for drilling down and export: the last few, since each holds its facts. */
const keptResults = 3;

export class ReportJobs {
  private readonly people = new ReportPeople();
  private loaded: Promise<void> | null = null;
  private readonly results = new Map<number, KeptResult>();
  private nextResultId = 1;
  private readonly prepared = new Set<string>();

  constructor(private readonly db: AppDatabase) {}

  async handle(request: ReportJobRequest, onProgress: (fraction: number) => void): Promise<ReportJobResponse> {
    const { jobId } = request;
    try {
      switch (request.kind) {
        case 'units':
          return { kind: 'units', jobId, ...(await this.units(request.day, request.ownUnitCode)) };
        case 'compute': {
          const parsed = reportRequest.safeParse(request.request);
          if (!parsed.success) return { kind: 'invalid', jobId, issues: toFieldIssues(parsed.error) };
          return { kind: 'computed', jobId, report: await this.compute(parsed.data, request.language, onProgress) };
        }
        case 'prepare': {
          const parsed = reportRequest.safeParse(request.request);
          if (!parsed.success) return { kind: 'invalid', jobId, issues: toFieldIssues(parsed.error) };
          // Once read ahead, what a report needs stays in memory (refreshed by the report itself): opening the screen
          // again must not compute the same report again.
          const key = JSON.stringify(parsed.data);
          if (!this.prepared.has(key)) {
            await this.computeResult(parsed.data, () => undefined);
            this.prepared.add(key);
          }
          return { kind: 'prepared', jobId };
        }
        case 'cell': {
          const kept = this.results.get(request.resultId);
          if (!kept) return { kind: 'gone', jobId };
          return { kind: 'cell', jobId, ...(await this.cell(kept, request)) };
        }
        case 'workbook': {
          const kept = this.results.get(request.resultId);
          if (!kept) return { kind: 'gone', jobId };
          const bytes = await reportWorkbook(kept.result, { language: request.language, unitName: kept.unitName, producedOn: request.producedOn, catalog: kept.catalog });
          return { kind: 'workbook', jobId, bytes, fileName: workbookName(kept, request.producedOn) };
        }
        case 'reminders':
          return { kind: 'reminders', jobId, lists: await this.reminders(request.day, request.ownUnitCode, request.limit, onProgress) };
      }
    } catch (error) {
      return { kind: 'failed', jobId, detail: describeUnknownError(error) };
    }
  }

  private async units(day: IsoDate, ownUnitCode: string) {
    const tree = await unitTreeOn(this.db, day);
    const units = tree.depthFirst().map(({ node, depth }) => ({ id: node.id, name: node.name, depth }));
    return { ownUnitId: tree.byCode(ownUnitCode)?.id ?? null, units };
  }

  /** Everyone in memory and up to date: read on first use (reported as `onProgress`), refreshed from the changes after. Whether it was the first read. */
  private async peopleReady(onProgress: (fraction: number) => void): Promise<boolean> {
    if (!this.loaded) {
      this.loaded = this.people.load(this.db, onProgress);
      this.loaded.catch(() => (this.loaded = null));
      await this.loaded;
      return true;
    }
    await this.loaded;
    await this.people.refresh(this.db);
    return false;
  }

  /** The report itself, from the people kept in memory (read on first use, then refreshed). */
  private async computeResult(request: z.output<typeof reportRequest>, onProgress: (fraction: number) => void): Promise<{ result: ReportResult; catalog: CatalogEntry[] }> {
    // Reading everyone is most of a first report's time: it takes the first half of the bar.
    const firstLoad = await this.peopleReady((fraction) => onProgress(fraction / 2));
    const start = firstLoad ? 0.5 : 0;
    const catalog = await loadCatalogs(this.db);
    const result = await computeReport(this.db, request, { catalog, people: this.people, onProgress: (fraction) => onProgress(start + (1 - start) * fraction) });
    return { result, catalog };
  }

  private async compute(request: z.output<typeof reportRequest>, language: Language, onProgress: (fraction: number) => void): Promise<ReportView> {
    const { result, catalog } = await this.computeResult(request, onProgress);
    const day = result.periods.current.day;
    const unitName = (await unitTreeOn(this.db, day)).get(request.rootUnitId)?.name ?? '';
    const text = (label: Parameters<typeof labelText>[0]) => labelText(label, language, catalog);
    const title = text(result.title);
    const id = this.nextResultId++;
    this.results.set(id, { result, catalog, unitName, title });
    for (const old of this.results.keys()) if (this.results.size > keptResults) this.results.delete(old);
    return {
      resultId: id,
      title,
      unitName,
      periods: result.periods,
      tables: result.tables.map((table) => ({
        id: table.id,
        title: text(table.title),
        rows: table.rows.map((row) => ({ id: row.id, label: text(row.label) })),
        columns: table.columns.map((column) => ({ id: column.id, label: text(column.label) })),
        values: { current: table.values.current.map((row) => [...row]), previous: table.values.previous.map((row) => [...row]) },
        ...(table.shares ? { shares: { current: table.shares.current.map((row) => [...row]), previous: table.shares.previous.map((row) => [...row]) } } : {}),
        ...(table.notes ? { notes: { current: table.notes.current.map(text), previous: table.notes.previous.map(text) } } : {}),
      })),
    };
  }

  private async reminders(day: IsoDate, ownUnitCode: string, limit: number, onProgress: (fraction: number) => void): Promise<ReminderList[]> {
    await this.peopleReady(onProgress);
    const tree = await unitTreeOn(this.db, day);
    const root = tree.byCode(ownUnitCode);
    const found = await remindersOn(this.db, day, (visit) => this.people.each(this.db, visit, () => undefined), { ...(root ? { rootUnitId: root.id } : {}), records: this.people.records, catalog: await loadCatalogs(this.db) });
    return reminderKinds.map((kind) => ({
      kind,
      total: found[kind].length,
      entries: found[kind].slice(0, limit).map((entry) => ({ personId: entry.personId, fullName: entry.fullName, unitName: (entry.unitId && tree.get(entry.unitId)?.name) || '', dueOn: entry.dueOn, overdue: entry.overdue })),
    }));
  }

  /** Names of the first `limit` entities behind a figure, people by name; and how many there are in all. */
  private async cell(kept: KeptResult, request: { tableId: string; rowId: string; columnId: string; period: PeriodName; limit: number }) {
    const found = cellMembers(kept.result, request.tableId, request.rowId, request.columnId, request.period);
    const day = kept.result.periods[request.period].day;
    const tree = await unitTreeOn(this.db, day);
    const entries: CellEntry[] = [];
    const total = entityKinds.reduce((sum, kind) => sum + found[kind].length, 0);
    for (const kind of entityKinds) {
      const ids = found[kind].slice(0, Math.max(0, request.limit - entries.length));
      if (ids.length === 0) continue;
      if (kind === 'unit') {
        for (const id of ids) entries.push({ kind, id, name: tree.get(id)?.name ?? id, detail: '' });
        continue;
      }
      const rows = await this.db.recordTable(recordTypes[kind].table).bulkGet(ids);
      rows.forEach((row, index) => entries.push(row ? describeEntity(kind, row, day, tree) : { kind, id: ids[index]!, name: ids[index]!, detail: '' }));
    }
    return { total, entries };
  }
}

/** A person by name, birth date and unit; an area or enterprise by its name and commune, as on the day. */
function describeEntity(kind: Exclude<EntityKind, 'unit'>, row: StoredRow, day: IsoDate, tree: UnitTree): CellEntry {
  const unitName = (id: string | undefined) => (id === undefined ? '' : (tree.get(id)?.name ?? ''));
  if (kind === 'person') {
    const person = toRecord<'person'>(row);
    return { kind, id: person.id, name: person.fullName, detail: [formatPartialDate(person.birthDate), unitName(unitOn(person, day) ?? person.unitId)].filter(Boolean).join(' · ') };
  }
  if (kind === 'residentialArea') {
    const area = toRecord<'residentialArea'>(row);
    const period = periodOn(area, day) ?? area.periods.at(-1);
    return { kind, id: area.id, name: period?.name ?? area.id, detail: unitName(period?.adminUnitId) };
  }
  const enterprise = toRecord<'enterprise'>(row);
  return { kind, id: enterprise.id, name: enterprise.name, detail: unitName(enterprise.adminUnitId) };
}

function workbookName(kept: KeptResult, producedOn: IsoDate): string {
  const { from, to } = kept.result.periods.current;
  const plain = (text: string) => withoutDiacritics(text).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${plain(kept.title)}_${plain(kept.unitName)}_${from}_${to}_lap-${producedOn}.xlsx`;
}
