import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, todayText as today, openWorkflow } from './support/demo-session';

const current = demoSessionPerTest('coverage', 20000);
const todayText = today();
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const nextYear = `31/12/${new Date().getFullYear() + 1}`;

it('plans to close the gap of an area without a cell, then records its joint cell; an enterprise gets its plan', async () => {
  const { page } = current();
  await openWorkflow(page, 'Phủ kín tổ chức đảng ở khu dân cư, doanh nghiệp');
  await page.getByText(/^Ngày \d\d\/\d\d\/\d{4}: \d+ khu dân cư, \d+ có chi bộ độc lập/).waitFor();
  const areas = page.getByRole('region', { name: 'Khu dân cư chưa có chi bộ, đảng viên' });
  const first = areas.locator('tbody tr').first();
  await first.waitFor();
  const name = (await first.locator('th').textContent())!;
  const commune = (await first.locator('td').first().textContent())!;
  const row = areas.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) }).filter({ hasText: commune }).first();

  // The plan: a target before the day it is made is refused in Vietnamese, nothing saved.
  await row.getByRole('button', { name: `Kế hoạch khắc phục của ${name}` }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: `Kế hoạch khắc phục: ${name}` }) });
  await field(page, 'Ngày lập kế hoạch').fill(todayText);
  await field(page, 'Thời hạn hoàn thành').fill('01/01/2020');
  await field(page, 'Biện pháp').fill('Bồi dưỡng quần chúng ưu tú, kết nạp đảng viên, thành lập chi bộ ghép');
  await field(page, 'Người, đơn vị chịu trách nhiệm').fill('Đảng ủy xã');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.getByText('Thời hạn hoàn thành: phải sau thời điểm bắt đầu.').waitFor();
  await form.getByRole('alert').getByText('Chưa được lưu: hãy sửa các ô được đánh dấu.').waitFor();
  await field(page, 'Thời hạn hoàn thành').fill(nextYear);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await row.getByText(`Hoàn thành trước ${nextYear}`).waitFor();
  await saveScreenshot(page, 'coverage-area-plan');

  // The status: a joint cell needs its cell; with it, the area leaves the list of gaps.
  await row.getByRole('button', { name: `Ghi tình trạng chi bộ của ${name}` }).click();
  const status = page.locator('form', { has: page.getByRole('heading', { name: `Tình trạng chi bộ: ${name}` }) });
  await status.getByLabel('Tình trạng').selectOption({ label: 'Chi bộ ghép với khu dân cư khác' });
  await status.getByRole('button', { name: 'Lưu' }).click();
  await status.getByText('Chi bộ: cần chọn chi bộ của khu dân cư.').waitFor();
  await status.getByRole('combobox', { name: 'Chi bộ' }).fill('Chi bộ');
  await status.getByRole('listbox').getByRole('option').first().click();
  await status.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('status').getByText(`Đã ghi tình trạng chi bộ mới của ${name}.`).waitFor();
  await expect.poll(() => row.count()).toBe(0);
  await page.getByRole('checkbox', { name: 'Chỉ những nơi chưa có chi bộ, tổ chức đảng' }).uncheck();
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  const all = page.getByRole('region', { name: 'Khu dân cư', exact: true });
  await all.locator('tbody tr').first().waitFor();

  // An enterprise without a party organization: its plan.
  await page.getByRole('checkbox', { name: 'Chỉ những nơi chưa có chi bộ, tổ chức đảng' }).check();
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  const enterprises = page.getByRole('region', { name: 'Doanh nghiệp ngoài Nhà nước chưa có tổ chức đảng' });
  const company = enterprises.locator('tbody tr').first();
  const companyName = (await company.locator('th').textContent())!;
  await company.getByText(/^Đã kết nạp \d+, đang theo dõi \d+$/).waitFor();
  await company.getByRole('button', { name: `Kế hoạch khắc phục của ${companyName}` }).click();
  await field(page, 'Thời hạn hoàn thành').fill(nextYear);
  await field(page, 'Biện pháp').fill('Vận động chủ doanh nghiệp, thành lập chi bộ cơ sở');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await enterprises.locator('tbody tr', { hasText: companyName }).getByText(`Hoàn thành trước ${nextYear}`).waitFor();
  await saveScreenshot(page, 'coverage-enterprises');
});
