/**
 * The people table at province scale, on the built app in a second tab: time from a keystroke in the search box to
 * the updated table on screen, and from a click on a column header to the re-sorted table, each interleaved with the
 * same search or sort as a plain pass over an array of the same rows on the bench page; frame times while scrolling;
 * and the heap the people index takes per listed person (built on the bench page with the code the app's worker runs).
 */
import type { Page } from 'playwright-core';
import { foldForSearch } from '../../shared/text/fold.ts';
import { emptyQuery, type PeopleQuery } from '../../shared/people-index/query.ts';
import { interleaved, mean, percentile, ratioOfMedians, summary } from '../support/stats.ts';
import { browserSide, type ScenarioContext } from './context.ts';

/** Letters typed into the search box, one keystroke each. */
const keystrokes = 8;
/** Frames per scroll run: 60 (a second at 60 Hz); the five counted runs give 300 for each speed. */
const scrollFrames = 60;
/** Pause after each keystroke, so that the next one finds the table at rest (the timing waits for the table itself). */
const settleMs = 50;
const round1 = (value: number) => Math.round(value * 10) / 10;

export async function tableScenario(context: ScenarioContext) {
  const { browser, people, runs, log } = context;
  const ui = browserSide(context, 'ui');
  const heap = () => browser.heap(browser.page, true);

  // Heap: the index, then with a second sort order, then a plain array of the same rows alone.
  const empty = await heap();
  const built = await ui('buildIndex');
  const indexBytes = (await heap()) - empty;
  await ui('indexQuery', { ...emptyQuery, sort: { column: 'birthDate', direction: 'asc' } });
  const indexWithSortBytes = (await heap()) - empty;
  await ui('buildPlain');
  await ui('dropIndex');
  const plainBytes = (await heap()) - empty;
  await ui('buildIndex');
  log(`people index built in ${(built.ms / 1000).toFixed(1)} s: ${Math.round(indexBytes / people)} B per person`);

  // The keystrokes: a real name from the data, folded, typed letter by letter; each prefix's answer from the index and the plain pass must agree.
  const typed = foldForSearch(await ui('nameAt', Math.floor(people / 3))).slice(0, keystrokes);
  const steps: { query: PeopleQuery; count: number; first: string | null; indexMs: number }[] = [];
  for (let length = 1; length <= typed.length; length += 1) {
    const query: PeopleQuery = { ...emptyQuery, search: typed.slice(0, length) };
    const [index, plain] = [await ui('indexQuery', query), await ui('plainQuery', query)];
    if (index.count !== plain.count) throw new Error(`index and plain pass disagree on "${query.search}"`);
    steps.push({ query, count: index.count, first: index.first, indexMs: index.ms });
  }
  const indexColdSort = await ui('indexQuery', { ...emptyQuery, sort: { column: 'unit', direction: 'desc' } });
  const indexCachedSort = await ui('indexQuery', { ...emptyQuery, sort: { column: 'unit', direction: 'desc' } });

  const app = await browser.openApp('#/people');
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(error.message));
  const opened = Date.now();
  const countText = (count: number) => `${count.toLocaleString('vi-VN')} người`;
  const everyone = () => app.locator('.people-count').getByText(countText(people), { exact: true }).waitFor({ timeout: 600_000 });
  await everyone();
  const appReadyMs = Date.now() - opened;
  const appPageHeap = await browser.heap(app, true);
  log(`app ready in ${(appReadyMs / 1000).toFixed(1)} s; typing "${typed}" ${runs + 1} times`);
  const search = app.getByPlaceholder('Tìm theo họ tên (không cần dấu), số thẻ đảng viên hoặc CCCD');

  /** One pass over the name: each keystroke that changes the table, timed on screen, then the same search as a plain pass. */
  const typeOnce = async () => {
    await search.focus();
    const onScreen: number[] = [];
    const plain: number[] = [];
    let previous: { count: number; first: string | null } = { count: people, first: null };
    for (const step of steps) {
      const changes = step.count !== previous.count || step.first !== previous.first;
      previous = step;
      if (changes) await armKeystroke(app, { count: countText(step.count), first: step.first });
      await app.keyboard.type(step.query.search.at(-1)!);
      // Nothing on screen changes otherwise: there is no moment to time.
      if (changes) {
        onScreen.push(await app.evaluate(() => (globalThis as unknown as { latency: Promise<number> }).latency));
        plain.push((await ui('plainQuery', step.query)).ms);
      }
      await app.waitForTimeout(settleMs);
    }
    await search.fill('');
    await everyone();
    return { onScreen, plain };
  };
  await typeOnce();
  const passes = { onScreen: [] as number[], plain: [] as number[], samples: [] as number[][] };
  for (let pass = 0; pass < runs; pass += 1) {
    const { onScreen, plain } = await typeOnce();
    passes.onScreen.push(mean(onScreen));
    passes.plain.push(mean(plain));
    passes.samples.push(onScreen.map(round1));
  }
  const keystrokeMs = summary(passes.onScreen);
  const plainPassMs = summary(passes.plain);

  // Sorting by birth date, the direction turned each click; the first click (building that order) is the warm-up.
  let ascending = false;
  let firstSortMs = 0;
  const clickSort = () => sortOnScreen(app, 'Ngày sinh', (ascending = !ascending) ? 'ascending' : 'descending');
  const sortTimes = await interleaved(
    { onScreen: clickSort, plain: async () => (await ui('plainQuery', { ...emptyQuery, sort: { column: 'birthDate', direction: 'asc' } })).ms },
    { runs, warmUp: { onScreen: async () => (firstSortMs = await clickSort()) } },
  );

  // Frames while the table scrolls by 120 px a frame (a brisk mouse wheel) and 720 px (20 rows a frame, a flick).
  const loading = { wheel: 0, flick: 0 };
  const scrolled = (pixelsPerFrame: number, name: 'wheel' | 'flick') => async () => {
    const { deltas, pendingFrames } = await scrollFrameTimes(app, pixelsPerFrame);
    loading[name] += pendingFrames;
    return percentile(deltas, 0.95);
  };
  const scrollTimes = await interleaved({ wheel: scrolled(120, 'wheel'), flick: scrolled(720, 'flick') }, { runs });
  await app.close();
  await ui('dropIndex');
  await ui('dropPlain');

  const sortOnScreenMs = summary(sortTimes.onScreen);
  const plainSortMs = summary(sortTimes.plain);
  return {
    table: {
      people,
      appReadyMs,
      typed,
      keystrokesTimedPerPass: passes.samples[0]?.length ?? 0,
      keystrokeToRenderedMs: keystrokeMs,
      keystrokeSamplesMs: passes.samples,
      plainPassMs,
      ratio: ratioOfMedians(keystrokeMs, plainPassMs),
      indexQueryMs: { median: round1(summary(steps.map((step) => step.indexMs)).median), max: round1(Math.max(...steps.map((step) => step.indexMs))) },
      sort: {
        firstOnScreenMs: round1(firstSortMs),
        onScreenMs: sortOnScreenMs,
        plainSortMs,
        ratio: ratioOfMedians(sortOnScreenMs, plainSortMs),
        indexColdMs: round1(indexColdSort.ms),
        indexCachedMs: round1(indexCachedSort.ms),
      },
      scroll: {
        framesPerRun: scrollFrames,
        wheel120PxP95FrameMs: summary(scrollTimes.wheel),
        flick720PxP95FrameMs: summary(scrollTimes.flick),
        framesWithRowsLoading: loading,
      },
      pageErrors: errors,
    },
    memory: {
      people,
      heapPerPersonBytes: { index: Math.round(indexBytes / people), indexWithTwoSortOrders: Math.round(indexWithSortBytes / people), plainArray: Math.round(plainBytes / people) },
      appPageHeapPerPersonBytes: Math.round(appPageHeap / people),
    },
  };
}

/** Arms the page to time from the next key going down to the frame that shows the expected count and first row, rows all loaded. */
async function armKeystroke(app: Page, wanted: { count: string; first: string | null }) {
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
  }, wanted);
}

/** Time from the click on a header to the re-sorted rows on screen. */
function sortOnScreen(app: Page, header: string, direction: 'ascending' | 'descending') {
  return app.evaluate(
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
}

/** Frame times while the table scrolls by a number of pixels each frame, and how many frames showed rows still on their way from the worker. */
function scrollFrameTimes(app: Page, pixelsPerFrame: number) {
  return app.evaluate(
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
    { frames: scrollFrames, pixelsPerFrame },
  );
}
