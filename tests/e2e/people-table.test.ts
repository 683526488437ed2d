import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { foldForSearch } from '../../shared/text/fold';
import { saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';
import { countIs, formattedCount as formatted, search, settled, shownCount, visibleRows } from './support/people-table-page';

let session: AppSession;
const appUrl = inject('appUrl');
const runId = inject('runId');

beforeEach(async () => {
  session = await openAppWithDemo(appUrl, runId, 20000);
  await session.page.getByRole('link', { name: 'Cán bộ – Đảng viên' }).click();
  await countIs(session.page, 20000);
}, 600_000);

afterEach(async (context) => {
  await saveScreenshot(session.page, `people-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

/** dd/mm/yyyy, mm/yyyy or yyyy back to an ISO prefix, which sorts as text. */
const isoOf = (shown: string) => shown.split('/').reverse().join('-');

/** A filter's select, by its label (the column chooser's hidden checkboxes carry the same labels). */
const choice = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });
const menu = (page: Page, label: string) => page.locator('summary', { hasText: label });

/** Counts straight from the database, the way the data says: people of a sex, tombstones left out. */
function countInDatabase(page: Page, sex: 'male' | 'female'): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const opened = indexedDB.open('so-can-bo');
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          let count = 0;
          const cursor = opened.result.transaction('people').objectStore('people').openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) return resolve(count);
            const row = current.value as { sex: string; _deleted?: unknown };
            if (row.sex === wanted && !row._deleted) count += 1;
            current.continue();
          };
        };
      }),
    sex,
  );
}

it('finds a person typed without diacritics, or by party card number or citizen ID', async () => {
  const { page } = session;
  const [, , picked] = await visibleRows(page);
  const name = picked!['Họ và tên']!;
  const typed = foldForSearch(name);
  expect(typed).not.toBe(name.toLowerCase());

  await search(page, typed);
  const found = await visibleRows(page);
  expect(found.length).toBeGreaterThan(0);
  for (const row of found) expect(foldForSearch(row['Họ và tên']!)).toContain(typed);
  // Sorted by given name, the name itself comes before longer ones that contain it ("… An" before "… Anh").
  expect(found[0]!['Họ và tên']).toBe(name);
  expect(await shownCount(page)).toBeLessThan(20000);

  const withCard = found.find((row) => row['Số thẻ đảng viên'] !== '')!;
  await search(page, withCard['Số thẻ đảng viên']!);
  await countIs(page, 1);
  expect((await visibleRows(page))[0]!['Họ và tên']).toBe(withCard['Họ và tên']);

  const withCitizenId = found.find((row) => row['Số CCCD'] !== '')!;
  await search(page, withCitizenId['Số CCCD']!.slice(0, 11));
  const byCitizenId = await visibleRows(page);
  expect(byCitizenId.map((row) => row['Số CCCD'])).toContain(withCitizenId['Số CCCD']);
  for (const row of byCitizenId) expect(row['Số CCCD']!.startsWith(withCitizenId['Số CCCD']!.slice(0, 11))).toBe(true);
});

it('sorts by a column both ways, and by given name in Vietnamese order by default', async () => {
  const { page } = session;
  const collator = new Intl.Collator('vi');
  const givenNames = (await visibleRows(page)).map((row) => row['Họ và tên']!.split(' ').at(-1)!);
  expect([...givenNames].sort(collator.compare)).toEqual(givenNames);

  await page.getByRole('button', { name: 'Ngày sinh' }).click();
  await page.locator('th[aria-sort="ascending"]').getByText('Ngày sinh').waitFor();
  await settled(page);
  const ascending = (await visibleRows(page)).map((row) => isoOf(row['Ngày sinh']!));
  expect(ascending.length).toBeGreaterThan(10);
  expect([...ascending].sort()).toEqual(ascending);

  await page.getByRole('button', { name: 'Ngày sinh' }).click();
  await page.locator('th[aria-sort="descending"]').getByText('Ngày sinh').waitFor();
  await settled(page);
  const descending = (await visibleRows(page)).map((row) => isoOf(row['Ngày sinh']!));
  expect([...descending].sort().reverse()).toEqual(descending);
  expect(descending[0]! > ascending[0]!).toBe(true);
});

it('filters, counting what the database holds', async () => {
  const { page } = session;
  await page.getByRole('button', { name: 'Bộ lọc', exact: true }).click();
  await choice(page, 'Giới tính').selectOption({ label: 'Nữ' });
  const women = await countInDatabase(page, 'female');
  expect(women).toBeGreaterThan(1000);
  await countIs(page, women);
  for (const row of await visibleRows(page)) expect(row['Giới tính']).toBe('Nữ');
  await page.getByRole('button', { name: 'Bộ lọc (1)', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await countIs(page, 20000);
});

it('exports the filtered view to an Excel workbook with Vietnamese headers', async () => {
  const { page } = session;
  // The browser's save dialog cannot be answered headless: without it the web platform falls back to a download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await page.reload();
  await countIs(page, 20000);
  await page.getByRole('button', { name: 'Bộ lọc', exact: true }).click();
  await choice(page, 'Dân tộc').selectOption({ label: 'Mường' });
  await choice(page, 'Giới tính').selectOption({ label: 'Nữ' });
  await page.getByRole('button', { name: 'Bộ lọc (2)', exact: true }).waitFor();
  await settled(page);
  const count = await shownCount(page);
  expect(count).toBeGreaterThan(50);
  const shown = await visibleRows(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-can-bo-dang-vien-\d{2}-\d{2}-\d{4}\.xlsx$/);
  const folder = await mkdtemp(join(tmpdir(), 'so-can-bo-export-'));
  try {
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    const [headers, ...data] = rows;
    const columns = Object.keys(shown[0]!);
    expect(headers).toEqual(columns);
    expect(headers).toEqual(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Số thẻ đảng viên', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Trạng thái']);
    expect(data).toHaveLength(count);
    expect(data.slice(0, shown.length)).toEqual(shown.map((row) => columns.map((column) => row[column]!)));
    for (const row of data) {
      expect(row[2]).toBe('Nữ');
      expect(row[7]).toBe('Mường');
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await page.getByRole('status').getByText(`Đã xuất ${formatted(count)} người`, { exact: false }).waitFor();
});

it('opens a person with the keyboard, and keeps the view on coming back', async () => {
  const { page } = session;
  await search(page, 'nguyen');
  const rows = await visibleRows(page);
  await page.getByRole('grid').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.locator('tr[aria-selected="true"] td').first().textContent()).toBe(rows[1]!['Họ và tên']);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/people\/[0-9a-f-]{36}$/);
  await page.goBack();
  await page.getByPlaceholder('Tìm theo họ tên (không cần dấu), số thẻ đảng viên hoặc CCCD').waitFor();
  expect(await page.getByPlaceholder('Tìm theo họ tên (không cần dấu), số thẻ đảng viên hoặc CCCD').inputValue()).toBe('nguyen');
  expect((await visibleRows(page))[0]!['Họ và tên']).toBe(rows[0]!['Họ và tên']);
});

it('hides columns and saves views that apply again', async () => {
  const { page } = session;
  await menu(page, 'Cột hiển thị').click();
  await page.getByRole('checkbox', { name: 'Tôn giáo' }).uncheck();
  await page.getByRole('checkbox', { name: 'Quản lý nhà nước' }).check();
  const headers = await page.locator('.people-table thead th').allTextContents();
  expect(headers).not.toContain('Tôn giáo');
  expect(headers.at(-1)).toBe('Quản lý nhà nước');
  await menu(page, 'Cột hiển thị').click();

  await page.getByRole('button', { name: 'Bộ lọc', exact: true }).click();
  await choice(page, 'Trạng thái').selectOption({ label: 'Đảng viên dự bị' });
  await settled(page);
  const probationary = await shownCount(page);
  expect(probationary).toBeLessThan(20000);

  await menu(page, 'Dạng xem đã lưu').click();
  await page.getByRole('button', { name: 'Lưu dạng xem hiện tại' }).click();
  await page.getByText('Tên dạng xem: không được để trống.').waitFor();
  await page.getByLabel('Tên dạng xem').fill('Đảng viên dự bị');
  await page.getByLabel('Tên dạng xem').press('Enter');
  await page.getByText('Đã lưu dạng xem “Đảng viên dự bị”.').waitFor();

  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await countIs(page, 20000);
  await menu(page, 'Cột hiển thị').click();
  await page.getByRole('checkbox', { name: 'Tôn giáo' }).check();
  await menu(page, 'Cột hiển thị').click();
  expect(await page.locator('.people-table thead th').allTextContents()).toContain('Tôn giáo');

  await menu(page, 'Dạng xem đã lưu').click();
  await page.getByRole('button', { name: 'Áp dụng dạng xem Đảng viên dự bị' }).click();
  await countIs(page, probationary);
  expect(await choice(page, 'Trạng thái').locator('option:checked').textContent()).toBe('Đảng viên dự bị');
  expect(await page.locator('.people-table thead th').allTextContents()).toEqual(headers);
});
