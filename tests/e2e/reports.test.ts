import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest } from './support/demo-session';

const appUrl = inject('appUrl');
const current = demoSessionPerTest('reports', 20000, async (page) => {
  // The browser's save dialog cannot be answered headless: without it the web platform falls back to a download.
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await page.goto(`${appUrl}#/reports`);
  // A new hash is the same document: reload so the script above runs.
  await page.reload();
  await page.getByRole('heading', { name: 'Báo cáo', level: 1 }).waitFor();
});

const year = new Date().getFullYear();
const number = (text: string) => Number(text.replace(/\./g, ''));
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

async function makeReport(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Đơn vị (gồm các đơn vị trực thuộc)' }).and(page.locator('input')).waitFor();
  await field(page, 'Từ ngày').fill(`01/01/${year}`);
  await field(page, 'Đến ngày').fill(`31/12/${year}`);
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByRole('heading', { name: 'Báo cáo thống kê công tác xây dựng Đảng cuối năm', level: 2 }).waitFor({ timeout: 120_000 });
}

it('makes the year report of the office, and lists the people behind a figure', async () => {
  const { page } = current();
  await makeReport(page);
  expect(await page.getByText(new RegExp(`Kỳ báo cáo từ 01/01/${year} đến 31/12/${year}`)).count()).toBe(1);
  const bySex = page.getByRole('region', { name: /Đảng viên theo giới tính$/ });
  const total = bySex.getByRole('button', { name: /^Tổng số đảng viên, Tổng số, Kỳ này: / });
  const women = bySex.getByRole('button', { name: /^Tổng số đảng viên, Nữ, Kỳ này: / });
  const members = number((await total.textContent()) ?? '');
  expect(members).toBeGreaterThan(15000);
  expect(number((await women.textContent()) ?? '')).toBeLessThan(members);
  await saveScreenshot(page, 'reports-year-report');

  await women.click();
  const list = page.getByRole('region', { name: /^Danh sách: Tổng số đảng viên – Nữ \(Kỳ này\)$/ });
  const count = number((await women.textContent()) ?? '');
  await list.getByText(`${count.toLocaleString('vi-VN')} mục; hiển thị 500 mục đầu.`).waitFor();
  const people = list.getByRole('link');
  expect(await people.count()).toBe(500);
  const first = (await people.first().textContent()) ?? '';
  await people.first().click();
  await page.getByRole('heading', { level: 1, name: first }).waitFor();
  // Every one listed is a woman: her record says so.
  await page.getByText('Nữ', { exact: true }).first().waitFor();
});

it('refuses a period that ends before it starts, or a day that does not exist, and computes nothing', async () => {
  const { page } = current();
  await field(page, 'Từ ngày').fill('31/02/2026');
  await field(page, 'Đến ngày').fill('01/01/2020');
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText('Từ ngày: ngày không hợp lệ (dd/mm/yyyy).').waitFor();
  await field(page, 'Từ ngày').fill('01/01/2026');
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText('Đến ngày: phải sau hoặc trùng Từ ngày.').waitFor();
  expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
});

it('exports the report to an Excel workbook whose sheets carry the titles and figures shown', async () => {
  const { page } = current();
  await makeReport(page);
  const bySex = page.getByRole('region', { name: /Đảng viên theo giới tính$/ });
  const shownTotal = number((await bySex.getByRole('button', { name: /^Tổng số đảng viên, Tổng số, Kỳ này: / }).textContent()) ?? '');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const folder = await mkdtemp(join(tmpdir(), 'so-can-bo-report-'));
  try {
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets.find((each) => each.getCell('A2').text.includes('Đảng viên theo giới tính'))!;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').text).toBe('Báo cáo thống kê công tác xây dựng Đảng cuối năm');
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(...(row.values as unknown[]).map((value) => (value === null || value === undefined ? '' : String(value)))));
    expect(cells.join('|')).toContain(`01/01/${year}`);
    let totalRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).text === 'Tổng số đảng viên') totalRow = row;
    });
    expect(totalRow).toBeDefined();
    expect(totalRow!.getCell(2).value).toBe(shownTotal);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await page.getByRole('status').getByText('Đã lưu báo cáo Excel', { exact: false }).waitFor();
});
