/// <reference lib="webworker" />
/**
 * Loads demo data off the UI thread: generating and writing 300,000 people takes minutes,
 * and the window must stay responsive and show progress meanwhile.
 */
import { z } from 'zod';
import { AppDatabase } from '../../shared/storage/database';
import { loadOfficeProfile } from '../../shared/office/office-service';
import { loadDemoFile, loadDemoProvince, type LoadProgress } from '../../shared/demo/load-province';
import { DemoFileInvalid } from '../../shared/demo/demo-file';
import { describeUnknownError } from '../../shared/result';

const request = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generate'), seed: z.number().int(), people: z.number().int().min(1).max(1_000_000) }),
  z.object({ kind: z.literal('file'), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array) }),
]);
export type DemoLoadRequest = z.infer<typeof request>;
export type DemoLoadMessage =
  | { readonly kind: 'progress'; readonly progress: LoadProgress }
  | { readonly kind: 'done'; readonly progress: LoadProgress }
  | { readonly kind: 'failed'; readonly messageKey: string; readonly detail: string };

const post = (message: DemoLoadMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = request.safeParse(event.data);
  if (!parsed.success) return post({ kind: 'failed', messageKey: 'demo.failed', detail: parsed.error.message });
  const db = new AppDatabase();
  try {
    const office = await loadOfficeProfile(db);
    if (!office) return post({ kind: 'failed', messageKey: 'demo.noOffice', detail: '' });
    const context = { db, office: { officeId: office.officeId, level: office.level } };
    const onProgress = (progress: LoadProgress) => post({ kind: 'progress', progress });
    const job = parsed.data;
    const progress =
      job.kind === 'generate'
        ? await loadDemoProvince(context, { seed: job.seed, people: job.people, root: { code: office.unitCode, name: office.unitName }, postStandards: office.level === 'province' }, onProgress)
        : await loadDemoFile(context, () => new Blob([job.bytes as BlobPart]).stream(), onProgress);
    post({ kind: 'done', progress });
  } catch (error) {
    post({ kind: 'failed', messageKey: error instanceof DemoFileInvalid ? error.messageKey : 'demo.failed', detail: describeUnknownError(error) });
  } finally {
    db.close();
  }
};
