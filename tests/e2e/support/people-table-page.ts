/** Reading and driving the people table ("Cán bộ – Đảng viên") as a user sees it. */
import type { Page } from 'playwright-core';

export const formattedCount = (count: number) => count.toLocaleString('vi-VN');

/** Waits until the row count reads `count` ("12.345 người"). */
export async function countIs(page: Page, count: number): Promise<void> {
  await page.locator('.people-count').getByText(`${formattedCount(count)} người`, { exact: true }).waitFor({ timeout: 120_000 });
}

export async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator('.people-count').textContent()) ?? '';
  return Number(text.replace(' người', '').replace(/\./g, ''));
}

/** Waits until the table shows the answer to the latest query, every row on screen loaded. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.people-table[aria-busy="false"]').waitFor();
}

/** The rows on screen as header → text, once the table has settled. */
export async function visibleRows(page: Page): Promise<Record<string, string>[]> {
  await settled(page);
  const headers = await page.locator('.people-table thead th').allTextContents();
  const rows = await page.locator('.people-table tbody tr').evaluateAll((elements) =>
    elements
      .map((row) => ({ top: row.getBoundingClientRect().top, cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '') }))
      .sort((a, b) => a.top - b.top)
      .map((row) => row.cells),
  );
  return rows.map((cells) => Object.fromEntries(headers.map((header, column) => [header.replace(/[▲▼]/g, ''), cells[column] ?? ''])));
}

export async function search(page: Page, text: string): Promise<void> {
  await page.getByPlaceholder('Tìm theo họ tên (không cần dấu), số thẻ đảng viên hoặc CCCD').fill(text);
  await settled(page);
}
