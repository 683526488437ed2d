/**
 * The bundle file: what travels on the stick.
 *
 *   "SCB" 0x01 | u32 manifest length | manifest (UTF-8 JSON, cleartext) | chunks: u32 length + AES-256-GCM ciphertext
 *
 * The manifest says only who sent it to whom, counts, sizes, hashes, batch headers and acknowledgements: nothing
 * about any person. It is signed by the sender. The payload (gzip of JSON lines) is encrypted in chunks under a fresh
 * key wrapped for the recipient; each chunk's associated data binds the manifest, its index and whether it is the
 * last, so a truncated, reordered or re-addressed file fails before anything is read.
 */
import { z } from 'zod';
import { sha256 as sha256Sync } from '@noble/hashes/sha2.js';
import { batchHeader } from './batch';
import { certificate, revocation } from './certificates';
import { decryptChunk, encryptChunk, randomContentKey, sign, unwrapContentKey, verifySignature, wrapContentKey, type KeyWrap } from './crypto';
import { canonicalJson, concatBytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from './encoding';
import { timed, type StepTimer } from './step-timer';

export const bundleFormatMajor = 1;
export const bundleFormatMinor = 0;
const magic = [0x53, 0x43, 0x42];
/** Plain bytes per encrypted chunk: small enough for old PCs, large enough to keep the overhead negligible. */
const chunkBytes = 4 * 1024 * 1024;

const keyWrap = z.object({ recipient: z.string(), ephemeralKey: z.string(), iv: z.string(), wrappedKey: z.string() });
const office = z.object({ officeId: z.string().min(1).max(64), officeName: z.string().max(200) });

export const manifestSchema = z.object({
  format: z.literal('so-can-bo-bundle'),
  formatMajor: z.number().int(),
  formatMinor: z.number().int(),
  schemaVersion: z.number().int(),
  bundleId: z.string().min(8).max(64),
  sender: office,
  recipient: office,
  /** Bundles from this sender to this recipient, counted: 1, 2, 3… */
  sequence: z.number().int().positive(),
  createdAt: z.string(),
  counts: z.object({ batches: z.number().int().nonnegative(), changes: z.number().int().nonnegative(), revocations: z.number().int().nonnegative() }),
  batches: z.array(z.object({ header: batchHeader, sent: z.number().int().nonnegative() })),
  /** What the sender has applied of each author's changes (contiguous sequence): the receipt for the recipient. */
  acknowledged: z.record(z.string(), z.number().int().nonnegative()),
  certificates: z.array(certificate),
  revocations: z.array(revocation),
  encryption: z.object({ algorithm: z.literal('AES-256-GCM'), chunkCount: z.number().int().nonnegative(), ivBase: z.string(), keyWraps: z.array(keyWrap).min(1) }),
  payload: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string() }),
  signature: z.string(),
});
export type BundleManifest = z.infer<typeof manifestSchema>;
export type UnsignedManifest = Omit<BundleManifest, 'signature' | 'encryption' | 'payload' | 'formatMajor' | 'formatMinor' | 'format'>;

export class BundleRefused extends Error {
  constructor(readonly reasonKey: string, detail = '') {
    super(`${reasonKey}${detail ? `: ${detail}` : ''}`);
    this.name = 'BundleRefused';
  }
}

function manifestDigest(manifest: Omit<BundleManifest, 'signature'>): Uint8Array {
  return sha256Sync(utf8.encode(canonicalJson(manifest)));
}

function chunkIv(ivBase: Uint8Array, index: number): Uint8Array {
  const iv = ivBase.slice();
  const view = new DataView(iv.buffer);
  view.setUint32(8, view.getUint32(8) ^ index);
  return iv;
}

function chunkAssociatedData(digestBytes: Uint8Array, index: number, last: boolean): Uint8Array {
  return concatBytes([digestBytes, utf8.encode(`:${index}:${last ? 1 : 0}`)]);
}

