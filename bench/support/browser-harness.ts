/**
 * Runs benchmark code in headless Chromium on real IndexedDB: bundles a browser entry with esbuild,
 * serves it from 127.0.0.1 (IndexedDB needs a real origin), and opens it in a persistent profile on disk.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';
const keptProfilePort = 5191;
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--max-old-space-size=8192'];

export interface BenchBrowser {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly profileDir: string;
  readonly chromiumVersion: string;
  close(): Promise<void>;
}

/** `keepProfile`: a folder the profile (and its IndexedDB) lives in across runs, served on a fixed port since IndexedDB belongs to the origin. */
export async function openBenchPage(entry: string, options: { keepProfile?: string } = {}): Promise<BenchBrowser> {
  const outDir = await mkdtemp(join(tmpdir(), 'so-can-bo-bench-'));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'chrome120', outfile: join(outDir, 'bench.js'), logLevel: 'warning', define: { __APP_VERSION__: '"bench"' } });
  const html = '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';
  const server: Server = createServer(async (request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(await readFile(join(outDir, 'bench.js')));
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.keepProfile ? keptProfilePort : 0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');

  const profileDir = options.keepProfile ?? join(outDir, 'profile');
  await mkdir(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath, headless: true, args: launchArgs });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
  const chromiumVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  return {
    page,
    context,
    profileDir,
    chromiumVersion,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export async function folderSize(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summary(values: readonly number[]) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), runs: values.length };
}
