/// <reference lib="webworker" />
/**
 * Year-end reports off the UI thread: the first report reads everyone (300,000 people at a province), later ones
 * only what changed. One job at a time, in the order asked.
 */
import { AppDatabase } from '../../shared/storage/database';
import { ReportJobs, reportJobRequest, type ReportJobResponse } from '../../shared/reports/report-jobs';

const jobs = new ReportJobs(new AppDatabase());
const post = (message: ReportJobResponse) => self.postMessage(message, message.kind === 'workbook' ? [message.bytes.buffer] : []);
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = reportJobRequest.safeParse(event.data);
  if (!parsed.success) {
    const jobId = (event.data as { jobId?: unknown } | null)?.jobId;
    return post({ kind: 'failed', jobId: typeof jobId === 'number' ? jobId : 0, detail: parsed.error.message });
  }
  const { jobId } = parsed.data;
  queue = queue.then(async () => post(await jobs.handle(parsed.data, (fraction) => post({ kind: 'progress', jobId, fraction }))));
};
