import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';

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
  expect(ageSex[0]).toEqual({ label: expect.stringMatching(/^18-30 tuổi, Nam: /), href: '#/people?ageBand=18-30&sex=male' });
  expect(ageSex.at(-1)!.href).toBe('#/people?ageBand=81%2B&sex=female');

  const units = await bars(page, 'Đảng viên theo tổ chức trực thuộc');
  expect(units).toHaveLength(13);
  expect(units.reduce((sum, bar) => sum + counted(bar.label), 0)).toBe(members);
  const counts = units.map((bar) => counted(bar.label));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

it('opens the people table filtered by the bar clicked', async () => {
  const { page } = session;
  await page.getByRole('link', { name: /^31-40 tuổi, Nữ: / }).click();
  await page.waitForURL((url) => url.hash === '#/people?ageBand=31-40&sex=female');

  await page.goBack();
  await page.getByRole('heading', { name: 'Đảng viên theo tổ chức trực thuộc' }).waitFor();
  const [largest] = await bars(page, 'Đảng viên theo tổ chức trực thuộc');
  const name = /^(.*): [\d.]+ đảng viên$/.exec(largest!.label)![1]!;
  await page.getByRole('link', { name: largest!.label }).click();
  await page.waitForURL((url) => url.hash === largest!.href);
  const unitId = new URLSearchParams(largest!.href.split('?')[1]).get('unit');
  // The id is the unit's own: its page bears the name the bar showed.
  await page.goto(`${appUrl}#/organizations/${unitId}`);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
});
