import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, todayText as today, openWorkflow } from './support/demo-session';
import { dmy, findCadre } from './support/stored-people';

const current = demoSessionPerTest('movements', 2000);
const todayText = today();
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

it('lists the appointment terms ending within 90 working days of a day', async () => {
  const { page } = current();
  await openWorkflow(page, 'Điều động, bổ nhiệm cán bộ');
  // The demo province is as at 31/12/2025: its terms ending are counted from that day.
  await field(page, 'Tính từ ngày').fill('31/13/2025');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByText('Tính từ ngày: ngày không hợp lệ (dd/mm/yyyy).').waitFor();
  await field(page, 'Tính từ ngày').fill('31/12/2025');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByText(/^Tính từ ngày 31\/12\/2025, không kể thứ Bảy/).waitFor();
  const ending = page.getByRole('region', { name: 'Cán bộ hết nhiệm kỳ bổ nhiệm trong 90 ngày làm việc' });
  const rows = ending.locator('tbody tr');
  await rows.first().waitFor();
  for (const text of await rows.locator('td:nth-of-type(4)').allTextContents()) {
    const days = Number(/^(\d+) ngày làm việc$/.exec(text)?.[1]);
    expect(days).toBeGreaterThanOrEqual(0);
    expect(days).toBeLessThanOrEqual(90);
  }
  await saveScreenshot(page, 'movements-terms-ending');
});

it('appoints a cadre by decision: refused without the new post, then their post and work history follow', async () => {
  const { page } = current();
  const cadre = await findCadre(page);
  await openWorkflow(page, 'Điều động, bổ nhiệm cán bộ');

  await page.getByLabel('Loại quyết định').selectOption({ label: 'Bổ nhiệm' });
  expect(await field(page, 'Thời hạn (năm)').inputValue()).toBe('5');
  await page.getByRole('combobox', { name: 'Cán bộ' }).fill(cadre.fullName);
  await page.getByRole('option').filter({ hasText: dmy(cadre.birthDate) }).first().click();
  await field(page, 'Ngày có hiệu lực').fill(todayText);
  await field(page, 'Số quyết định').fill('215-QĐ/TU');
  await field(page, 'Ngày quyết định').fill(todayText);
  await field(page, 'Nơi công tác').fill('Ủy ban nhân dân xã Hy Cương');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByText('Chức vụ mới: không được để trống.').waitFor();
  await page.getByRole('alert').getByText('Quyết định chưa được lưu: hãy sửa các ô được đánh dấu.').waitFor();

  await field(page, 'Chức vụ mới').fill('Phó Chủ tịch Ủy ban nhân dân xã');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByRole('status').getByText(`Đã ghi quyết định Bổ nhiệm đối với ${cadre.fullName}, có hiệu lực từ ngày ${todayText}.`).waitFor();
  const recent = page.getByRole('region', { name: /^Các quyết định có hiệu lực năm / });
  const row = recent.locator('tbody tr', { hasText: '215-QĐ/TU' });
  await row.getByText(cadre.fullName).waitFor();
  expect(await row.locator('td').nth(2).textContent()).toBe(cadre.currentPost);
  await row.getByText('Phó Chủ tịch Ủy ban nhân dân xã').waitFor();

  await row.getByRole('link', { name: cadre.fullName }).click();
  await page.getByRole('heading', { level: 1, name: cadre.fullName }).waitFor();
  await page.locator('.person-facts div', { hasText: 'Chức vụ' }).getByText('Phó Chủ tịch Ủy ban nhân dân xã').waitFor();
  await page.getByRole('tab', { name: 'Quá trình công tác' }).click();
  const history = page.getByRole('region', { name: 'Tóm tắt quá trình công tác' });
  const newRow = history.locator('tbody tr', { hasText: 'Phó Chủ tịch Ủy ban nhân dân xã' });
  await newRow.getByText('Ủy ban nhân dân xã Hy Cương').waitFor();
  await newRow.getByText(todayText).waitFor();
  await saveScreenshot(page, 'movements-work-history');
});
