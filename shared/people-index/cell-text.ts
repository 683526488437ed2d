import { formatPartialDate } from '../dates/partial-date';
import type { PeopleColumn, PeopleRow } from './query';

/** The text a column shows for a row, the same on screen and in the exported workbook; `t` looks texts up in the UI catalogs. */
export function cellText(row: PeopleRow, column: PeopleColumn, t: (key: string) => string): string {
  switch (column) {
    case 'birthDate':
      return formatPartialDate(row.birthDate);
    case 'sex':
      return t(`people.sex.${row.sex}`);
    case 'memberStatus':
      return t(`people.memberStatus.${row.memberStatus}`);
    default:
      return row[column];
  }
}
