/**
 * The report screen's door to its worker: compute a report (with progress), list who is behind a figure, and
 * make the Excel workbook of a computed report.
 */
import type { IsoDate } from '../../shared/dates/partial-date';
import type { Language } from '../../shared/i18n/translate';
import { reportJobResponse, type CellEntry, type ReminderList, type ReportJobRequest, type ReportJobResponse, type ReportView } from '../../shared/reports/report-jobs';
import type { PeriodName } from '../../shared/reports/gather-facts';
import type { ReportRequest } from '../../shared/reports/report-engine';
import { ValidationFailed } from '../../shared/validation/issues';
import { workerClient } from './worker-client';

/** The worker failed (a bug, storage trouble): the detail is for support staff. */
export class ReportFailed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ReportFailed';
  }
}

/** The report asked about is no longer kept: compute it again. */
export class ReportGone extends Error {
  constructor() {
    super('The report is no longer kept');
    this.name = 'ReportGone';
  }
}

export interface ReportUnits {
  readonly ownUnitId: string | null;
  readonly units: readonly { readonly id: string; readonly name: string; readonly depth: number }[];
}

export interface ReportServices {
  units(day: IsoDate, ownUnitCode: string): Promise<ReportUnits>;
  /** Throws ValidationFailed, naming the fields, on a bad request. */
  compute(request: ReportRequest, language: Language, onProgress: (fraction: number) => void): Promise<ReportView>;
  /** Reads ahead what a report needs (a whole report's worth, silently), so the one asked for next comes from memory. */
  prepare(request: ReportRequest): Promise<void>;
  cell(resultId: number, tableId: string, rowId: string, columnId: string, period: PeriodName, limit: number): Promise<{ total: number; entries: readonly CellEntry[] }>;
  workbook(resultId: number, language: Language, producedOn: IsoDate): Promise<{ bytes: Uint8Array; fileName: string }>;
  /** The reminders of the office's own subtree on a day, the first `limit` people of each (the first call reads everyone: `onProgress`). */
  reminders(day: IsoDate, ownUnitCode: string, limit: number, onProgress?: (fraction: number) => void): Promise<readonly ReminderList[]>;
}

function answer<K extends ReportJobResponse['kind']>(message: ReportJobResponse, kind: K): Extract<ReportJobResponse, { kind: K }> {
  if (message.kind === kind) return message as Extract<ReportJobResponse, { kind: K }>;
  if (message.kind === 'invalid') throw new ValidationFailed(message.issues);
  if (message.kind === 'gone') throw new ReportGone();
  throw new ReportFailed(message.kind === 'failed' ? message.detail : `unexpected answer: ${message.kind}`);
}

export function createReportServices(): ReportServices {
  const run = workerClient<ReportJobRequest, ReportJobResponse>(() => new Worker(new URL('./reports.worker.ts', import.meta.url), { type: 'module' }), reportJobResponse, (detail) => new ReportFailed(detail));
  return {
    async units(day, ownUnitCode) {
      const { ownUnitId, units } = answer(await run({ kind: 'units', day, ownUnitCode }), 'units');
      return { ownUnitId, units };
    },
    async compute(request, language, onProgress) {
      return answer(await run({ kind: 'compute', request, language }, onProgress), 'computed').report;
    },
    async prepare(request) {
      answer(await run({ kind: 'prepare', request }), 'prepared');
    },
    async cell(resultId, tableId, rowId, columnId, period, limit) {
      const { total, entries } = answer(await run({ kind: 'cell', resultId, tableId, rowId, columnId, period, limit }), 'cell');
      return { total, entries };
    },
    async workbook(resultId, language, producedOn) {
      const { bytes, fileName } = answer(await run({ kind: 'workbook', resultId, language, producedOn }), 'workbook');
      return { bytes, fileName };
    },
    async reminders(day, ownUnitCode, limit, onProgress) {
      return answer(await run({ kind: 'reminders', day, ownUnitCode, limit }, onProgress), 'reminders').lists;
    },
  };
}
