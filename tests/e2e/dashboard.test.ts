import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';
import { countIs } from './support/people-table-page';

let session: AppSession;
const appUrl = inject('appUrl');
const runId = inject('runId');

beforeEach(async () => {
  session = await openAppWithDemo(appUrl, runId, 20000);
  await session.page.getByRole('heading', { name: 'Đảng viên theo độ tuổi và giới tính' }).waitFor({ timeout: 60_000 });
}, 600_000);

afterEach(async (context) => {
  await saveScreenshot(session.page, `dashboard-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

const number = (text: string) => Number(text.replace(/\./g, ''));

/** The bars of a chart as their labels read, with where each one leads. */
async function bars(page: Page, chart: string): Promise<{ label: string; href: string }[]> {
  return page
    .getByRole('figure', { name: chart })
    .locator('a')
    .evaluateAll((links) => links.map((link) => ({ label: link.getAttribute('aria-label') ?? '', href: link.getAttribute('href') ?? '' })));
}

it('shows the jurisdiction totals and charts that add up to them', async () => {
  const { page } = session;
  const totals = Object.fromEntries(
    await page.getByRole('definition').evaluateAll((values) => values.map((value) => [value.previousElementSibling?.textContent ?? '', value.textContent ?? ''])),
  );
  const year = new Date().getFullYear();
  expect(Object.keys(totals)).toEqual(['Tổ chức đảng', 'Đảng viên', 'Cán bộ', 'Hồ sơ người', `Kết nạp năm ${year}`]);
  const members = number(totals['Đảng viên']!);
  expect(number(totals['Hồ sơ người']!)).toBe(20000);
  expect(members).toBeGreaterThan(15000);
  expect(number(totals['Tổ chức đảng']!)).toBeGreaterThan(3000);

  const ageSex = await bars(page, 'Đảng viên theo độ tuổi và giới tính');
  expect(ageSex).toHaveLength(14);
  const counted = (label: string) => number(/: ([\d.]+) đảng viên$/.exec(label)![1]!);
  expect(ageSex.reduce((sum, bar) => sum + counted(bar.label), 0)).toBe(members);
  expect(ageSex[0]).toEqual({ label: expect.stringMatching(/^18-30 tuổi, Nam: /), href: '#/people?memberStatus=member&ageBand=18-30&sex=male' });
  expect(ageSex.at(-1)!.href).toBe('#/people?memberStatus=member&ageBand=81%2B&sex=female');

  const units = await bars(page, 'Đảng viên theo tổ chức trực thuộc');
  expect(units).toHaveLength(13);
  expect(units.reduce((sum, bar) => sum + counted(bar.label), 0)).toBe(members);
  const counts = units.map((bar) => counted(bar.label));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

it('opens the people table filtered by the bar clicked, counting the same members', async () => {
  const { page } = session;
  const bar = (await bars(page, 'Đảng viên theo độ tuổi và giới tính')).find((each) => each.label.startsWith('31-40 tuổi, Nữ: '))!;
  await page.getByRole('link', { name: bar.label }).click();
  await countIs(page, number(/: ([\d.]+) đảng viên$/.exec(bar.label)![1]!));
  // The filters the bar set are shown, and the address no longer carries them.
  expect(page.url()).toMatch(/#\/people$/);
  await expect(page.getByRole('combobox', { name: 'Độ tuổi', exact: true }).inputValue()).resolves.toBe('=31-40');
  await expect(page.getByRole('combobox', { name: 'Giới tính', exact: true }).inputValue()).resolves.toBe('=female');
  await expect(page.getByRole('combobox', { name: 'Trạng thái', exact: true }).inputValue()).resolves.toBe('=member');

  await page.goto(`${appUrl}#/`);
  await page.getByRole('heading', { name: 'Đảng viên theo tổ chức trực thuộc' }).waitFor({ timeout: 60_000 });
  const [largest] = await bars(page, 'Đảng viên theo tổ chức trực thuộc');
  const [, name, count] = /^(.*): ([\d.]+) đảng viên$/.exec(largest!.label)!;
  await page.getByRole('link', { name: largest!.label }).click();
  await countIs(page, number(count!));
  await expect(page.getByRole('combobox', { name: /Đơn vị/ }).inputValue()).resolves.toBe(name);
});

it('refuses a link with a bad filter, saying which, and lists without it', async () => {
  const { page } = session;
  await page.goto(`${appUrl}#/people?sex=other&ageBand=31-40`);
  await page.getByRole('alert').getByText('Liên kết mở danh sách có tham số không hợp lệ: sex.').waitFor({ timeout: 60_000 });
  await countIs(page, 20000);
});

it('reminds of what falls due, and each reminder opens the people behind it', async () => {
  const { page } = session;
  const card = page.getByRole('region', { name: 'Nhắc việc' });
  const links = card.getByRole('link');
  await links.first().waitFor({ timeout: 120_000 });
  const reminders = await links.evaluateAll((items) => items.map((item) => ({ text: item.textContent ?? '', href: item.getAttribute('href') ?? '' })));
  expect(reminders.map((reminder) => reminder.href)).toEqual(['termsEnding', 'probationsEnding', 'transitOverdue', 'salaryStepsDue', 'retirementsComing', 'certificatesExpired'].map((kind) => `#/work/reminders/${kind}`));
  const counted = reminders.map((reminder) => ({ ...reminder, count: number(/^\s*([\d.]+)/.exec(reminder.text)![1]!) }));
  // A generated province of 20,000 has cadres near retirement and members in transit.
  const retirements = counted.find((reminder) => reminder.href.endsWith('retirementsComing'))!;
  expect(retirements.count).toBeGreaterThan(0);

  await card.getByRole('link', { name: /Sắp nghỉ hưu/ }).click();
  await page.getByRole('heading', { name: 'Sắp nghỉ hưu', level: 1 }).waitFor();
  const rows = page.locator('.reminder-table tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(retirements.count);
  const dates = await rows.locator('td:nth-child(3)').allTextContents();
  expect(dates.every((text) => /^\d{2}\/\d{2}\/\d{4}/.test(text))).toBe(true);
  await saveScreenshot(page, 'reminders-retirements');
  const name = (await rows.first().getByRole('link').textContent())!;
  await rows.first().getByRole('link').click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}, 600_000);
