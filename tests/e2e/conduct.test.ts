import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { saveScreenshot } from './support/chromium';
import { demoSessionPerTest, todayText as today } from './support/demo-session';
import { dmy } from './support/stored-people';

const appUrl = inject('appUrl');
const current = demoSessionPerTest('conduct', 2000);
const todayText = today();
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

interface StoredMember {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly unitId: string;
}

/**
 * Members of a standing (probationary ones still on probation today), with a birth date known to the day and a name
 * no one else in the province shares, read straight from IndexedDB; and the name of the first member's cell.
 */
function findMembers(page: Page, status: 'full' | 'probationary', count: number): Promise<{ members: StoredMember[]; unitName: string }> {
  return page.evaluate(
    ({ status, count, todayIso }) =>
      new Promise<{ members: StoredMember[]; unitName: string }>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('people').objectStore('people').getAll();
          all.onsuccess = () => {
            type Row = StoredMember & { memberStatus: string; fullMembershipDate?: string; _deleted?: unknown };
            const rows = (all.result as Row[]).filter((row) => !row._deleted);
            const names = new Map<string, number>();
            for (const row of rows) names.set(row.fullName, (names.get(row.fullName) ?? 0) + 1);
            const members = rows
              .filter((row) => row.memberStatus === status && row.birthDate.length === 10 && names.get(row.fullName) === 1 && (status === 'full' || !row.fullMembershipDate || row.fullMembershipDate > todayIso))
              .slice(0, count)
              .map(({ id, fullName, birthDate, unitId }) => ({ id, fullName, birthDate, unitId }));
            if (members.length < count) return reject(new Error(`not enough ${status} members in the demo data`));
            const unit = db.transaction('units').objectStore('units').get(members[0]!.unitId);
            unit.onsuccess = () => {
              const periods = (unit.result as { periods: { name: string }[] }).periods;
              db.close();
              resolve({ members, unitName: periods[periods.length - 1]!.name });
            };
          };
        };
      }),
    { status, count, todayIso: todayText.split('/').reverse().join('-') },
  );
}

