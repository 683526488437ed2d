/**
 * The people table's door to its index worker: one worker for the life of the window (the index survives
 * leaving the page and coming back), typed requests, and answers parsed before anyone uses them.
 */
import type { Language } from '../../shared/i18n/translate';
import { peopleIndexResponse, type PeopleIndexMeta, type PeopleIndexRequest, type PeopleIndexResponse } from '../../shared/people-index/protocol';
import type { PeopleColumn, PeopleQuery, PeopleRow } from '../../shared/people-index/query';

export class PeopleIndexFailed extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PeopleIndexFailed';
  }
}

/** A query's answer: how many match, and the rows asked for; `resultId` names it in later requests. */
export interface PeopleAnswer {
  readonly resultId: number;
  readonly total: number;
  readonly start: number;
  readonly rows: readonly PeopleRow[];
}

export interface PeopleServices {
  /** Builds the index (reporting how many people are read so far), or brings it up to date; resolves with what filters offer. */
  open(onProgress: (loaded: number) => void): Promise<PeopleIndexMeta>;
  query(query: PeopleQuery, start: number, end: number): Promise<PeopleAnswer>;
  /** More rows of an answer; null when the answer is outdated (the data changed, or newer queries replaced it). */
  rows(resultId: number, start: number, end: number): Promise<readonly PeopleRow[] | null>;
  /** The whole answer as an .xlsx workbook; null when the answer is outdated. */
  exportWorkbook(resultId: number, columns: readonly PeopleColumn[], language: Language): Promise<{ readonly bytes: Uint8Array; readonly rowCount: number } | null>;
}

type Pending = { resolve(message: PeopleIndexResponse): void; reject(error: Error): void; onProgress?: (loaded: number) => void };
/** A request as sent: the id is added by the client. */
type Outgoing = PeopleIndexRequest extends infer Request ? (Request extends unknown ? Omit<Request, 'requestId'> : never) : never;

export function createPeopleServices(): PeopleServices {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error) {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker?.terminate();
    worker = undefined;
  }

  function started(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./people-index.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = peopleIndexResponse.safeParse(event.data);
      if (!parsed.success) return failAll(new PeopleIndexFailed(parsed.error.message));
      const message = parsed.data;
      const waiting = pending.get(message.requestId);
      if (!waiting) return;
      if (message.kind === 'progress') return waiting.onProgress?.(message.loaded);
      pending.delete(message.requestId);
      if (message.kind === 'failed') waiting.reject(new PeopleIndexFailed(message.detail));
      else waiting.resolve(message);
    };
    worker.onerror = (event) => failAll(new PeopleIndexFailed(event.message));
    return worker;
  }

  function send(request: Outgoing, onProgress?: (loaded: number) => void): Promise<PeopleIndexResponse> {
    const requestId = nextId++;
    const target = started();
    return new Promise((resolve, reject) => {
      pending.set(requestId, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      target.postMessage({ ...request, requestId } satisfies PeopleIndexRequest);
    });
  }

  const unexpected = (message: PeopleIndexResponse) => new PeopleIndexFailed(`unexpected answer: ${message.kind}`);

  return {
    async open(onProgress) {
      const message = await send({ kind: 'open' }, onProgress);
      if (message.kind !== 'opened') throw unexpected(message);
      return message.meta;
    },
    async query(query, start, end) {
      const message = await send({ kind: 'query', query, start, end });
      if (message.kind !== 'result') throw unexpected(message);
      return { resultId: message.requestId, total: message.total, start: message.start, rows: message.rows };
    },
    async rows(resultId, start, end) {
      const message = await send({ kind: 'rows', resultId, start, end });
      if (message.kind === 'stale') return null;
      if (message.kind !== 'rows') throw unexpected(message);
      return message.rows;
    },
    async exportWorkbook(resultId, columns, language) {
      const message = await send({ kind: 'export', resultId, columns: [...columns], language });
      if (message.kind === 'stale') return null;
      if (message.kind !== 'exported') throw unexpected(message);
      return { bytes: message.bytes, rowCount: message.rowCount };
    },
  };
}
