import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { peopleWorkbook } from './export-workbook';
import type { PeopleRow } from './query';

const row: PeopleRow = {
  id: 'p1',
  fullName: 'Nguyễn Thị Đào',
  birthDate: '1975-07',
  sex: 'female',
  unit: 'Chi bộ Khu 1 – Đảng bộ xã Sơn Vi',
  post: 'Chủ tịch UBND xã',
  partyCardNumber: '01234567',
  citizenId: '025175000123',
  ethnicity: 'Mường',
  religion: 'Không',
  professionalDegree: 'Thạc sĩ',
  politicalTheory: 'Cao cấp',
  memberStatus: 'probationary',
  generalEducation: '12/12',
  stateManagement: '',
};

async function readBack(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((each) => rows.push((each.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
  return rows;
}

describe('the people workbook', () => {
  it('has the chosen columns with headers in the language asked for, and every value as the table shows it', async () => {
    const columns = ['fullName', 'birthDate', 'sex', 'partyCardNumber', 'citizenId', 'memberStatus', 'unit'] as const;
    const rows = await readBack(await peopleWorkbook([row, { ...row, id: 'p2', fullName: 'Lê Văn Ưng', sex: 'male', birthDate: '1960', memberStatus: 'full' }], columns, 'vi'));
    expect(rows).toEqual([
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số thẻ đảng viên', 'Số CCCD', 'Trạng thái', 'Đơn vị'],
      ['Nguyễn Thị Đào', '07/1975', 'Nữ', '01234567', '025175000123', 'Đảng viên dự bị', 'Chi bộ Khu 1 – Đảng bộ xã Sơn Vi'],
      ['Lê Văn Ưng', '1960', 'Nam', '01234567', '025175000123', 'Đảng viên chính thức', 'Chi bộ Khu 1 – Đảng bộ xã Sơn Vi'],
    ]);
    expect((await readBack(await peopleWorkbook([row], ['fullName', 'sex'], 'en')))[0]).toEqual(['Full name', 'Sex']);
  });

  it('keeps the leading zeros of numbers by writing them as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await peopleWorkbook([row], ['partyCardNumber'], 'vi')) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell('A2').value).toBe('01234567');
  });
});
