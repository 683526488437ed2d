import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, openWorkflow } from './support/demo-session';
import { dmy, findCadre, findPersonWithStatus } from './support/stored-people';

const current = demoSessionPerTest('admission', 20000, (page) => openWorkflow(page, 'Kết nạp đảng viên'));

const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage}`) });
const countOf = async (region: Locator) => Number(/(\d+) hồ sơ/.exec((await region.getByRole('heading', { level: 2 }).textContent()) ?? '')![1]);

it('shows the board by stage, refuses a cell vote without two introducers, then records it with its resolution', async () => {
  const { page } = current();
  const verification = column(page, 'Thẩm tra lý lịch');
  const resolution = column(page, 'Nghị quyết chi bộ');
  await verification.getByRole('listitem').first().waitFor({ timeout: 120_000 });
  await page.getByRole('region', { name: 'Đảng viên dự bị sắp hết hoặc đã hết thời gian dự bị' }).waitFor();
  await saveScreenshot(page, 'admission-board');
  const [before, resolutionsBefore] = [await countOf(verification), await countOf(resolution)];
  expect(before).toBeGreaterThan(0);

  const card = verification.getByRole('listitem').first();
  const name = (await card.getByRole('link').textContent())!;
  await card.getByRole('button', { name: 'Chuyển bước…' }).click();
  const dialog = page.getByRole('dialog', { name: `${name}: Ghi nghị quyết chi bộ` });
  await dialog.getByRole('textbox', { name: 'Số nghị quyết, quyết định' }).fill('07-NQ/CB');
  const helpers = dialog.getByRole('checkbox');
  await helpers.first().waitFor();
  expect(await helpers.count()).toBeGreaterThanOrEqual(2);
  // Only one introducer: the rule asks for two full members, and nothing is written.
  for (const box of await helpers.all()) await box.uncheck();
  await helpers.first().check();
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText('Không ghi nhận được: cần 2 đảng viên chính thức giúp đỡ, giới thiệu; hồ sơ mới có 1.').waitFor();
  await saveScreenshot(page, 'admission-refused');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  expect([await countOf(verification), await countOf(resolution)]).toEqual([before, resolutionsBefore]);

  await card.getByRole('button', { name: 'Chuyển bước…' }).click();
  await dialog.getByRole('textbox', { name: 'Số nghị quyết, quyết định' }).fill('07-NQ/CB');
  await helpers.first().waitFor();
  for (const box of await helpers.all()) await box.uncheck();
  await helpers.nth(0).check();
  await helpers.nth(1).check();
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.getByRole('status').getByText(new RegExp(`^Đã ghi nhận: ${name} – Nghị quyết chi bộ ngày \\d{2}/\\d{2}/\\d{4}\\.$`)).waitFor();
  await expect.poll(async () => [await countOf(verification), await countOf(resolution)]).toEqual([before - 1, resolutionsBefore + 1]);
});

it('refuses a step without its decision number, naming the field in Vietnamese', async () => {
  const { page } = current();
  const decided = column(page, 'Nghị quyết đảng ủy cơ sở');
  await decided.getByRole('listitem').first().waitFor({ timeout: 120_000 });
  const card = decided.getByRole('listitem').first();
  await card.getByRole('button', { name: 'Chuyển bước…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText('Số nghị quyết, quyết định: không được để trống. Cấp ký: không được để trống.').waitFor();
  await dialog.getByRole('textbox', { name: 'Ngày' }).fill('31/02/2025');
  await dialog.getByRole('textbox', { name: 'Số nghị quyết, quyết định' }).fill('31-QĐ/HU');
  await dialog.getByRole('textbox', { name: 'Cấp ký' }).fill('Ban Thường vụ Huyện ủy');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText('Ngày: ngày không hợp lệ (dd/mm/yyyy).').waitFor();
});

it('puts a non-member on the way in: refused for a party member, then the case opens in the first column', async () => {
  const { page } = current();
  const first = column(page, 'Quần chúng ưu tú');
  await first.getByRole('listitem').first().waitFor({ timeout: 120_000 });
  const before = await countOf(first);
  const member = await findCadre(page);
  const candidate = await findPersonWithStatus(page, 'non-member');

  await page.getByRole('button', { name: 'Thêm quần chúng ưu tú…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đưa vào danh sách quần chúng ưu tú' });
  const choose = async (person: { fullName: string; birthDate: string }) => {
    await dialog.getByRole('combobox', { name: 'Người được xem xét' }).fill(person.fullName);
    await page.getByRole('option').filter({ hasText: dmy(person.birthDate) }).first().click();
  };
  await choose(member);
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText(`Không ghi nhận được: ${member.fullName} đã là đảng viên hoặc đã ra khỏi Đảng.`).waitFor();
  expect(await countOf(first)).toBe(before);

  await choose(candidate);
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.getByRole('status').getByText(`Đã đưa ${candidate.fullName} vào danh sách quần chúng ưu tú.`).waitFor();
  await expect.poll(() => countOf(first)).toBe(before + 1);
});
