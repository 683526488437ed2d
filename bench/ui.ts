/**
 * npm run bench:ui [-- --people 300000 --keystrokes 8 --seed 1]
 * The people table at province scale, in headless Chromium on the built app: time from a keystroke in the search box
 * to the updated table on screen, time for a sort, frame times while scrolling, and the heap the index takes per
 * person; in the same run, the same searches and sorts as a plain pass over an array of the same rows.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build as bundle } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { build as buildApp } from 'vite';
import { foldForSearch } from '../shared/text/fold.ts';
import { emptyQuery, type PeopleQuery } from '../shared/people-index/query.ts';
import { median } from './support/browser-harness.ts';
import type { UiBench } from './browser/ui-bench.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300000' }, keystrokes: { type: 'string', default: '8' }, seed: { type: 'string', default: '1' } } });
const people = Number(values.people);
const keystrokes = Number(values.keystrokes);
const chromiumPath = '/usr/bin/chromium';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--max-old-space-size=8192'];
const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

const percentile = (values: readonly number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (slow: number, fast: number) => Math.round((slow / fast) * 10) / 10;

/** The built app and the bench page on one origin, so both see the same IndexedDB. */
async function serve(appDir: string, benchScript: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/favicon.ico') {
        response.writeHead(204);
        return response.end();
      }
      if (path === '/bench.html') {
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
      }
      if (path === '/bench.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(await readFile(benchScript));
      }
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
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

const workDir = await mkdtemp(join(tmpdir(), 'so-can-bo-bench-ui-'));
const appDir = join(workDir, 'app');
await buildApp({ configFile: resolve('vite.config.ts'), logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
const benchScript = join(workDir, 'bench.js');
await bundle({ entryPoints: [resolve('bench/browser/ui-bench.ts')], bundle: true, format: 'esm', target: 'chrome120', outfile: benchScript, logLevel: 'warning', define: { __APP_VERSION__: '"bench"' } });
const { server, origin } = await serve(appDir, benchScript);
const profileDir = join(workDir, 'profile');
await mkdir(profileDir);
const context = await chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath, headless: true, args: launchArgs, viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });

type Call = <K extends keyof UiBench>(method: K, ...args: Parameters<UiBench[K]>) => Promise<Awaited<ReturnType<UiBench[K]>>>;
function caller(page: Page): Call {
  return <K extends keyof UiBench>(method: K, ...args: Parameters<UiBench[K]>) =>
    page.evaluate(
      ({ method, args }) => (globalThis as unknown as { uiBench: Record<string, (...a: unknown[]) => unknown> }).uiBench[method]!(...args) as Promise<Awaited<ReturnType<UiBench[K]>>>,
      { method, args: args as unknown[] },
    );
}

