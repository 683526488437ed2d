import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { openApp, saveScreenshot, type AppSession } from './support/chromium';
import { completeOfficeSetup } from './support/office-setup-page';

let session: AppSession;
const appUrl = inject('appUrl');

beforeEach(async () => {
  session = await openApp(appUrl);
  await completeOfficeSetup(session.page);
});

afterEach(async (context) => {
  await saveScreenshot(session.page, `demo-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

it('loads a generated province from the home screen and shows its totals', async () => {
  const { page } = session;
  await page.getByRole('heading', { name: 'Nạp dữ liệu mẫu' }).waitFor();
  await page.getByLabel('Quy mô').selectOption('2000');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  const totals = page.getByRole('definition');
  await page.getByText('Đảng viên', { exact: true }).waitFor({ timeout: 120_000 });
  const values = (await totals.allTextContents()).map((text) => Number(text.replace(/\./g, '')));
  const [units, members, cadres, people] = values as [number, number, number, number];
  expect(people).toBe(2000);
  expect(units).toBeGreaterThan(3000);
  expect(members).toBeGreaterThan(1700);
  expect(members).toBeLessThan(people);
  expect(cadres).toBeGreaterThan(0);
  await page.reload();
  await page.getByText('Đảng viên', { exact: true }).waitFor();
  expect(await page.getByRole('heading', { name: 'Nạp dữ liệu mẫu' }).count()).toBe(0);
});
