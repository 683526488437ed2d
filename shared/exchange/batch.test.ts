import { describe, expect, it } from 'vitest';
import type { Change } from '../records/change';
import { exportPublicKey, generateOfficeKeys } from './crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { changeHash, narrowBatch, sealBatch, verifyBatch } from './batch';
import { canonicalJson, utf8 } from './encoding';

const change = (seq: number, unitId: string): Change => ({
  seq,
  clock: seq,
  office: 'commune',
  type: 'person',
  id: `p${seq}`,
  op: 'create',
  values: { fullName: `Người ${seq}`, unitId },
  seen: {},
  at: '2026-01-01T00:00:00.000Z',
});

describe('sealed batches', async () => {
  const keys = await generateOfficeKeys();
  const publicKey = await exportPublicKey(keys.signing.publicKey);
  const changes = [change(1, 'A'), change(2, 'B'), change(3, 'A'), change(4, 'B')];

  it('verify whole, and narrowed to a scope', async () => {
    const batch = await sealBatch(keys.signing.privateKey, changes);
    expect(await verifyBatch(batch, publicKey)).toBeNull();
    const onlyA = await narrowBatch(batch, (item) => item.values.unitId === 'A');
    expect(onlyA.changes.map((item) => item.seq)).toEqual([1, 3]);
    expect(await verifyBatch(onlyA, publicKey)).toBeNull();
    const onlyFirst = await narrowBatch(onlyA, (item) => item.seq === 1);
    expect(onlyFirst.changes.map((item) => item.seq)).toEqual([1]);
    expect(onlyFirst.omitted.map((item) => item.index)).toEqual([1, 2, 3]);
    expect(await verifyBatch(onlyFirst, publicKey)).toBeNull();
  });

  it('refuse an altered change, a change moved in from elsewhere, a re-signed batch and a wrong count', async () => {
    const batch = await sealBatch(keys.signing.privateKey, changes);
    const altered = { ...batch, changes: batch.changes.map((item, index) => (index === 1 ? { ...item, values: { ...item.values, fullName: 'Kẻ giả mạo' } } : item)) };
    expect(await verifyBatch(altered, publicKey)).toBe('exchange.batchSignature');
    const reordered = { ...batch, changes: [batch.changes[1]!, batch.changes[0]!, ...batch.changes.slice(2)] };
    expect(await verifyBatch(reordered, publicKey)).toBe('exchange.batchSignature');
    const relay = await generateOfficeKeys();
    const resigned = await sealBatch(relay.signing.privateKey, altered.changes);
    expect(await verifyBatch(resigned, publicKey)).toBe('exchange.batchSignature');
    expect(await verifyBatch({ ...batch, changes: batch.changes.slice(1) }, publicKey)).toBe('exchange.batchShape');
    const narrowed = await narrowBatch(batch, (item) => item.values.unitId === 'A');
    expect(await verifyBatch({ ...narrowed, omitted: narrowed.omitted.slice(1) }, publicKey)).toBe('exchange.batchShape');
  });
});

describe('change hashes', () => {
  it('are SHA-256 of the canonical JSON, the same bytes earlier versions signed', async () => {
    const item = change(7, 'A');
    expect(await changeHash(item)).toEqual(sha256(utf8.encode(canonicalJson(item))));
  });
});
