import { expect, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, openWorkflow } from './support/demo-session';
import { dmy, findCadre } from './support/stored-people';

const current = demoSessionPerTest('transfers', 20000, (page) => openWorkflow(page, 'Chuyển sinh hoạt đảng'));

it('counts the members in transit, refuses a late letter without its reason, then accepts the member into the unit', async () => {
  const { page } = current();
  const counts = page.getByText(/^Đang chuyển: \d+ đảng viên, trong đó \d+ quá hạn 30 ngày\.$/);
  await counts.waitFor({ timeout: 120_000 });
  const [travelling, overdue] = ((await counts.textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(travelling).toBeGreaterThan(0);
  expect(overdue).toBeGreaterThan(0);
  await saveScreenshot(page, 'transfers-register');

  const awaiting = page.getByRole('region', { name: /^Chờ tiếp nhận tại đơn vị/ });
  const late = awaiting.getByRole('row').filter({ hasText: '(Quá hạn)' }).first();
  const name = (await late.getByRole('link').textContent())!;
  const letter = (await late.getByRole('cell').nth(1).textContent())!;
  await late.getByRole('button', { name: `Tiếp nhận: ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Tiếp nhận ${name} (giấy số ${letter})` });
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText(/^Không ghi nhận được: giấy giới thiệu nộp quá hạn \d+ ngày \(hạn nộp \d{2}\/\d{2}\/\d{4}\); phải ghi lý do nộp chậm\.$/).waitFor();
  await saveScreenshot(page, 'transfers-refused');

  await dialog.getByRole('textbox', { name: 'Ghi chú, lý do' }).fill('Đảng viên ốm, nằm viện');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.getByRole('status').getByText(`Đã ghi nhận: ${name}, giấy số ${letter} – Đã tiếp nhận.`).waitFor();
  const accepted = page.getByRole('region', { name: /^Đã tiếp nhận trong kỳ/ });
  await accepted.getByRole('row').filter({ hasText: letter }).getByRole('link', { name }).waitFor();
  await expect.poll(async () => awaiting.getByRole('row').filter({ hasText: letter }).count()).toBe(0);
});

it('issues a letter for a member: refused without its number, then the member is counted as sent out', async () => {
  const { page } = current();
  const member = await findCadre(page);
  await page.getByText(/^Đang chuyển: \d+ đảng viên/).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Cấp giấy giới thiệu…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cấp giấy giới thiệu chuyển sinh hoạt đảng' });
  await dialog.getByRole('combobox', { name: 'Đảng viên' }).fill(member.fullName);
  await page.getByRole('option').filter({ hasText: dmy(member.birthDate) }).first().click();
  await dialog.getByRole('textbox', { name: 'Nơi đến' }).fill('Chi bộ Khu 3, Đảng ủy phường Tân Dân, thành phố Việt Trì');
  await dialog.getByRole('textbox', { name: 'Cấp ký' }).fill('Đảng ủy xã');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await dialog.getByRole('alert').getByText('Số giấy giới thiệu: không được để trống.').waitFor();

  await dialog.getByRole('textbox', { name: 'Số giấy giới thiệu' }).fill('E2E-77/GGT');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.getByRole('status').getByText(/^Đã ghi nhận: .+, giấy số E2E-77\/GGT – /).waitFor();
  const sent = page.getByRole('region', { name: /^Chuyển đi trong kỳ/ });
  await sent.getByRole('row').filter({ hasText: 'E2E-77/GGT' }).getByRole('link', { name: member.fullName }).waitFor();
  await saveScreenshot(page, 'transfers-issued');
});
