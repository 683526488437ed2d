import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { computeReport, type ReportResult } from './report-engine';
import { reportWorkbook } from './report-workbook';

const office = { officeId: 'commune', level: 'grassroots' as const };
let db: AppDatabase;
let result: ReportResult;

beforeAll(async () => {
  db = new AppDatabase('report-workbook');
  await writeRecords({ db, office }, (writer) => {
    writer.create('unit', sampleUnit({ code: 'G', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ xã Một', kind: 'grassroots-committee', isGrassroots: true, parentId: null }] }), 'g');
    writer.create('unit', sampleUnit({ code: 'A', periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ A', kind: 'cell', isGrassroots: false, parentId: 'g' }] }), 'a');
    // Two members all along, a third admitted in March 2025: 2 a year before, 3 now.
    for (const [id, admissionDate, sex] of [['p1', '2005-03-01', 'female'], ['p2', '2010-06-01', 'male'], ['p3', '2025-03-15', 'female']] as const) {
      writer.create('person', samplePerson({ citizenId: undefined, sex, unitId: 'a', unitHistory: [{ unitId: 'a', from: '2005-01-01', to: null }], admissionDate, admissionDecisionDate: admissionDate }), id);
    }
  });
  result = await computeReport(db, { reportId: 'year-end', rootUnitId: 'g', from: '2025-01-01', to: '2025-12-31' });
});
afterAll(() => db.delete());

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the report workbook', () => {
  it('has one sheet per table, each headed by the report, the table, the unit, the period and the day it was made', async () => {
    const workbook = await read(await reportWorkbook(result, { language: 'vi', unitName: 'Đảng bộ xã Một', producedOn: '2026-01-05', catalog: officialCatalogEntries }));
    expect(workbook.worksheets).toHaveLength(result.tables.length);
    const sheet = workbook.worksheets.find((each) => each.name.startsWith('3. Đảng viên theo giới tính'))!;
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.getCell('A1').value).toBe('Báo cáo thống kê công tác xây dựng Đảng cuối năm');
    expect(sheet.getCell('A2').value).toBe('Đảng viên theo giới tính');
    expect(sheet.getCell('A3').value).toBe('Đơn vị: Đảng bộ xã Một');
    expect(sheet.getCell('A4').value).toBe('Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025; số liệu tính đến ngày 31/12/2025');
    expect(sheet.getCell('A5').value).toBe('Ngày lập báo cáo: 05/01/2026');
    // Headers: the indicator, then per column this period, the year before and the change.
    expect(sheet.getCell('A7').value).toBe('Chỉ tiêu');
    expect([sheet.getCell('B7').value, sheet.getCell('E7').value, sheet.getCell('H7').value]).toEqual(['Tổng số', 'Nam', 'Nữ']);
    expect([sheet.getCell('B8').value, sheet.getCell('C8').value, sheet.getCell('D8').value]).toEqual(['Kỳ này', 'Cùng kỳ năm trước', 'Tăng (+), giảm (−)']);
    expect(sheet.getCell('A9').value).toBe('Tổng số đảng viên');
    expect([sheet.getCell('B9').value, sheet.getCell('C9').value, sheet.getCell('D9').value]).toEqual([3, 2, 1]);
    expect([sheet.getCell('H9').value, sheet.getCell('I9').value]).toEqual([2, 1]);
    expect(sheet.getCell('B9').numFmt).toBe('#,##0');
    expect(sheet.getCell('D9').numFmt).toBe('+#,##0;-#,##0;0');
  });

  it('writes shares as percentages and names the rating scheme, in the language asked for', async () => {
    const workbook = await read(await reportWorkbook(result, { language: 'en', unitName: 'Commune One', producedOn: '2026-01-05', catalog: officialCatalogEntries }));
    const sheet = workbook.worksheets.find((each) => each.getCell('A2').value === 'Quality ratings of party members')!;
    expect(sheet.getCell('A3').value).toBe('Unit: Commune One');
    const header = sheet.getRow(7).values as unknown[];
    expect(header.slice(1, 3)).toEqual(['Indicator', 'Total']);
    expect(sheet.getRow(8).getCell(5).value).toBe('Share');
    // Nobody was rated: the whole total is "not recorded", a share of 100 %.
    const notRated = (sheet.getRow(7).values as unknown[]).indexOf('Not recorded');
    expect(notRated).toBeGreaterThan(0);
    expect(sheet.getRow(9).getCell(notRated + 3).value).toBe(1);
    expect(sheet.getRow(9).getCell(notRated + 3).numFmt).toBe('0.0%');
  });
});