async function compress(lines: Iterable<string>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.iterator]();
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${next.value}\n`));
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)).arrayBuffer());
}

async function decompress(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return fromUtf8.decode(new Uint8Array(await new Response(stream).arrayBuffer()));
}

export interface BundleRecipientKey {
  readonly recipient: string;
  readonly encryptionKey: string;
}

/** Writes a bundle: compress, encrypt in chunks, sign the manifest. Returns the file's bytes and its manifest. */
export async function encodeBundle(
  unsigned: UnsignedManifest,
  payloadLines: Iterable<string>,
  recipients: readonly BundleRecipientKey[],
  senderSigningKey: CryptoKey,
  timer?: StepTimer,
): Promise<{ bytes: Uint8Array; manifest: BundleManifest }> {
  const plain = await timed(timer, 'compress', () => compress(payloadLines));
  const contentKey = randomContentKey();
  const ivBase = crypto.getRandomValues(new Uint8Array(12));
  const keyWraps: KeyWrap[] = [];
  for (const recipient of recipients) keyWraps.push(await wrapContentKey(contentKey, recipient.recipient, recipient.encryptionKey, unsigned.bundleId));
  const chunkCount = Math.max(1, Math.ceil(plain.byteLength / chunkBytes));
  // The payload's size and hash are known only after encryption, so chunks are bound to the manifest without them.
  const binding = { ...unsigned, format: 'so-can-bo-bundle' as const, formatMajor: bundleFormatMajor, formatMinor: bundleFormatMinor, encryption: { algorithm: 'AES-256-GCM' as const, chunkCount, ivBase: toBase64Url(ivBase), keyWraps } };
  const binder = sha256Sync(utf8.encode(canonicalJson(binding)));
  const chunks = await timed(timer, 'encrypt', async () => {
    const parts: Uint8Array[] = [];
    for (let index = 0; index < chunkCount; index += 1) {
      const ciphertext = await encryptChunk(contentKey, chunkIv(ivBase, index), plain.subarray(index * chunkBytes, (index + 1) * chunkBytes), chunkAssociatedData(binder, index, index === chunkCount - 1));
      const length = new Uint8Array(4);
      new DataView(length.buffer).setUint32(0, ciphertext.byteLength);
      parts.push(length, ciphertext);
    }
    return parts;
  });
  const payload = concatBytes(chunks);
  const unsignedManifest = { ...binding, payload: { bytes: payload.byteLength, sha256: toBase64Url(sha256Sync(payload)) } };
  const manifest: BundleManifest = { ...unsignedManifest, signature: await sign(senderSigningKey, manifestDigest(unsignedManifest)) };
  const manifestBytes = utf8.encode(JSON.stringify(manifest));
  const head = new Uint8Array(8);
  head.set([...magic, bundleFormatMajor]);
  new DataView(head.buffer).setUint32(4, manifestBytes.byteLength);
  return { bytes: concatBytes([head, manifestBytes, payload]), manifest };
}

export interface OpenedContainer {
  readonly manifest: BundleManifest;
  readonly payload: Uint8Array;
}

/** Reads the cleartext part and checks the file is whole (payload size and hash). Decrypts nothing. */
export function readContainer(file: Uint8Array): OpenedContainer {
  if (file.byteLength < 8 || magic.some((byte, index) => file[index] !== byte)) throw new BundleRefused('exchange.notABundle');
  const major = file[3]!;
  if (major > bundleFormatMajor) throw new BundleRefused('exchange.newerFormat', String(major));
  const manifestLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(4);
  if (8 + manifestLength > file.byteLength) throw new BundleRefused('exchange.truncated');
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8.decode(file.subarray(8, 8 + manifestLength)));
  } catch {
    throw new BundleRefused('exchange.damaged', 'manifest');
  }
  const probe = z.object({ formatMajor: z.number() }).safeParse(raw);
  if (probe.success && probe.data.formatMajor > bundleFormatMajor) throw new BundleRefused('exchange.newerFormat', String(probe.data.formatMajor));
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BundleRefused('exchange.damaged', 'manifest');
  const payload = file.subarray(8 + manifestLength);
  if (payload.byteLength !== parsed.data.payload.bytes) throw new BundleRefused('exchange.truncated');
  if (toBase64Url(sha256Sync(payload)) !== parsed.data.payload.sha256) throw new BundleRefused('exchange.damaged', 'payload');
  return { manifest: parsed.data, payload };
}

/** Whether the manifest is as its sender signed it. */
export function verifyManifestSignature(manifest: BundleManifest, senderSigningKey: string): Promise<boolean> {
  const { signature, ...unsigned } = manifest;
  return verifySignature(senderSigningKey, signature, manifestDigest(unsigned));
}

/** Decrypts and decompresses the payload with this office's private key, returning its JSON lines. */
export async function decryptPayload(container: OpenedContainer, officeId: string, privateKey: CryptoKey, timer?: StepTimer): Promise<unknown[]> {
  const { manifest, payload } = container;
  const wrap = manifest.encryption.keyWraps.find((candidate) => candidate.recipient === officeId);
  if (!wrap) throw new BundleRefused('exchange.wrongRecipient');
  let contentKey: Uint8Array;
  try {
    contentKey = await unwrapContentKey(wrap, privateKey, manifest.bundleId);
  } catch {
    throw new BundleRefused('exchange.wrongRecipient');
  }
  const { signature: _signature, payload: _payload, ...binding } = manifest;
  const binder = sha256Sync(utf8.encode(canonicalJson(binding)));
  const ivBase = fromBase64Url(manifest.encryption.ivBase);
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const plain: Uint8Array[] = [];
  let offset = 0;
  await timed(timer, 'decrypt', async () => {
    for (let index = 0; index < manifest.encryption.chunkCount; index += 1) {
      if (offset + 4 > payload.byteLength) throw new BundleRefused('exchange.truncated');
      const length = view.getUint32(offset);
      const ciphertext = payload.subarray(offset + 4, offset + 4 + length);
      if (ciphertext.byteLength !== length) throw new BundleRefused('exchange.truncated');
      offset += 4 + length;
      try {
        plain.push(await decryptChunk(contentKey, chunkIv(ivBase, index), ciphertext, chunkAssociatedData(binder, index, index === manifest.encryption.chunkCount - 1)));
      } catch {
        throw new BundleRefused('exchange.damaged', `chunk ${index}`);
      }
    }
  });
  if (offset !== payload.byteLength) throw new BundleRefused('exchange.damaged', 'trailing bytes');
  const text = await timed(timer, 'decompress', () => decompress(concatBytes(plain)).catch(() => Promise.reject(new BundleRefused('exchange.damaged', 'compression'))));
  return timed(timer, 'parse', () => {
    try {
      return text.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown);
    } catch {
      throw new BundleRefused('exchange.damaged', 'payload lines');
    }
  });
}
