/**
 * The people table as an Excel workbook: the visible columns in their order, headers in the user's language,
 * every value written as text (card numbers and citizen IDs keep their leading zeros; partial dates stay partial).
 * Sensitive fields of the dossier are never columns of the table, so they cannot reach a spreadsheet.
 */
import ExcelJS from 'exceljs';
import { translate, type Language } from '../i18n/translate';
import { cellText } from './cell-text';
import type { PeopleColumn, PeopleRow } from './query';

/** Column widths in characters, wide enough for typical values. */
const widths: Record<PeopleColumn, number> = {
  fullName: 26,
  birthDate: 12,
  sex: 8,
  unit: 44,
  post: 28,
  partyCardNumber: 14,
  citizenId: 16,
  ethnicity: 12,
  religion: 14,
  professionalDegree: 22,
  politicalTheory: 18,
  memberStatus: 18,
  generalEducation: 14,
  stateManagement: 20,
};

export async function peopleWorkbook(rows: readonly PeopleRow[], columns: readonly PeopleColumn[], language: Language): Promise<Uint8Array> {
  const t = (key: string) => translate(language, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  const sheet = workbook.addWorksheet(t('people.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: t(`people.columns.${column}`), key: column, width: widths[column], style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => cellText(row, column, t)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
