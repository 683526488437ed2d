import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, todayText as today } from './support/demo-session';
import { dmy, findCadre } from './support/stored-people';

const appUrl = inject('appUrl');
const current = demoSessionPerTest('planning', 2000);
const todayText = today();
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const secretaryPool = (page: Page) => page.getByRole('region', { name: /^Bí thư / });

async function openPlanning(page: Page): Promise<void> {
  await page.goto(`${appUrl}#/work`);
  await page.getByRole('link', { name: 'Quy hoạch cán bộ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quy hoạch cán bộ' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^Danh sách quy hoạch cán bộ – / }).waitFor();
}

async function choosePerson(page: Page, name: string, birthDate: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Người được quy hoạch' }).fill(name);
  await page.getByRole('option').filter({ hasText: dmy(birthDate) }).first().click();
}

it('shows the pools of a unit with the two terms and the structure warnings', async () => {
  const { page } = current();
  await openPlanning(page);
  expect(await page.getByLabel('Kỳ quy hoạch').locator('option:checked').textContent()).toMatch(/^Quy hoạch cán bộ nhiệm kỳ \d{4}-\d{4}$/);
  await page.getByText(/^Nhiệm kỳ Đảng \d{4}–\d{4}, nhiệm kỳ chính quyền \d{4}–\d{4}$/).first().waitFor();
  const rows = secretaryPool(page).locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  // Every candidate shows an age at the start of the term and the votes of the selection steps.
  expect(await rows.first().locator('td').nth(2).textContent()).toMatch(/^\d{2}$/);
  await rows.first().getByText(/^Hội nghị cán bộ chủ chốt: \d+\/\d+ \([\d,]+\s?%\)$/).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Cảnh báo về cơ cấu' }).waitFor();
  await saveScreenshot(page, 'planning-pool');
  // The whole page is long (every position of a province); its head is what a reader looks at first.
  await page.screenshot({ path: 'test-artifacts/screenshots/planning-pool-head.png', clip: { x: 0, y: 0, width: 1366, height: 1300 }, fullPage: true });

  // The printed list leaves out the forms and buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('heading', { level: 2, name: 'Rà soát, bổ sung quy hoạch' }).isVisible()).toBe(false);
  expect(await secretaryPool(page).isVisible()).toBe(true);
  await page.screenshot({ path: 'test-artifacts/screenshots/planning-print-head.png', clip: { x: 0, y: 0, width: 1366, height: 1300 }, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

it('adds a cadre to a pool by decision, refuses bad input and a second addition, then removes them at a review', async () => {
  const { page } = current();
  const cadre = await findCadre(page, { notPlanned: true });
  await openPlanning(page);
  const pool = secretaryPool(page);
  const positionTitle = (await pool.getByRole('heading', { level: 3 }).textContent())!;
  const before = await pool.locator('tbody tr').count();

  await page.getByLabel('Chức danh quy hoạch', { exact: true }).selectOption({ label: positionTitle });
  await choosePerson(page, cadre.fullName, cadre.birthDate);
  await field(page, 'Ngày quyết định').fill('31/02/2026');
  await field(page, 'Thứ tự ưu tiên').fill('3');
  await page.getByRole('button', { name: 'Lưu bổ sung quy hoạch' }).click();
  await page.getByText('Số quyết định: không được để trống.').waitFor();
  await page.getByText('Ngày quyết định: ngày không hợp lệ (dd/mm/yyyy).').waitFor();
  expect(await pool.locator('tbody tr').count()).toBe(before);

  await field(page, 'Số quyết định').fill('88-QĐ/TU');
  await field(page, 'Ngày quyết định').fill(todayText);
  await field(page, 'Cấp ký').fill('Ban Thường vụ Tỉnh ủy');
  await field(page, 'Bước giới thiệu').fill('Ban Thường vụ');
  await field(page, 'Ngày bỏ phiếu').fill(todayText);
  await field(page, 'Số phiếu đồng ý').fill('12');
  await field(page, 'Tổng số người bỏ phiếu').fill('15');
  await page.getByRole('button', { name: 'Lưu bổ sung quy hoạch' }).click();
  await page.getByRole('status').getByText('Đã bổ sung 1 người vào quy hoạch.').waitFor();
  const row = pool.locator('tbody tr', { hasText: cadre.fullName });
  await row.getByText('Ban Thường vụ: 12/15 (80%)').waitFor();
  await row.getByText(`88-QĐ/TU ngày ${todayText}`).waitFor();
  expect(await pool.locator('tbody tr').count()).toBe(before + 1);

  // The same person again: refused by the rules, in Vietnamese, and nothing is written.
  await choosePerson(page, cadre.fullName, cadre.birthDate);
  await page.getByRole('button', { name: 'Lưu bổ sung quy hoạch' }).click();
  await page.getByText(`Người được quy hoạch: ${cadre.fullName} đã có trong quy hoạch chức danh này.`).waitFor();
  await page.getByRole('alert').getByText('Quyết định chưa được lưu: hãy sửa các ô được đánh dấu.').waitFor();
  expect(await pool.locator('tbody tr').count()).toBe(before + 1);

  await row.getByRole('button', { name: `Đưa ${cadre.fullName} ra khỏi quy hoạch` }).click();
  await field(page, 'Số quyết định').fill('95-QĐ/TU');
  await field(page, 'Lý do').fill('Chuyển công tác ra ngoài tỉnh');
  await page.getByRole('button', { name: 'Lưu đưa ra khỏi quy hoạch' }).click();
  await page.getByRole('status').getByText('Đã đưa 1 người ra khỏi quy hoạch.').waitFor();
  expect(await pool.locator('tbody tr').count()).toBe(before);
  await pool.getByText(/^Đã đưa ra khỏi quy hoạch \(\d+\)$/).click();
  await pool.getByText(`${cadre.fullName}: ngày ${todayText}, quyết định 95-QĐ/TU. Chuyển công tác ra ngoài tỉnh`).waitFor();
});

it('sets up a new cycle with its two terms and a planned position, refusing terms that end before they start', async () => {
  const { page } = current();
  await openPlanning(page);
  await page.getByText('Thiết lập kỳ quy hoạch, chức danh quy hoạch').click();
  await field(page, 'Tên kỳ quy hoạch').fill('Quy hoạch cán bộ nhiệm kỳ 2030-2035');
  await field(page, 'Nhiệm kỳ Đảng từ năm').fill('2030');
  await field(page, 'Nhiệm kỳ Đảng đến năm').fill('2025');
  await field(page, 'Nhiệm kỳ chính quyền từ năm').fill('2031');
  await field(page, 'Nhiệm kỳ chính quyền đến năm').fill('2036');
  await page.getByRole('button', { name: 'Tạo kỳ quy hoạch' }).click();
  await page.getByText('Nhiệm kỳ Đảng đến năm: phải sau thời điểm bắt đầu.').waitFor();
  await field(page, 'Nhiệm kỳ Đảng đến năm').fill('2035');
  await page.getByRole('button', { name: 'Tạo kỳ quy hoạch' }).click();
  await page.getByRole('status').getByText('Đã tạo Quy hoạch cán bộ nhiệm kỳ 2030-2035.').waitFor();
  expect(await page.getByLabel('Kỳ quy hoạch').locator('option:checked').textContent()).toBe('Quy hoạch cán bộ nhiệm kỳ 2030-2035');

  const unit = page.getByRole('combobox', { name: 'Đơn vị của chức danh' });
  await unit.fill('Đảng bộ tỉnh');
  await page.getByRole('option', { name: /^Đảng bộ tỉnh Phú Thọ/ }).first().click();
  await page.getByLabel('Chức danh (danh mục)').selectOption({ label: 'Bí thư' });
  await field(page, 'Tên chức danh quy hoạch').fill('Bí thư Tỉnh ủy');
  await page.getByLabel('Cấp quản lý').selectOption({ label: 'Cấp tỉnh' });
  await page.getByRole('button', { name: 'Thêm chức danh' }).click();
  await page.getByRole('status').getByText('Đã thêm chức danh Bí thư Tỉnh ủy.').waitFor();
  const pool = page.getByRole('region', { name: 'Bí thư Tỉnh ủy' });
  await pool.getByText('1 chỗ · 0 người trong quy hoạch. Chỉ có 0 người cho 1 chỗ, cần ít nhất 1.').waitFor();
  await page.getByText('Nhiệm kỳ Đảng 2030–2035, nhiệm kỳ chính quyền 2031–2036').first().waitFor();

  // The same post again in the same unit and cycle: refused, nothing added.
  await field(page, 'Tên chức danh quy hoạch').fill('Bí thư Tỉnh ủy');
  await page.getByLabel('Chức danh (danh mục)').selectOption({ label: 'Bí thư' });
  await page.getByRole('button', { name: 'Thêm chức danh' }).click();
  await page.getByText('Chức danh (danh mục): đơn vị đã có chức danh này trong kỳ quy hoạch.').waitFor();
  expect(await page.getByRole('region', { name: 'Bí thư Tỉnh ủy' }).count()).toBe(1);
});
