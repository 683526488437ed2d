import { afterEach, beforeEach, expect, inject } from 'vitest';
import { saveScreenshot, type AppSession } from './chromium';
import { openAppWithDemo } from './demo-profile';

/**
 * Each test of the file in a fresh profile holding the demo province; after it, a screenshot named after the test
 * (`prefix-test-name`) and a check that the page logged no errors. Returns the current test's session.
 */
export function demoSessionPerTest(prefix: string, people: 2000 | 20000): () => AppSession {
  let session: AppSession | undefined;
  beforeEach(async () => {
    session = await openAppWithDemo(inject('appUrl'), inject('runId'), people);
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
