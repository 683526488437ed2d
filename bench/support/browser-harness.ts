/**
 * Runs benchmark code in headless Chromium on real IndexedDB: bundles the browser side of the suite with esbuild,
 * serves it from 127.0.0.1 beside the built web app (one origin, so the bench page and the app see the same
 * IndexedDB), and opens it in a persistent profile on disk.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--max-old-space-size=8192'];
const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

export interface BenchBrowser {
  /** The bench page: the suite's browser side, on the app's origin. */
  readonly page: Page;
  readonly context: BrowserContext;
  readonly profileDir: string;
  readonly chromiumVersion: string;
  /** Opens the built app at a route (`#/people`) in a new tab, brought to the front. */
  openApp(route: string): Promise<Page>;
  /** The JS heap the page uses, after a garbage collection when `collect` is set. */
  heap(page: Page, collect: boolean): Promise<number>;
  close(): Promise<void>;
}

/** The built app (`appDir`, may be omitted) and the bench page (`/bench.html`, the bundle of `entry`) on one origin. */
async function serve(appDir: string | undefined, benchScript: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/bench.html') {
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
      }
      if (path === '/bench.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(await readFile(benchScript));
      }
      if (path === '/favicon.ico') {
        response.writeHead(204);
        return response.end();
      }
      if (appDir === undefined) throw new Error('no app served');
      const file = normalize(join(appDir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(appDir)) throw new Error('outside the app');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export async function openBenchPage(entry: string, options: { appDir?: string } = {}): Promise<BenchBrowser> {
  const workDir = await mkdtemp(join(tmpdir(), 'so-can-bo-bench-'));
  const benchScript = join(workDir, 'bench.js');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'chrome120', outfile: benchScript, logLevel: 'warning', define: { __APP_VERSION__: '"bench"' } });
  const { server, origin } = await serve(options.appDir, benchScript);
  const profileDir = join(workDir, 'profile');
  await mkdir(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath, headless: true, args: launchArgs, viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => console.log(message.text()));
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
  const chromiumVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const sessions = new Map<Page, CDPSession>();
  return {
    page,
    context,
    profileDir,
    chromiumVersion,
    async openApp(route) {
      const app = await context.newPage();
      // Frames are only drawn for the tab in front.
      await app.bringToFront();
      await app.goto(`${origin}/${route}`);
      return app;
    },
    async heap(of, collect) {
      const session = sessions.get(of) ?? (await context.newCDPSession(of));
      sessions.set(of, session);
      if (collect) await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * A typed caller for an API object the bench page put on `globalThis[name]`: `remote<StoreBench>(page, 'store')('ours')`.
 * Arguments and results cross as structured clones.
 */
export function remote<Api extends object>(page: Page, name: string) {
  return <K extends keyof Api & string>(method: K, ...args: Api[K] extends (...a: infer A) => unknown ? A : never): Promise<Api[K] extends (...a: never[]) => infer R ? Awaited<R> : never> =>
    page.evaluate(({ name, method, args }) => (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[name]![method]!(...args), { name, method, args: args as unknown[] }) as never;
}

export async function folderSize(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
