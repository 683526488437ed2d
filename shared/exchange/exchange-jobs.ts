/**
 * The long exchange work, run away from the window (in a worker): making a bundle, and importing one in two steps.
 * The analysed plan stays here between the preview and the user's confirmation, so the file is verified once and
 * what is applied is exactly what was previewed. Messages in and out are parsed with these schemas.
 * A refused bundle is written in the journal (who sent it cannot be trusted, so it is not named) and nothing else.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import type { AppDatabase } from '../storage/database';
import { describeUnknownError } from '../result';
import { analyzeBundle, applyImport, delivery, exportBundle, type ImportPlan } from './bundle-service';
import { toBase64Url } from './encoding';
import { exchangeTables } from './exchange-tables';
import { hashHex } from './exchange-overview';
import { keyVault } from './key-vault';
import { refusalOf, type Refusal } from './refusals';

const jobId = z.number().int().nonnegative();
const planId = z.number().int().positive();
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);
const count = z.number().int().nonnegative();

export const exchangeJobRequest = z.discriminatedUnion('kind', [
  /** `vault`: only the window can ask the OS keystore, so it hands the worker what unlocks the office's keys. */
  z.object({ kind: z.literal('export'), jobId, vault: keyVault, recipientOfficeId: z.string().min(1).max(64) }),
  /** Verifies a bundle file and computes its preview; the plan is kept under the returned `planId`. */
  z.object({ kind: z.literal('analyze'), jobId, vault: keyVault, fileName: z.string().max(260), bytes }),
  z.object({ kind: z.literal('apply'), jobId, planId }),
  z.object({ kind: z.literal('discard'), jobId, planId }),
]);
export type ExchangeJobRequest = z.infer<typeof exchangeJobRequest>;

export const importPreview = z.object({
  bundleId: z.string(),
  sender: z.object({ officeId: z.string(), officeName: z.string() }),
  createdAt: z.string(),
  sequence: count,
  alreadyImported: z.boolean(),
  counts: z.object({ newRecords: count, updatedRecords: count, alreadyPresent: count, conflicts: count, quarantined: count, held: count }),
});

export const exchangeJobResponse = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('exported'),
    jobId,
    fileName: z.string(),
    bytes,
    recipientName: z.string(),
    sequence: count,
    createdAt: z.string(),
    counts: z.object({ batches: count, changes: count, revocations: count }),
    delivery,
  }),
  z.object({
    kind: z.literal('analyzed'),
    jobId,
    planId,
    preview: importPreview,
    /** The file as read: its name, size in bytes and SHA-256 in hex. */
    file: z.object({ name: z.string(), size: count, sha256: z.string() }),
    changes: count,
  }),
  z.object({ kind: z.literal('applied'), jobId, preview: importPreview }),
  z.object({ kind: z.literal('discarded'), jobId }),
  /** The engine refused: `reasonKey` is a catalog key whose `{{detail}}` is `detail`. */
  z.object({ kind: z.literal('refused'), jobId, reasonKey: z.string(), detail: z.string() }),
  z.object({ kind: z.literal('failed'), jobId, detail: z.string() }),
]);
export type ExchangeJobResponse = z.infer<typeof exchangeJobResponse>;

/** Asked to apply a plan that is no longer kept (another file was opened since, or the worker restarted). */
export const planGoneKey = 'exchangeUi.import.planGone';

export class ExchangeJobs {
  private kept: { readonly id: number; readonly plan: ImportPlan } | null = null;
  private nextPlanId = 1;

  constructor(
    private readonly db: AppDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async handle(request: ExchangeJobRequest): Promise<ExchangeJobResponse> {
    const { jobId } = request;
    try {
      switch (request.kind) {
        case 'export': {
          const { fileName, bytes: file, manifest, delivery: made } = await exportBundle(this.db, request.vault, request.recipientOfficeId, this.now());
          return { kind: 'exported', jobId, fileName, bytes: file, recipientName: manifest.recipient.officeName, sequence: manifest.sequence, createdAt: manifest.createdAt, counts: manifest.counts, delivery: made };
        }
        case 'analyze': {
          this.kept = null;
          const plan = await analyzeBundle(this.db, request.vault, request.bytes, request.fileName);
          const id = this.nextPlanId++;
          this.kept = { id, plan };
          return { kind: 'analyzed', jobId, planId: id, preview: plan.preview, file: { name: request.fileName, size: request.bytes.byteLength, sha256: hashHex(plan.fileSha256) }, changes: plan.manifest.counts.changes };
        }
        case 'apply': {
          const kept = this.kept;
          if (kept?.id !== request.planId) return { kind: 'refused', jobId, reasonKey: planGoneKey, detail: '' };
          this.kept = null;
          return { kind: 'applied', jobId, preview: await applyImport(this.db, kept.plan, this.now()) };
        }
        case 'discard':
          if (this.kept?.id === request.planId) this.kept = null;
          return { kind: 'discarded', jobId };
      }
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) return { kind: 'failed', jobId, detail: describeUnknownError(error) };
      if (request.kind === 'analyze') await this.journalRefusal(request.fileName, request.bytes, refusal);
      return { kind: 'refused', jobId, ...refusal };
    }
  }

  private async journalRefusal(fileName: string, file: Uint8Array, refusal: Refusal): Promise<void> {
    await exchangeTables(this.db).journal.add({
      at: this.now().toISOString(),
      direction: 'import',
      peer: '',
      fileName,
      sha256: toBase64Url(sha256(file)),
      result: 'refused',
      // Kept as the engine words it (`key: detail`), so the journal can show the same Vietnamese sentence.
      detail: refusal.detail ? `${refusal.reasonKey}: ${refusal.detail}` : refusal.reasonKey,
      counts: {},
    });
  }
}
