import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { saveScreenshot, type AppSession } from './chromium';
import { openAppWithDemo } from './demo-profile';

/**
 * Each test of the file in a fresh profile holding the demo province; after it, a screenshot named after the test
 * (`prefix-test-name`) and a check that the page logged no errors. `prepare` runs on the page before each test
 * (opening the screen the tests are about). Returns the current test's session.
 */
export function demoSessionPerTest(prefix: string, people: 2000 | 20000, prepare?: (page: Page) => Promise<void>): () => AppSession {
  let session: AppSession | undefined;
  beforeEach(async () => {
    session = await openAppWithDemo(inject('appUrl'), inject('runId'), people);
    await prepare?.(session.page);
  }, 600_000);
  afterEach(async (context) => {
    const current = session!;
    await saveScreenshot(current.page, `${prefix}-${context.task.name}`);
    await current.close();
    expect(current.pageErrors, 'the page logged errors').toEqual([]);
  });
  return () => session!;
}

/** Today as the forms take it, dd/mm/yyyy. */
export function todayText(): string {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
}

/** Opens a screen of the work area ("Nghiệp vụ") by its title, as a person does: from the area's list. */
export async function openWorkflow(page: Page, title: string): Promise<void> {
  await page.goto(`${inject('appUrl')}#/work`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}
