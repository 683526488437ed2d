import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { foldForSearch } from '../../shared/text/fold';
import { saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';

let session: AppSession;
const appUrl = inject('appUrl');
const runId = inject('runId');

beforeEach(async () => {
  session = await openAppWithDemo(appUrl, runId, 20000);
  await session.page.getByRole('navigation', { name: 'Các khu vực làm việc' }).getByRole('link', { name: 'Tổ chức', exact: true }).click();
  await session.page.getByRole('tree').waitFor({ timeout: 60_000 });
}, 600_000);

afterEach(async (context) => {
  await saveScreenshot(session.page, `organizations-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

/** A day `days` before today, as the user types it (dd/mm/yyyy). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

interface Row {
  readonly name: string;
  readonly code: string;
  readonly members: number;
}

/** A tree row as its label reads: "Chi bộ Khu 3 (PT.01.X03.03): 12 đảng viên". */
function parseRow(label: string): Row {
  const match = /^(.*) \((\S+)\): ([\d.]+) đảng viên$/.exec(label);
  if (!match) throw new Error(`Not a tree row: ${label}`);
  return { name: match[1]!, code: match[2]!, members: Number(match[3]!.replace(/\./g, '')) };
}

async function rowsAt(page: Page, level: number): Promise<Row[]> {
  return (await page.locator(`[role=treeitem][aria-level="${level}"]`).evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))).map(parseRow);
}

const row = (page: Page, unit: Row | { code: string }): Locator => page.getByRole('treeitem', { name: new RegExp(`\\(${unit.code.replace(/\./g, '\\.')}\\): `) });

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tìm tổ chức').fill(text);
  await page.getByText(/tổ chức khớp với từ tìm kiếm|Không có tổ chức nào khớp/).waitFor();
}

/** A commune committee of the generated province, found through the search, with its cells. */
async function someCommune(page: Page): Promise<Row> {
  await search(page, 'dang bo xa');
  return (await rowsAt(page, 3)).find((commune) => commune.name.startsWith('Đảng bộ xã '))!;
}

async function fillDecision(page: Page, number: string, date: string): Promise<void> {
  await page.getByLabel('Số quyết định').fill(number);
  await page.getByLabel('Ngày quyết định').fill(date);
}

it('finds a unit by its name typed without diacritics, in its branch', async () => {
  const { page } = session;
  const commune = await someCommune(page);
  const typed = foldForSearch(commune.name).replace(/^dang bo xa /, '');
  expect(typed).not.toBe(commune.name);
  await search(page, typed.toUpperCase());
  const found = row(page, commune);
  await found.waitFor();
  expect(await found.getAttribute('class')).toContain('match');
  // The branch leading to it is open: the province, then the district above the commune.
  const path = await page.locator('[role=treeitem]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('aria-level'))));
  expect(path.slice(0, 3)).toEqual([1, 2, 3]);
  await found.click();
  await page.getByRole('complementary').getByRole('heading', { name: commune.name }).waitFor();
  await saveScreenshot(page, 'organizations-tree-search');
  // The keyboard opens the unit's page from the tree.
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: commune.name, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Khu dân cư' }).waitFor();
  expect(await page.getByRole('heading', { name: 'Xếp loại chất lượng hằng năm' }).isVisible()).toBe(true);
  expect(await page.getByRole('region', { name: 'Khu dân cư' }).locator('tbody tr').count()).toBeGreaterThan(0);
  await saveScreenshot(page, 'organizations-unit-page-commune');
});

it('founds a cell under a commune, merges two cells into it by decision, and keeps the past as it was', async () => {
  const { page } = session;
  const commune = await someCommune(page);
  await row(page, commune).click();
  await page.getByRole('link', { name: 'Thành lập tổ chức trực thuộc' }).click();
  await page.getByRole('heading', { name: 'Thành lập tổ chức đảng trực thuộc' }).waitFor();
  const code = `${commune.code}.90`;
  await page.getByLabel('Mã tổ chức đảng').fill(code);
  await page.getByLabel('Tên tổ chức đảng').fill('Chi bộ Khu Trung tâm');
  expect(await page.getByLabel('Loại hình tổ chức đảng').inputValue()).toBe('cell');
  await fillDecision(page, '15-QĐ/ĐU', daysAgo(20));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Thành lập mới' }).waitFor();
  expect(await page.getByText(`Chi bộ Khu Trung tâm (${code}), trực thuộc ${commune.name}`).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Áp dụng quyết định' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã áp dụng quyết định số 15-QĐ/ĐU' }).waitFor();
  const created = row(page, { code });
  await created.waitFor();
  expect(parseRow((await created.getAttribute('aria-label'))!)).toEqual({ name: 'Chi bộ Khu Trung tâm', code, members: 0 });
  expect(await created.getAttribute('aria-selected')).toBe('true');

  // Two cells of the same commune, with members, merged into the new one.
  const cells = (await rowsAt(page, 4)).filter((cell) => cell.code.startsWith(`${commune.code}.`) && cell.code !== code && cell.members > 0);
  const [first, second] = cells as [Row, Row];
  expect(second).toBeDefined();
  await row(page, first).click();
  await page.getByRole('complementary').getByRole('link', { name: 'Sáp nhập' }).click();
  await page.getByRole('heading', { name: 'Sáp nhập tổ chức đảng' }).waitFor();
  expect(await page.getByRole('checkbox', { name: `${first.name} ${first.code}` }).isChecked()).toBe(true);
  await page.getByRole('checkbox', { name: `${second.name} ${second.code}` }).check();
  await page.getByRole('radio', { name: 'Tổ chức đã có' }).check();
  await page.getByRole('combobox', { name: 'Tổ chức nhận sáp nhập' }).fill(code);
  await page.getByRole('option', { name: new RegExp(`Chi bộ Khu Trung tâm\\s*${code.replace(/\./g, '\\.')}`) }).click();

  // A date that is no date, then a date before the receiving cell was founded: refused in Vietnamese, nothing written.
  await fillDecision(page, '20-QĐ/ĐU', '31/02/2026');
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByText('Ngày quyết định: ngày không hợp lệ (dd/mm/yyyy).').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Thông tin chưa hợp lệ');
  await fillDecision(page, '20-QĐ/ĐU', daysAgo(30));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByText('Ngày quyết định: sớm hơn ngày thành lập của tổ chức nhận').waitFor();
  expect(await page.getByLabel('Ngày quyết định').getAttribute('aria-invalid')).toBe('true');
  await saveScreenshot(page, 'organizations-merge-refused');

  // Had a refused attempt written anything, the sources would be closed now and this preview refused.
  await fillDecision(page, '20-QĐ/ĐU', daysAgo(10));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Xem trước kết quả sắp xếp' }).waitFor();
  const closing = page.locator('.preview-section').filter({ has: page.getByRole('heading', { name: 'Thôi hoạt động' }) });
  expect(await closing.getByRole('listitem').allTextContents()).toEqual([`${first.name} (${first.code})`, `${second.name} (${second.code})`].sort());
  const moves = await page.locator('.preview-section').filter({ has: page.getByRole('heading', { name: 'Chuyển sinh hoạt' }) }).getByRole('listitem').allTextContents();
  expect(moves).toHaveLength(2);
  for (const move of moves) expect(move).toMatch(new RegExp(`sang Chi bộ Khu Trung tâm \\(${code.replace(/\./g, '\\.')}\\)$`));
  await saveScreenshot(page, 'organizations-merge-preview');
  await page.getByRole('button', { name: 'Áp dụng quyết định' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã áp dụng quyết định số 20-QĐ/ĐU' }).waitFor();

  // Today: the sources are closed and the target holds their members.
  await created.waitFor();
  expect(parseRow((await created.getAttribute('aria-label'))!).members).toBe(first.members + second.members);
  expect(await row(page, first).count()).toBe(0);
  expect(await row(page, second).count()).toBe(0);
  await saveScreenshot(page, 'organizations-tree-after-merge');

  // Before the decision took effect, the tree stood as it was, with the new cell founded but still empty.
  await page.getByLabel('Xem tại ngày').fill(daysAgo(15));
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByText(`Tại ngày ${daysAgo(15)}:`).waitFor();
  await row(page, first).waitFor();
  expect(parseRow((await row(page, first).getAttribute('aria-label'))!)).toEqual(first);
  expect(parseRow((await row(page, second).getAttribute('aria-label'))!)).toEqual(second);
  expect(parseRow((await created.getAttribute('aria-label'))!).members).toBe(0);
  await page.getByLabel('Xem tại ngày').fill(daysAgo(25));
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByText(`Tại ngày ${daysAgo(25)}:`).waitFor();
  expect(await created.count()).toBe(0);

  // The unit page of the merged cell today: its members, linked to their records, and the decisions behind it.
  await page.getByRole('button', { name: 'Về hôm nay' }).first().click();
  await created.dblclick();
  await page.getByRole('heading', { name: 'Chi bộ Khu Trung tâm', level: 1 }).waitFor();
  await page.getByRole('heading', { name: `Đảng viên sinh hoạt trực tiếp (${first.members + second.members})` }).waitFor();
  const links = await page.getByRole('region', { name: /^Đảng viên sinh hoạt trực tiếp/ }).getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links).toHaveLength(first.members + second.members);
  for (const href of links) expect(href).toMatch(/^#\/people\/[0-9a-f-]{36}$/);
  expect(await page.getByRole('region', { name: 'Các quyết định sắp xếp' }).locator('tbody tr').allTextContents()).toEqual([`${daysAgo(20)}Thành lập15-QĐ/ĐU${daysAgo(20)}`, `${daysAgo(10)}Sáp nhập20-QĐ/ĐU${daysAgo(10)}`]);
  await saveScreenshot(page, 'organizations-unit-page-cell');
});

it('splits a cell, placing every member, with a preview of who goes where', async () => {
  const { page } = session;
  const commune = await someCommune(page);
  await page.getByLabel('Tìm tổ chức').fill('');
  await search(page, commune.code);
  await row(page, commune).click();
  const cell = (await rowsAt(page, 4)).find((candidate) => candidate.code.startsWith(`${commune.code}.`) && candidate.members >= 2)!;
  await row(page, cell).click();
  await page.getByRole('complementary').getByRole('link', { name: 'Chia tách' }).click();
  await page.getByRole('heading', { name: 'Chia tách tổ chức đảng' }).waitFor();
  const names = [`${cell.name} A`, `${cell.name} B`];
  for (const [index, name] of names.entries()) {
    await page.locator(`#restructure-targets-${index}-code`).fill(`${cell.code}${index === 0 ? 'A' : 'B'}`);
    await page.locator(`#restructure-targets-${index}-name`).fill(name);
  }
  await fillDecision(page, '31-QĐ/ĐU', daysAgo(5));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByText('Cán bộ, đảng viên: còn đảng viên chưa được phân về tổ chức mới nào.').waitFor();
  await page.getByRole('button', { name: 'Chia lần lượt cho các tổ chức mới' }).click();
  await page.getByText('Còn 0 dòng chưa được phân về tổ chức mới.').waitFor();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Xem trước kết quả sắp xếp' }).waitFor();
  const opening = await page.locator('.preview-section').filter({ has: page.getByRole('heading', { name: 'Thành lập mới' }) }).getByRole('listitem').count();
  expect(opening).toBe(2);
  await page.getByRole('button', { name: 'Áp dụng quyết định' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã áp dụng quyết định số 31-QĐ/ĐU' }).waitFor();
  const parts = await Promise.all([`${cell.code}A`, `${cell.code}B`].map(async (code) => parseRow((await row(page, { code }).getAttribute('aria-label'))!)));
  expect(parts.map((part) => part.name)).toEqual(names);
  expect(parts[0]!.members + parts[1]!.members).toBe(cell.members);
  expect(await row(page, cell).count()).toBe(0);
});
