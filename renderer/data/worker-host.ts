/// <reference lib="webworker" />
/**
 * The worker side of `workerClient`: requests parsed with the job protocol's schema, run one at a time in the order
 * asked (jobs share tables), each answered by its id. An unparsable request is answered as failed, never run.
 */
import type { z } from 'zod';

export function serveJobs<Request extends { readonly jobId: number }, Response extends { readonly jobId: number; readonly kind: string }>(
  requestSchema: z.ZodType<Request>,
  failed: (jobId: number, detail: string) => Response,
  handle: (request: Request, post: (message: Response) => void) => Promise<Response>,
  transferOf: (message: Response) => Transferable[] = () => [],
): void {
  const post = (message: Response) => self.postMessage(message, transferOf(message));
  let queue: Promise<void> = Promise.resolve();
  self.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = requestSchema.safeParse(event.data);
    if (!parsed.success) {
      const jobId = (event.data as { jobId?: unknown } | null)?.jobId;
      return post(failed(typeof jobId === 'number' ? jobId : 0, parsed.error.message));
    }
    queue = queue.then(async () => post(await handle(parsed.data, post)));
  };
}
