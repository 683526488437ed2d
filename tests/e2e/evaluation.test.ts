import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, openWorkflow } from './support/demo-session';

const appUrl = inject('appUrl');
const current = demoSessionPerTest('evaluation', 2000, (page) => openWorkflow(page, 'Đánh giá, xếp loại chất lượng'));

/** Opens the grid of the first commune party committee the unit picker finds, for a year and a period; returns the commune's name. */
async function openGrid(page: Page, year: string, period = 'Cả năm'): Promise<string> {
  const picker = page.getByRole('combobox', { name: 'Đơn vị (gồm các đơn vị trực thuộc)' });
  await picker.fill('Đảng bộ xã');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await picker.press('Enter');
  const commune = await picker.inputValue();
  await page.getByRole('textbox', { name: 'Năm đánh giá' }).fill(year);
  await page.getByRole('combobox', { name: 'Kỳ đánh giá' }).selectOption({ label: period });
  await page.getByRole('button', { name: 'Mở bảng đánh giá' }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^Bảng đánh giá ${commune} – `) }).waitFor();
  return commune;
}

const members = (page: Page) => page.getByRole('region', { name: /^Đảng viên/ });
const organizations = (page: Page) => page.getByRole('region', { name: /^Tổ chức đảng/ });

it('rates a commune’s organizations and members for 2024 in one grid, warns of the cap on excellent, and saves at the decision stage', async () => {
  const { page } = current();
  await openGrid(page, '2024');
  await page.getByText('Thang xếp loại: Xếp loại chất lượng bốn mức (2018-2024)').waitFor();
  const grades = members(page).getByRole('combobox');
  const count = await grades.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Two excellent for one good breaks the 2018 rule (excellent at most a fifth of good in a grassroots organization).
  await grades.nth(0).selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await grades.nth(1).selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await grades.nth(2).selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  const warnings = page.getByRole('region', { name: 'Cảnh báo' });
  await warnings.getByText(/2 đảng viên xếp loại Hoàn thành xuất sắc, vượt quá 20% số được xếp loại Hoàn thành tốt \(1\); tối đa 0\.$/).waitFor();
  await organizations(page).getByRole('combobox').first().selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await members(page).getByRole('textbox', { name: /^Ghi chú – / }).first().fill('Tiêu biểu trong phong trào thi đua');
  await saveScreenshot(page, 'evaluation-grid');

  // The decision stage needs its decision: refused in Vietnamese, nothing written.
  await page.getByRole('combobox', { name: 'Lưu ở bước' }).selectOption({ label: 'Quyết định' });
  await page.getByRole('button', { name: 'Lưu bảng đánh giá' }).click();
  const refusal = page.getByRole('alert');
  await refusal.getByText('Chưa lưu được bảng đánh giá, không có kết quả nào được ghi:').waitFor();
  await refusal.getByText('Quyết định: ở bước quyết định và công bố phải ghi số, ngày và cấp ký quyết định.').waitFor();

  await page.getByRole('textbox', { name: 'Số quyết định' }).fill('15-QĐ/ĐU');
  await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill('20/12/2024');
  await page.getByRole('textbox', { name: 'Cấp ký quyết định' }).fill('Ban Thường vụ Đảng ủy xã');
  await page.getByRole('button', { name: 'Lưu bảng đánh giá' }).click();
  await page.getByRole('status').getByText('Đã lưu bảng đánh giá: 4 kết quả mới, 0 kết quả được cập nhật.').waitFor();
  // The grid read again from the records: what was saved is there, at its stage, with its decision.
  expect(await members(page).getByRole('combobox').nth(0).inputValue()).toBe('2018.excellent');
  expect(await members(page).getByRole('cell', { name: 'Quyết định (15-QĐ/ĐU)' }).count()).toBe(3);
  expect(await organizations(page).getByRole('cell', { name: 'Quyết định (15-QĐ/ĐU)' }).count()).toBe(1);
  expect(await page.getByRole('combobox', { name: 'Lưu ở bước' }).inputValue()).toBe('decision');
});

it('refuses points above the 100-point scale and writes nothing, then saves a quarter’s points with the grades they earn', async () => {
  const { page } = current();
  await openGrid(page, '2026', 'Quý 2');
  await page.getByText('Thang xếp loại: Xếp loại chất lượng theo thang điểm 100 (từ 2025)').waitFor();
  const points = members(page).getByRole('textbox', { name: /^Điểm – / });
  const first = ((await points.first().getAttribute('aria-label')) ?? '').replace('Điểm – ', '');
  await points.nth(0).fill('105');
  await points.nth(1).fill('72,5');
  await page.getByRole('button', { name: 'Lưu bảng đánh giá' }).click();
  await page.getByRole('alert').getByText(`${first} – Điểm: không được lớn hơn 100.`).waitFor();
  await members(page).getByText('Điểm: không được lớn hơn 100.', { exact: true }).waitFor();
  expect(await members(page).getByRole('cell', { name: 'Tự đánh giá' }).count()).toBe(0);

  await points.nth(0).fill('95');
  await members(page).getByText('Hoàn thành xuất sắc nhiệm vụ', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Lưu bảng đánh giá' }).click();
  await page.getByRole('status').getByText('Đã lưu bảng đánh giá: 2 kết quả mới, 0 kết quả được cập nhật.').waitFor();
  expect(await points.nth(0).inputValue()).toBe('95');
  // Read back as a Vietnamese writes it, with a decimal comma.
  expect(await points.nth(1).inputValue()).toBe('72,5');
  expect(await members(page).getByText('Hoàn thành tốt nhiệm vụ', { exact: true }).count()).toBe(1);
  expect(await members(page).getByRole('cell', { name: 'Tự đánh giá' }).count()).toBe(2);
});

it('puts an organization rated weak into consolidation from its rating, refusing a plan without measures, and follows it until it leaves', async () => {
  const { page } = current();
  await openGrid(page, '2026');
  const points = organizations(page).getByRole('textbox', { name: /^Điểm – / });
  // A cell of the commune: the generated province puts only grassroots organizations into consolidation.
  const cell = ((await points.nth(1).getAttribute('aria-label')) ?? '').replace('Điểm – ', '');
  await points.nth(1).fill('42');
  await organizations(page).getByText('Không hoàn thành nhiệm vụ', { exact: true }).waitFor();
  await page.getByRole('combobox', { name: 'Lưu ở bước' }).selectOption({ label: 'Quyết định' });
  await page.getByRole('textbox', { name: 'Số quyết định' }).fill('21-QĐ/ĐU');
  await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill('25/11/2026');
  await page.getByRole('button', { name: 'Lưu bảng đánh giá' }).click();
  await page.getByRole('status').getByText('Đã lưu bảng đánh giá: 1 kết quả mới, 0 kết quả được cập nhật.').waitFor();

  await page.goto(`${appUrl}#/work/consolidation`);
  await page.getByRole('heading', { name: 'Củng cố tổ chức đảng yếu kém', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Năm xếp loại' }).fill('2026');
  await page.getByRole('button', { name: 'Xem' }).click();
  const weak = page.getByRole('region', { name: 'Tổ chức đảng xếp loại yếu kém chưa đưa vào diện củng cố' });
  const row = weak.getByRole('row').filter({ hasText: cell });
  await row.getByText('Không hoàn thành nhiệm vụ (42)').waitFor();
  await row.getByRole('button', { name: 'Đưa vào diện củng cố' }).click();
  const form = page.getByRole('form', { name: `Đưa vào diện củng cố: ${cell}` });
  expect(await form.getByRole('textbox', { name: 'Lý do' }).inputValue()).toBe('Xếp loại Không hoàn thành nhiệm vụ năm 2026');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.getByRole('alert').getByText('Biện pháp củng cố: không được để trống.').waitFor();
  await form.getByRole('alert').getByText('Người phụ trách: không được để trống.').waitFor();

  await form.getByRole('textbox', { name: 'Biện pháp củng cố' }).fill('Kiện toàn chi ủy; đảng ủy viên phụ trách dự sinh hoạt hằng tháng');
  await form.getByRole('textbox', { name: 'Người phụ trách' }).fill('Đồng chí Nguyễn Văn Hải, Phó Bí thư Đảng ủy');
  await form.getByRole('textbox', { name: 'Số quyết định' }).fill('30-QĐ/ĐU');
  await form.getByRole('textbox', { name: 'Ngày quyết định' }).fill('28/11/2026');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('status').getByText(`Đã đưa ${cell} vào diện củng cố.`).waitFor();
  expect(await weak.getByRole('row').filter({ hasText: cell }).count()).toBe(0);

  const list = page.getByRole('region', { name: 'Tổ chức đảng trong diện củng cố' });
  const listed = list.getByRole('row').filter({ hasText: cell });
  await listed.getByText('Đang củng cố').waitFor();
  await saveScreenshot(page, 'consolidation-list');
  await listed.getByRole('button', { name: 'Ra khỏi diện' }).click();
  const exit = page.getByRole('form', { name: `Ra khỏi diện củng cố: ${cell}` });
  await exit.getByRole('textbox', { name: 'Ngày ra khỏi diện củng cố' }).fill('01/01/2020');
  await exit.getByRole('button', { name: 'Lưu' }).click();
  await exit.getByRole('alert').getByText('Ngày ra khỏi diện củng cố: phải sau thời điểm bắt đầu.').waitFor();
  await exit.getByRole('textbox', { name: 'Ngày ra khỏi diện củng cố' }).fill('29/11/2026');
  await exit.getByRole('textbox', { name: 'Số quyết định' }).fill('41-QĐ/ĐU');
  await exit.getByRole('textbox', { name: 'Ngày quyết định' }).fill('29/11/2026');
  await exit.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('status').getByText(`Đã ghi ${cell} ra khỏi diện củng cố.`).waitFor();
  expect(await listed.count()).toBe(0);
  await page.getByRole('checkbox', { name: 'Hiện cả các tổ chức đã ra khỏi diện' }).check();
  await listed.getByText('Đã ra khỏi diện ngày 29/11/2026').waitFor();
});