try {
  const benchPage = context.pages()[0] ?? (await context.newPage());
  benchPage.on('console', (message) => console.log(message.text()));
  await benchPage.goto(`${origin}/bench.html`);
  await benchPage.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
  const call = caller(benchPage);
  const chromiumVersion = context.browser()?.version() ?? (await benchPage.evaluate(() => navigator.userAgent));
  console.log(`Chromium ${chromiumVersion}; loading ${people.toLocaleString('en')} generated people through the write path…`);
  const loaded = await call('prepare', { seed: Number(values.seed), people });
  console.log(`loaded ${loaded.records.toLocaleString('en')} records in ${(loaded.ms / 1000).toFixed(0)} s`);

  // Heap: the index built on this page with the same shared code the worker runs, then a plain array of the same rows.
  const cdp = await context.newCDPSession(benchPage);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const empty = await heap();
  const built = await call('buildIndex');
  const indexBytes = (await heap()) - empty;
  await call('indexQuery', { ...emptyQuery, sort: { column: 'birthDate', direction: 'asc' } });
  const indexWithSortBytes = (await heap()) - empty;
  await call('buildPlain');
  const withPlain = await heap();
  await call('dropIndex');
  const plainBytes = (await heap()) - empty;
  // The index again, beside the plain rows, for the timings.
  await call('buildIndex');
  console.log(`index built in ${(built.ms / 1000).toFixed(1)} s; heap ${(withPlain / 1024 / 1024).toFixed(0)} MiB with both`);

  // The keystrokes: a real name from the data, folded, typed letter by letter (steps that change the answer are timed).
  const name = await call('nameAt', Math.floor(people / 3));
  const typed = foldForSearch(name).slice(0, Math.max(keystrokes, 3));
  const steps: { text: string; index: Awaited<ReturnType<UiBench['indexQuery']>>; plain: Awaited<ReturnType<UiBench['plainQuery']>> }[] = [];
  for (let length = 1; length <= typed.length; length += 1) {
    const query: PeopleQuery = { ...emptyQuery, search: typed.slice(0, length) };
    steps.push({ text: query.search, index: await call('indexQuery', query), plain: await call('plainQuery', query) });
    if (steps.at(-1)!.index.count !== steps.at(-1)!.plain.count) throw new Error(`index and plain pass disagree on "${query.search}"`);
  }
  const coldSort = await call('indexQuery', { ...emptyQuery, sort: { column: 'unit', direction: 'desc' } });
  const warmSort = await call('indexQuery', { ...emptyQuery, sort: { column: 'unit', direction: 'desc' } });
  const plainSort = await call('plainQuery', { ...emptyQuery, sort: { column: 'birthDate', direction: 'asc' } });
  const plainNameSort = await call('plainQuery', emptyQuery);

  // The app itself, in a second tab: the index lives in its worker.
  const app = await context.newPage();
  // Frames are only drawn for the tab in front.
  await app.bringToFront();
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(error.message));
  const opened = Date.now();
  await app.goto(`${origin}/#/people`);
  const countText = (count: number) => `${count.toLocaleString('vi-VN')} người`;
  await app.locator('.people-count').getByText(countText(people), { exact: true }).waitFor({ timeout: 600_000 });
  const appReadyMs = Date.now() - opened;
  console.log(`app ready in ${(appReadyMs / 1000).toFixed(1)} s (its worker reads everyone from IndexedDB); typing "${typed}"…`);
  const search = app.getByPlaceholder('Tìm theo họ tên (không cần dấu), số thẻ đảng viên hoặc CCCD');
  await search.focus();

  /** Time from the key going down to the frame that shows the expected count and first row, rows all loaded. */
  const keystrokeMs: number[] = [];
  let previous: { count: number; first: string | null } = { count: people, first: null };
  for (const step of steps) {
    const expected = { count: countText(step.index.count), first: step.index.first };
    const changes = step.index.count !== previous.count || step.index.first !== previous.first;
    previous = step.index;
    if (!changes) {
      // Nothing on screen changes: there is no moment to time.
      await app.keyboard.type(step.text.at(-1)!);
      await app.waitForTimeout(250);
      continue;
    }
    await app.evaluate((wanted) => {
      const done = new Promise<number>((resolveLatency, fail) => {
        setTimeout(() => fail(new Error(`no table with ${JSON.stringify(wanted)}: shows ${document.querySelector('.people-count')?.textContent}, ${document.querySelector('.people-table tbody tr td')?.textContent}, ${document.querySelectorAll('.people-table tbody tr.people-pending').length} rows loading, ${document.querySelectorAll('.people-table tbody tr').length} rows`)), 30_000);
        document.addEventListener(
          'keydown',
          (event) => {
            const started = event.timeStamp;
            // No named functions in page callbacks: tsx would wrap them in a helper the page does not have.
            const observer = new MutationObserver(() => {
              const count = document.querySelector('.people-count')?.textContent;
              const first = document.querySelector('.people-table tbody tr td')?.textContent ?? null;
              if (count !== wanted.count || first !== wanted.first || document.querySelector('.people-table tbody tr.people-pending')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolveLatency(performance.now() - started));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          },
          { once: true, capture: true },
        );
      });
      Object.assign(globalThis, { latency: done });
    }, expected);
    await app.keyboard.type(step.text.at(-1)!);
    keystrokeMs.push(await app.evaluate(() => (globalThis as unknown as { latency: Promise<number> }).latency));
    await app.waitForTimeout(250);
  }
  await search.fill('');
  await app.locator('.people-count').getByText(countText(people), { exact: true }).waitFor();

  /** Time from the click on a header to the re-sorted rows on screen. */
  const sortMs = async (header: string, direction: 'ascending' | 'descending') =>
    app.evaluate(
      ({ header, direction }) =>
        new Promise<number>((resolveSort) => {
          const button = [...document.querySelectorAll<HTMLButtonElement>('.people-sort')].find((each) => each.textContent?.startsWith(header))!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (button.closest('th')?.getAttribute('aria-sort') !== direction || document.querySelector('.people-table[aria-busy="true"]')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolveSort(performance.now() - started));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          button.click();
        }),
      { header, direction },
    );
  const firstSort = await sortMs('Ngày sinh', 'ascending');
  const secondSort = await sortMs('Ngày sinh', 'descending');
  const cachedSort = await sortMs('Ngày sinh', 'ascending');

  /**
   * Frame times while the table scrolls by a number of pixels each frame: 120 is a brisk mouse wheel, 720 (20 rows a frame)
   * a flick through the list; and how many frames showed rows still on their way from the worker.
   */
  const scroll = (pixelsPerFrame: number) =>
    app.evaluate(
      async ({ frames, pixelsPerFrame }) => {
        const scroller = document.querySelector<HTMLElement>('.people-scroll')!;
        scroller.scrollTop = 0;
        const deltas: number[] = [];
        let pendingFrames = 0;
        let last = await new Promise<number>((next) => requestAnimationFrame(next));
        while (deltas.length < frames) {
          scroller.scrollTop += pixelsPerFrame;
          const time = await new Promise<number>((next) => requestAnimationFrame(next));
          deltas.push(time - last);
          last = time;
          if (document.querySelector('.people-table tbody tr.people-pending')) pendingFrames += 1;
        }
        return { deltas, pendingFrames };
      },
      { frames: 300, pixelsPerFrame },
    );
  const frameFigures = ({ deltas, pendingFrames }: Awaited<ReturnType<typeof scroll>>) => ({
    frames: deltas.length,
    p95FrameMs: round(percentile(deltas, 0.95)),
    medianFrameMs: round(median(deltas)),
    maxFrameMs: round(Math.max(...deltas)),
    framesWithRowsLoading: pendingFrames,
  });
  const wheel = frameFigures(await scroll(120));
  const flick = frameFigures(await scroll(720));

  const plainKeystrokes = steps.map((step) => step.plain.ms);
  const indexKeystrokes = steps.map((step) => step.index.ms);
  const result = {
    people,
    chromium: chromiumVersion,
    heapPerPersonBytes: { index: Math.round(indexBytes / people), indexWithTwoSortOrders: Math.round(indexWithSortBytes / people), plainArray: Math.round(plainBytes / people) },
    appReadyMs,
    keystroke: {
      typed,
      uiToRenderedMs: { median: round(median(keystrokeMs)), max: round(Math.max(...keystrokeMs)), samples: keystrokeMs.map(round) },
      indexQueryMs: { median: round(median(indexKeystrokes)), max: round(Math.max(...indexKeystrokes)) },
      plainPassMs: { median: round(median(plainKeystrokes)), max: round(Math.max(...plainKeystrokes)) },
    },
    sort: {
      uiFirstSortMs: round(firstSort),
      uiOtherDirectionMs: round(secondSort),
      uiCachedSortMs: round(cachedSort),
      indexColdMs: round(coldSort.ms),
      indexCachedMs: round(warmSort.ms),
      plainSortByBirthDateMs: round(plainSort.ms),
      plainSortByNameMs: round(plainNameSort.ms),
    },
    scroll: { wheel120PxPerFrame: wheel, flick720PxPerFrame: flick },
    pageErrors: errors,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    [
      `keystroke → rendered table: median ${result.keystroke.uiToRenderedMs.median} ms (goal < 100 ms); index query ${result.keystroke.indexQueryMs.median} ms vs plain array pass ${result.keystroke.plainPassMs.median} ms (×${ratio(result.keystroke.plainPassMs.median, result.keystroke.indexQueryMs.median)})`,
      `sort: first ${result.sort.uiFirstSortMs} ms on screen, cached ${result.sort.uiCachedSortMs} ms; index cold ${result.sort.indexColdMs} ms / cached ${result.sort.indexCachedMs} ms vs plain sort by name ${result.sort.plainSortByNameMs} ms (×${ratio(result.sort.plainSortByNameMs, result.sort.indexCachedMs)})`,
      `scrolling: p95 frame ${wheel.p95FrameMs} ms (median ${wheel.medianFrameMs} ms) at 120 px a frame; ${flick.p95FrameMs} ms (median ${flick.medianFrameMs} ms) at 720 px a frame`,
      `heap per person: index ${result.heapPerPersonBytes.index} B (${result.heapPerPersonBytes.indexWithTwoSortOrders} B with two sort orders) vs plain array ${result.heapPerPersonBytes.plainArray} B (×${ratio(result.heapPerPersonBytes.plainArray, result.heapPerPersonBytes.index)})`,
    ].join('\n'),
  );
} finally {
  await context.close();
  await new Promise((done) => server.close(done));
  await rm(workDir, { recursive: true, force: true });
}
