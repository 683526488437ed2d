import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Debian's Chromium, with the network chatter that this offline machine refuses turned off. */
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages the page logged as errors and uncaught exceptions: a clean run has none. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** A new Chromium with a profile folder of its own, so every test starts like a new installation. */
export async function openApp(appUrl: string, options: { profileDir?: string; keepProfile?: boolean } = {}): Promise<AppSession> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'so-can-bo-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: launchArgs,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(appUrl);
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      if (!options.keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

const artifactsDir = 'test-artifacts/screenshots';

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