async function openConduct(page: Page, tab: string): Promise<void> {
  await page.goto(`${appUrl}#/work`);
  await page.getByRole('link', { name: 'Kỷ luật, khen thưởng, kiểm tra' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kỷ luật, khen thưởng, kiểm tra' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
}

async function choosePerson(page: Page, label: string, member: StoredMember): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(member.fullName);
  await page.getByRole('option').filter({ hasText: dmy(member.birthDate) }).first().click();
}

async function fillDecision(page: Page, number: string): Promise<void> {
  await field(page, 'Số quyết định').fill(number);
  await field(page, 'Ngày quyết định').fill(todayText);
  await field(page, 'Cấp ký').fill('Ban Thường vụ Huyện ủy');
}

it('commends two members and a cell by one decision', async () => {
  const { page } = current();
  const { members, unitName } = await findMembers(page, 'full', 2);
  const [first, second] = members as [StoredMember, StoredMember];
  await openConduct(page, 'Khen thưởng');

  await page.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Giấy khen' });
  await page.getByLabel('Cấp khen thưởng').selectOption({ label: 'Cơ sở' });
  await fillDecision(page, '45-QĐ/ĐU');
  await field(page, 'Thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2025');
  // Without anyone to commend, the decision is refused.
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByText('Cá nhân và tập thể được khen: không được để trống.').waitFor();

  await choosePerson(page, 'Thêm cá nhân', first);
  await choosePerson(page, 'Thêm cá nhân', second);
  await page.getByRole('combobox', { name: 'Thêm tập thể' }).fill(unitName);
  await page.getByRole('option', { name: unitName }).first().click();
  const chosen = page.getByRole('list', { name: 'Danh sách được khen' });
  expect(await chosen.getByRole('listitem').allTextContents()).toEqual([`${first.fullName} (cá nhân)Bỏ`, `${second.fullName} (cá nhân)Bỏ`, `${unitName} (tập thể)Bỏ`]);
  await saveScreenshot(page, 'conduct-commendation-form');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByRole('status').getByText('Đã ghi quyết định 45-QĐ/ĐU: Giấy khen cho 3 cá nhân, tập thể.').waitFor();

  const row = page.getByRole('region', { name: /^Các quyết định khen thưởng năm / }).locator('tbody tr', { hasText: '45-QĐ/ĐU' });
  await row.getByRole('link', { name: first.fullName }).waitFor();
  await row.getByRole('link', { name: second.fullName }).waitFor();
  await row.getByText(`${unitName} (tập thể)`).waitFor();
  expect(await page.getByRole('tab', { name: /^Khen thưởng/ }).textContent()).toBe('Khen thưởng1');
});

it('refuses to expel a probationary member, in Vietnamese, then records a warning', async () => {
  const { page } = current();
  const { members } = await findMembers(page, 'probationary', 1);
  const member = members[0]!;
  await openConduct(page, 'Kỷ luật');

  await choosePerson(page, 'Đảng viên', member);
  await page.getByText(`${member.fullName} là đảng viên dự bị: chỉ có thể khiển trách hoặc cảnh cáo.`).waitFor();
  await page.getByLabel('Hình thức kỷ luật').selectOption({ label: 'Khai trừ' });
  await field(page, 'Nội dung vi phạm').fill('Vi phạm quy định về những điều đảng viên không được làm');
  await fillDecision(page, '07-QĐ/UBKT');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByText(`Không áp dụng hình thức Khai trừ với đảng viên dự bị ${member.fullName}: đảng viên dự bị chỉ có thể bị khiển trách hoặc cảnh cáo.`).waitFor();
  await page.getByRole('alert').getByText('Quyết định chưa được lưu: hãy sửa các ô được đánh dấu.').waitFor();
  await saveScreenshot(page, 'conduct-discipline-refused');
  const list = page.getByRole('region', { name: /^Các quyết định kỷ luật năm / });
  await list.getByText('Chưa có quyết định nào trong năm.').waitFor();

  await page.getByLabel('Hình thức kỷ luật').selectOption({ label: 'Cảnh cáo' });
  await field(page, 'Hết hiệu lực từ ngày').fill(`${todayText.slice(0, 6)}${Number(todayText.slice(6)) + 1}`);
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByRole('status').getByText(`Đã ghi quyết định 07-QĐ/UBKT: Cảnh cáo đối với ${member.fullName}.`).waitFor();
  const row = list.locator('tbody tr', { hasText: '07-QĐ/UBKT' });
  await row.getByRole('link', { name: member.fullName }).waitFor();
  await row.getByText('Cảnh cáo').waitFor();
});

it('a member who leaves the party no longer counts, and keeps the record', async () => {
  const { page } = current();
  const { members } = await findMembers(page, 'full', 1);
  const member = members[0]!;
  const membersOnHome = async () => {
    await page.goto(`${appUrl}#/`);
    await page.getByRole('heading', { name: 'Đảng viên theo độ tuổi và giới tính' }).waitFor({ timeout: 60_000 });
    const totals = await page.getByRole('definition').evaluateAll((values) => values.map((value) => [value.previousElementSibling?.textContent ?? '', value.textContent ?? '']));
    return Number(new Map(totals.map(([name, value]) => [name, value])).get('Đảng viên')!.replace(/\./g, ''));
  };
  const before = await membersOnHome();

  await openConduct(page, 'Ra khỏi Đảng');
  await choosePerson(page, 'Đảng viên', member);
  await page.getByLabel('Hình thức ra khỏi Đảng').selectOption({ label: 'Xin ra khỏi Đảng' });
  await field(page, 'Ngày ra khỏi Đảng').fill(todayText);
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByText('Số quyết định: không được để trống.').waitFor();
  await fillDecision(page, '112-QĐ/HU');
  await field(page, 'Lý do').fill('Hoàn cảnh gia đình');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByRole('status').getByText(`Đã ghi: ${member.fullName} ra khỏi Đảng (Xin ra khỏi Đảng) từ ngày ${todayText}.`).waitFor();
  const row = page.getByRole('region', { name: /^Ra khỏi Đảng trong năm / }).locator('tbody tr', { hasText: member.fullName });
  await row.getByText('112-QĐ/HU', { exact: false }).waitFor();
  await saveScreenshot(page, 'conduct-exit');

  expect(await membersOnHome()).toBe(before - 1);
  // The record stays, with its status.
  await page.goto(`${appUrl}#/people/${member.id}`);
  await page.getByRole('heading', { level: 1, name: member.fullName }).waitFor();
  await page.locator('.status-badge').getByText('Đã ra khỏi Đảng').waitFor();
});

it('plans an inspection of a cell, concludes it, and disciplines the cell following it', async () => {
  const { page } = current();
  const { unitName } = await findMembers(page, 'full', 1);
  await openConduct(page, 'Kiểm tra, giám sát');

  await page.getByRole('combobox', { name: 'Tổ chức đảng' }).fill(unitName);
  await page.getByRole('option', { name: unitName }).first().click();
  await field(page, 'Nội dung').fill('Thực hiện quy chế làm việc và nguyên tắc tập trung dân chủ');
  await page.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await page.getByRole('status').getByText(/^Đã thêm cuộc Kiểm tra vào kế hoạch năm \d{4}\.$/).waitFor();

  await page.getByRole('button', { name: `Ghi kết luận kiểm tra ${unitName}` }).click();
  await field(page, 'Kết luận').fill('Có vi phạm, đề nghị kỷ luật khiển trách');
  await field(page, 'Ngày kết luận').fill(todayText);
  await page.getByRole('button', { name: 'Lưu kết luận' }).click();
  await page.getByRole('status').getByText(`Đã ghi kết luận ngày ${todayText}.`).waitFor();
  await saveScreenshot(page, 'conduct-inspections');

  await page.getByRole('button', { name: `Kỷ luật ${unitName} theo kết luận` }).click();
  await page.getByRole('tab', { name: /^Kỷ luật/, selected: true }).waitFor();
  expect(await page.getByLabel('Theo kết luận kiểm tra').inputValue()).not.toBe('');
  await page.getByLabel('Hình thức kỷ luật').selectOption({ label: 'Khiển trách' });
  await field(page, 'Nội dung vi phạm').fill('Buông lỏng lãnh đạo');
  await fillDecision(page, '09-QĐ/UBKT');
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByRole('status').getByText(`Đã ghi quyết định 09-QĐ/UBKT: Khiển trách đối với ${unitName}.`).waitFor();

  await page.getByRole('tab', { name: /^Kiểm tra, giám sát/ }).click();
  const row = page.getByRole('region', { name: /^Kế hoạch kiểm tra, giám sát năm / }).locator('tbody tr', { hasText: unitName });
  expect(await row.locator('td.number').textContent()).toBe('1');
});
