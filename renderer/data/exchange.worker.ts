/// <reference lib="webworker" />
/**
 * Makes and takes in exchange bundles off the UI thread: verifying and merging a province's bundle reads and
 * writes tens of thousands of records. One worker lives as long as the window, so the plan analysed for the
 * preview is still here when the user confirms; one job at a time, since an import must not interleave with an
 * export of the same tables.
 */
import { AppDatabase } from '../../shared/storage/database';
import { ExchangeJobs, exchangeJobRequest, type ExchangeJobRequest, type ExchangeJobResponse } from '../../shared/exchange/exchange-jobs';
import { serveJobs } from './worker-host';

const jobs = new ExchangeJobs(new AppDatabase());

serveJobs<ExchangeJobRequest, ExchangeJobResponse>(
  exchangeJobRequest,
  (jobId, detail) => ({ kind: 'failed', jobId, detail }),
  (request) => jobs.handle(request),
  (message) => (message.kind === 'exported' ? [message.bytes.buffer] : []),
);
