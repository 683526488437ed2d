/// <reference lib="webworker" />
/**
 * Year-end reports off the UI thread: the first report reads everyone (300,000 people at a province), later ones
 * only what changed.
 */
import { AppDatabase } from '../../shared/storage/database';
import { ReportJobs, reportJobRequest, type ReportJobRequest, type ReportJobResponse } from '../../shared/reports/report-jobs';
import { serveJobs } from './worker-host';

const jobs = new ReportJobs(new AppDatabase());

serveJobs<ReportJobRequest, ReportJobResponse>(
  reportJobRequest,
  (jobId, detail) => ({ kind: 'failed', jobId, detail }),
  (request, post) => jobs.handle(request, (fraction) => post({ kind: 'progress', jobId: request.jobId, fraction })),
  (message) => (message.kind === 'workbook' ? [message.bytes.buffer] : []),
);
