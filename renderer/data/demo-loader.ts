import type { LoadProgress } from '../../shared/demo/load-province';
import type { DemoLoadMessage, DemoLoadRequest } from './demo-loader.worker';

export class DemoLoadFailed extends Error {
  constructor(readonly messageKey: string, detail: string) {
    super(detail);
    this.name = 'DemoLoadFailed';
  }
}

/** Runs one demo load in a worker; resolves when it is written, reporting progress meanwhile. */
export function runDemoLoad(job: DemoLoadRequest, onProgress: (progress: LoadProgress) => void): Promise<LoadProgress> {
  const worker = new Worker(new URL('./demo-loader.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LoadProgress>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DemoLoadMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.kind === 'done') resolve(message.progress);
      else reject(new DemoLoadFailed(message.messageKey, message.detail));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new DemoLoadFailed('demo.failed', event.message));
    };
    worker.postMessage(job, job.kind === 'file' ? [job.bytes.buffer] : []);
  });
}
