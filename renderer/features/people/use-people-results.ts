/**
 * The table's view of the index worker: sends the query shortly after the user stops changing it, drops answers
 * to queries that have since been replaced, and keeps the rows fetched so far in blocks, asking only for the
 * blocks that come into view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PeopleQuery, PeopleRow } from '../../../shared/people-index/query';
import { useServices } from '../../data/services';

/** Rows fetched per request: a few screens' worth, so a scroll step rarely waits for the worker. */
const blockSize = 100;
/** Rows fetched beyond each end of what is in view, so a fast scroll finds them already there. */
const lookAhead = 150;
/** Blocks kept: scrolling through 300,000 people must not keep them all in the page. */
const keptBlocks = 40;
/** Long enough to skip the letters of a fast typist, short enough to feel immediate. */
const debounceMs = 25;

export interface PeopleResults {
  /** Names the current answer in later requests (export); null until the first answer. */
  readonly resultId: number | null;
  readonly total: number;
  /** A newer query than the answer shown is on its way. */
  readonly pending: boolean;
  /** Changes whenever rows arrive, so that views built from `rowAt` know to rebuild. */
  readonly version: number;
  readonly error: unknown;
  rowAt(index: number): PeopleRow | undefined;
  /** Fetches the blocks covering rows `start` to `end` (exclusive), and a little beyond, that are not there yet. */
  ensure(start: number, end: number): void;
  /** Asks the same query again, e.g. after the data changed. */
  refresh(): void;
}

interface Answer {
  readonly key: string;
  readonly resultId: number;
  readonly total: number;
}

export function usePeopleResults(query: PeopleQuery | null): PeopleResults {
  const { people } = useServices();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [askedAgain, setAskedAgain] = useState(0);
  const blocks = useRef(new Map<number, readonly PeopleRow[]>());
  const loading = useRef(new Set<number>());
  const sent = useRef(0);
  const current = useRef<number | null>(null);
  // A new query object that says the same as the last one is the same query: no new request.
  const key = query === null ? null : JSON.stringify(query);
  const stableQuery = useMemo(() => query, [key]);

  useEffect(() => {
    if (key === null || stableQuery === null) return;
    const timer = setTimeout(() => {
      const sequence = ++sent.current;
      people.query(stableQuery, 0, blockSize).then(
        (result) => {
          if (sequence !== sent.current) return;
          current.current = result.resultId;
          blocks.current = new Map([[0, result.rows]]);
          loading.current = new Set();
          setAnswer({ key, resultId: result.resultId, total: result.total });
          setVersion((value) => value + 1);
          setError(null);
        },
        (cause: unknown) => sequence === sent.current && setError(cause),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [people, key, stableQuery, askedAgain]);

  const refresh = useCallback(() => setAskedAgain((value) => value + 1), []);

  const ensure = useCallback(
    (start: number, end: number) => {
      if (!answer) return;
      const { resultId } = answer;
      const from = Math.max(0, start - lookAhead);
      const to = Math.min(end + lookAhead, answer.total);
      for (let block = Math.floor(from / blockSize); block * blockSize < to; block += 1) {
        if (blocks.current.has(block) || loading.current.has(block)) continue;
        loading.current.add(block);
        people.rows(resultId, block * blockSize, (block + 1) * blockSize).then(
          (rows) => {
            if (current.current !== resultId || !loading.current.delete(block)) return;
            if (rows === null) return refresh();
            blocks.current.set(block, rows);
            if (blocks.current.size > keptBlocks) {
              const farthest = [...blocks.current.keys()].reduce((far, each) => (Math.abs(each - block) > Math.abs(far - block) ? each : far));
              blocks.current.delete(farthest);
            }
            setVersion((value) => value + 1);
          },
          (cause: unknown) => setError(cause),
        );
      }
    },
    [people, answer, refresh],
  );

  const rowAt = useCallback((index: number) => blocks.current.get(Math.floor(index / blockSize))?.[index % blockSize], []);

  const pending = key !== null && answer?.key !== key;
  return useMemo(
    () => ({ resultId: answer?.resultId ?? null, total: answer?.total ?? 0, pending, version, error, rowAt, ensure, refresh }),
    [answer, pending, version, error, rowAt, ensure, refresh],
  );
}
