/// <reference lib="webworker" />
/**
 * Holds the people index off the UI thread: reads the people from IndexedDB once (seconds at province scale),
 * then answers each query in milliseconds while the window keeps responding to typing and scrolling.
 */
import { AppDatabase } from '../../shared/storage/database';
import { loadPeopleIndex, localDay, refreshPeopleIndex, type LoadedIndex } from '../../shared/people-index/load-index';
import { peopleWorkbook } from '../../shared/people-index/export-workbook';
import { peopleIndexRequest, type PeopleIndexMeta, type PeopleIndexRequest, type PeopleIndexResponse } from '../../shared/people-index/protocol';
import { describeUnknownError } from '../../shared/result';

/** Answers older than the last few queries are not kept: the table only ever asks about the newest. */
const keptResults = 4;

const db = new AppDatabase();
let loaded: Promise<LoadedIndex> | undefined;
const results = new Map<number, Int32Array>();

const post = (message: PeopleIndexResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/** The index, current with the change log; rebuilt when the day has turned, since ages and "as at today" move with it. */
async function currentIndex(requestId: number): Promise<LoadedIndex> {
  const day = localDay();
  const onProgress = (count: number) => post({ kind: 'progress', requestId, loaded: count });
  if (loaded) {
    const previous = await loaded;
    if (previous.index.day === day) {
      const outcome = await refreshPeopleIndex(db, previous.index, previous.position, onProgress);
      if (outcome.kind === 'reloaded') loaded = Promise.resolve(outcome);
      else if (outcome.kind === 'patched') loaded = Promise.resolve({ index: previous.index, position: outcome.position });
      if (outcome.kind !== 'unchanged') results.clear();
      return loaded;
    }
  }
  results.clear();
  loaded = loadPeopleIndex(db, day, { onProgress });
  // A failed load is not kept: the next open tries again.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

function meta({ index }: LoadedIndex): PeopleIndexMeta {
  return { people: index.count, day: index.day, units: index.unitOptions(), options: index.filterOptions() };
}

function keep(resultId: number, rows: Int32Array): void {
  results.set(resultId, rows);
  for (const id of results.keys()) if (results.size > keptResults) results.delete(id);
}

async function handle(request: PeopleIndexRequest): Promise<void> {
  const { requestId } = request;
  switch (request.kind) {
    case 'open':
      return post({ kind: 'opened', requestId, meta: meta(await currentIndex(requestId)) });
    case 'query': {
      const { index } = await (loaded ?? currentIndex(requestId));
      const rows = index.query(request.query);
      keep(requestId, rows);
      return post({ kind: 'result', requestId, total: rows.length, start: request.start, rows: index.rows(rows, request.start, request.end) });
    }
    case 'rows': {
      const rows = results.get(request.resultId);
      if (!rows) return post({ kind: 'stale', requestId });
      const { index } = await loaded!;
      return post({ kind: 'rows', requestId, start: request.start, rows: index.rows(rows, request.start, request.end) });
    }
    case 'export': {
      const rows = results.get(request.resultId);
      if (!rows) return post({ kind: 'stale', requestId });
      const { index } = await loaded!;
      const bytes = await peopleWorkbook(index.rows(rows, 0, rows.length), request.columns, request.language);
      return post({ kind: 'exported', requestId, rowCount: rows.length, bytes }, [bytes.buffer]);
    }
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = peopleIndexRequest.safeParse(event.data);
  if (!parsed.success) {
    const requestId = typeof event.data === 'object' && event.data !== null && 'requestId' in event.data && typeof event.data.requestId === 'number' ? event.data.requestId : 0;
    return post({ kind: 'failed', requestId, detail: parsed.error.message });
  }
  handle(parsed.data).catch((error: unknown) => post({ kind: 'failed', requestId: parsed.data.requestId, detail: describeUnknownError(error) }));
};
