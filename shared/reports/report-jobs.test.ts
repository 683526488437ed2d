import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generateProvince } from '../demo/province-generator';
import { loadRecords } from '../demo/load-province';
import { allRecords } from '../queries/records-reader';
import { AppDatabase } from '../storage/database';
import { ReportJobs, type ReportJobResponse } from './report-jobs';

let db: AppDatabase;
let jobs: ReportJobs;
let root: { id: string; code: string; name: string };
const progress: number[] = [];

beforeAll(async () => {
  db = new AppDatabase('report-jobs');
  await loadRecords({ db, office: { officeId: 'province', level: 'province' } }, generateProvince({ seed: 5, people: 800, districts: 1, communes: 3, agencies: 2, chunkSize: 1000 }));
  const units = await allRecords(db, 'unit');
  const top = units.find((unit) => unit.periods.some((period) => period.parentId === null))!;
  root = { id: top.id, code: top.code, name: top.periods.at(-1)!.name };
  jobs = new ReportJobs(db);
}, 120_000);
afterAll(() => db.delete());

const run = (request: Parameters<ReportJobs['handle']>[0]) => jobs.handle(request, (fraction) => progress.push(fraction));
function expectKind<K extends ReportJobResponse['kind']>(response: ReportJobResponse, kind: K): Extract<ReportJobResponse, { kind: K }> {
  expect(response.kind).toBe(kind);
  return response as Extract<ReportJobResponse, { kind: K }>;
}

describe('report jobs', { timeout: 120_000 }, () => {
  it('list the units with the office’s own', async () => {
    const { ownUnitId, units } = expectKind(await run({ kind: 'units', jobId: 1, day: '2025-12-31', ownUnitCode: root.code }), 'units');
    expect(ownUnitId).toBe(root.id);
    expect(units[0]).toEqual({ id: root.id, name: root.name, depth: 0 });
  });

  it('refuse a bad request naming the field, computing nothing', async () => {
    const { issues } = expectKind(await run({ kind: 'compute', jobId: 2, request: { reportId: 'year-end', rootUnitId: root.id, from: '2025-12-31', to: '2025-01-01' }, language: 'vi' }), 'invalid');
    expect(issues).toEqual([expect.objectContaining({ field: 'to', messageKey: 'validation.endBeforeStart' })]);
    expect(expectKind(await run({ kind: 'compute', jobId: 3, request: { reportId: 'nope', rootUnitId: root.id, from: '2025-01-01', to: '2025-12-31' }, language: 'vi' }), 'invalid').issues[0]!.field).toBe('reportId');
  });

  it('prepare a report by reading ahead, keeping no result of it', async () => {
    expect((await run({ kind: 'prepare', jobId: 9, request: { reportId: 'year-end', rootUnitId: root.id, from: '2025-01-01', to: '2025-12-31' } })).kind).toBe('prepared');
    expect((await run({ kind: 'cell', jobId: 10, resultId: 1, tableId: 'membersBy-sex', rowId: 'members', columnId: 'total', period: 'current', limit: 10 })).kind).toBe('gone');
    expect((await run({ kind: 'prepare', jobId: 11, request: { reportId: 'year-end' } })).kind).toBe('invalid');
    progress.length = 0;
  });

  it('compute a report in words, list who is behind a figure, and make its workbook', async () => {
    const { report } = expectKind(await run({ kind: 'compute', jobId: 4, request: { reportId: 'year-end', rootUnitId: root.id, from: '2025-01-01', to: '2025-12-31' }, language: 'vi' }), 'computed');
    expect(report.title).toBe('Báo cáo thống kê công tác xây dựng Đảng cuối năm');
    expect(report.unitName).toBe(root.name);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const bySex = report.tables.find((table) => table.id === 'membersBy-sex')!;
    const femaleColumn = bySex.columns.findIndex((column) => column.id === 'sex:female');
    const women = bySex.values.current[0]![femaleColumn]!;
    expect(women).toBeGreaterThan(0);

    const cell = expectKind(await run({ kind: 'cell', jobId: 5, resultId: report.resultId, tableId: bySex.id, rowId: bySex.rows[0]!.id, columnId: 'sex:female', period: 'current', limit: 10 }), 'cell');
    expect(cell.total).toBe(women);
    expect(cell.entries).toHaveLength(Math.min(10, women));
    expect(cell.entries[0]).toMatchObject({ kind: 'person', name: expect.stringMatching(/\S+ \S+/), detail: expect.stringMatching(/\d{4}/) });

    const { bytes, fileName } = expectKind(await run({ kind: 'workbook', jobId: 6, resultId: report.resultId, language: 'vi', producedOn: '2026-01-05' }), 'workbook');
    expect(fileName).toMatch(/^bao-cao-thong-ke-cong-tac-xay-dung-dang-cuoi-nam_.*_2025-01-01_2025-12-31_lap-2026-01-05\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(report.tables.length);
  });

  it('say a result is gone rather than answer from another', async () => {
    expect((await run({ kind: 'cell', jobId: 7, resultId: 999, tableId: 'membersBy-sex', rowId: 'members', columnId: 'total', period: 'current', limit: 10 })).kind).toBe('gone');
    expect((await run({ kind: 'workbook', jobId: 8, resultId: 999, language: 'vi', producedOn: '2026-01-05' })).kind).toBe('gone');
  });
});
