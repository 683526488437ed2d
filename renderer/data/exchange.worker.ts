/// <reference lib="webworker" />
/**
 * Makes and takes in exchange bundles off the UI thread: verifying and merging a province's bundle reads and
 * writes tens of thousands of records. One worker lives as long as the window, so the plan analysed for the
 * preview is still here when the user confirms.
 */
import { AppDatabase } from '../../shared/storage/database';
import { ExchangeJobs, exchangeJobRequest, type ExchangeJobResponse } from '../../shared/exchange/exchange-jobs';

const jobs = new ExchangeJobs(new AppDatabase());

const post = (message: ExchangeJobResponse) => self.postMessage(message, message.kind === 'exported' ? [message.bytes.buffer] : []);

// One job at a time, in the order asked: an import must not interleave with an export of the same tables.
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = exchangeJobRequest.safeParse(event.data);
  if (!parsed.success) {
    const jobId = (event.data as { jobId?: unknown } | null)?.jobId;
    return post({ kind: 'failed', jobId: typeof jobId === 'number' ? jobId : 0, detail: parsed.error.message });
  }
  queue = queue.then(async () => post(await jobs.handle(parsed.data)));
};
