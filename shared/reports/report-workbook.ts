/**
 * A computed report as an Excel workbook: one sheet per table, headed by the report's title, the table's title, the
 * unit, the period and the day of production; then each figure of the period, the same figure a year before, the
 * change and, for tables with shares, the share of the row's total. Numbers stay numbers, with number formats.
 */
import ExcelJS from 'exceljs';
import type { CatalogEntry } from '../catalogs/catalog';
import { formatPartialDate, type IsoDate } from '../dates/partial-date';
import { translate, type Language } from '../i18n/translate';
import { labelText, type ReportResult, type TableResult } from './report-engine';

export interface WorkbookContext {
  readonly language: Language;
  /** The name of the report's unit, as the tree named it on the report's day. */
  readonly unitName: string;
  readonly producedOn: IsoDate;
  readonly catalog: readonly CatalogEntry[];
}

const countFormat = '#,##0';
const changeFormat = '+#,##0;-#,##0;0';
const shareFormat = '0.0%';
/** Excel refuses sheet names over 31 characters or with any of these. */
const sheetNameLimit = 31;
const forbiddenInSheetNames = /[[\]:*?/\\]/g;

function sheetName(index: number, title: string, taken: Set<string>): string {
  const base = `${index + 1}. ${title.replace(forbiddenInSheetNames, ' ')}`.slice(0, sheetNameLimit).trim();
  let name = base;
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) name = `${base.slice(0, sheetNameLimit - 3)} ${suffix}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportWorkbook(result: ReportResult, context: WorkbookContext): Promise<Uint8Array> {
  const t = (key: string, params?: Readonly<Record<string, string>>) => translate(context.language, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  const taken = new Set<string>();
  const title = labelText(result.title, context.language, context.catalog);
  const { current } = result.periods;
  const heading = [
    t('reports.workbook.unit', { unit: context.unitName }),
    t('reports.workbook.period', { from: formatPartialDate(current.from), to: formatPartialDate(current.to), day: formatPartialDate(current.day) }),
    t('reports.workbook.produced', { date: formatPartialDate(context.producedOn) }),
  ];
  result.tables.forEach((table, index) => {
    const tableTitle = labelText(table.title, context.language, context.catalog);
    const sheet = workbook.addWorksheet(sheetName(index, tableTitle, taken));
    writeTable(sheet, table, [title, tableTitle, ...heading], context);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeTable(sheet: ExcelJS.Worksheet, table: TableResult, heading: readonly string[], context: WorkbookContext): void {
  const t = (key: string, params?: Readonly<Record<string, string>>) => translate(context.language, key, params);
  const text = (label: Parameters<typeof labelText>[0]) => labelText(label, context.language, context.catalog);
  const parts = ['current', 'previous', 'change', ...(table.shares ? ['share'] : [])] as const;
  const width = 1 + table.columns.length * parts.length;
  const lines = [...heading];
  const schemes = table.notes?.current ?? [];
  if (schemes.length > 0) lines.push(t('reports.workbook.schemes', { schemes: schemes.map(text).join('; ') }));
  lines.forEach((line, index) => {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = index === 0 ? { bold: true, size: 14 } : index === 1 ? { bold: true, size: 12 } : { italic: true };
  });
  sheet.addRow([]);

  const top = sheet.addRow([t('reports.workbook.indicator'), ...table.columns.flatMap((column) => parts.map(() => text(column.label)))]);
  const sub = sheet.addRow(['', ...table.columns.flatMap(() => parts.map((part) => t(`reports.workbook.${part}`)))]);
  sheet.mergeCells(top.number, 1, sub.number, 1);
  table.columns.forEach((_, index) => sheet.mergeCells(top.number, 2 + index * parts.length, top.number, 1 + (index + 1) * parts.length));
  for (const row of [top, sub]) {
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }

  table.rows.forEach((rowEntry, rowIndex) => {
    const cells: (string | number | null)[] = [text(rowEntry.label)];
    const formats: string[] = [];
    table.columns.forEach((_, columnIndex) => {
      const value = table.values.current[rowIndex]![columnIndex]!;
      const previous = table.values.previous[rowIndex]![columnIndex]!;
      cells.push(value, previous, value - previous);
      formats.push(countFormat, countFormat, changeFormat);
      if (table.shares) {
        cells.push(table.shares.current[rowIndex]![columnIndex] ?? null);
        formats.push(shareFormat);
      }
    });
    const row = sheet.addRow(cells);
    formats.forEach((format, index) => (row.getCell(index + 2).numFmt = format));
  });
  sheet.getColumn(1).width = 48;
  for (let column = 2; column <= width; column += 1) sheet.getColumn(column).width = 13;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: sub.number }];
}
