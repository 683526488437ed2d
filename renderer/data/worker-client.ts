/**
 * One worker for the life of the window, asked jobs by id: each answer is parsed with the job protocol's schema and
 * matched to its job; `progress` answers go to the job's progress callback and the job waits on. A worker that
 * crashes or answers something unparsable fails every waiting job, and the next job starts a fresh worker.
 */
import type { z } from 'zod';

interface Job {
  readonly jobId: number;
}
interface Answer extends Job {
  readonly kind: string;
}
type ProgressOf<R> = Extract<R, { kind: 'progress' }> extends { fraction: infer F } ? F : never;

/** A request as the caller writes it: the job id is added here. */
export type Outgoing<Request extends Job> = Request extends unknown ? Omit<Request, 'jobId'> : never;

export function workerClient<Request extends Job, Response extends Answer>(
  start: () => Worker,
  responseSchema: z.ZodType<Response>,
  failure: (detail: string) => Error,
): (request: Outgoing<Request>, onProgress?: (fraction: ProgressOf<Response>) => void) => Promise<Exclude<Response, { kind: 'progress' }>> {
  let worker: Worker | undefined;
  let nextId = 1;
  type Waiting = { resolve(message: Exclude<Response, { kind: 'progress' }>): void; reject(error: Error): void; onProgress?: (fraction: ProgressOf<Response>) => void };
  const pending = new Map<number, Waiting>();

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };

  const started = () => {
    if (worker) return worker;
    worker = start();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = responseSchema.safeParse(event.data);
      if (!parsed.success) return failAll(failure(parsed.error.message));
      const message = parsed.data;
      const waiting = pending.get(message.jobId);
      if (!waiting) return;
      if (message.kind === 'progress') return waiting.onProgress?.((message as Extract<Response, { kind: 'progress' }> & { fraction: ProgressOf<Response> }).fraction);
      pending.delete(message.jobId);
      waiting.resolve(message as Exclude<Response, { kind: 'progress' }>);
    };
    worker.onerror = (event) => failAll(failure(event.message));
    return worker;
  };

  return (request, onProgress) => {
    const jobId = nextId++;
    const target = started();
    return new Promise((resolve, reject) => {
      pending.set(jobId, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      target.postMessage({ ...request, jobId });
    });
  };
}
