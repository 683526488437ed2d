import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordById } from '../queries/records-reader';
import { exchangeTables } from './exchange-tables';
import { exportBundle, recordDelivery } from './bundle-service';
import { certifiedKeys, loadRoster, revokeOffice } from './identity-service';
import { sealBatch } from './batch';
import { encodeBundle } from './bundle-format';
import { carry, dumpDatabase, importBytes, type SimOffice } from './exchange-scenario';
import { deleteNetwork, memberOf, testNetwork, type TestNetwork } from './test-network';

let network: TestNetwork;
let province: SimOffice;
let district: SimOffice;
let commune: SimOffice;
let otherCommune: SimOffice;

beforeAll(async () => {
  network = await testNetwork('x');
  ({ province, district, commune, otherCommune } = network);
});

afterAll(() => deleteNetwork(network));

describe('exchange between a province, a district and its communes', () => {
  it('relays the province records down, each commune getting only its own people', async () => {
    expect(await recordById(district.db, 'person', 'person-an')).toMatchObject({ fullName: 'Nguyễn Văn An' });
    expect(await recordById(commune.db, 'person', 'person-an')).toMatchObject({ fullName: 'Nguyễn Văn An' });
    expect(await recordById(commune.db, 'person', 'person-binh')).toBeUndefined();
    expect(await recordById(otherCommune.db, 'person', 'person-binh')).toMatchObject({ fullName: 'Trần Thị Bình' });
    expect(await recordById(commune.db, 'unit', 'unit-C2')).toBeDefined();
  });

  it('merges edits of different fields, keeps a conflict on the same field with the same winner, and resolves it everywhere', async () => {
    await commune.write((writer) => writer.update('person', 'person-an', { phone: '0912345678', currentPost: 'Bí thư chi bộ' }));
    await district.write((writer) => writer.update('person', 'person-an', { permanentResidence: 'Việt Trì', currentPost: 'Phó Bí thư chi bộ' }));
    const up = await carry(commune, district);
    expect(up.preview.counts).toMatchObject({ conflicts: 1, quarantined: 0 });
    const down = await carry(district, commune);
    expect(down.preview.counts.conflicts).toBe(1);
    const atDistrict = await recordById(district.db, 'person', 'person-an');
    const atCommune = await recordById(commune.db, 'person', 'person-an');
    expect(atDistrict).toEqual(atCommune);
    expect(atCommune).toMatchObject({ phone: '0912345678', permanentResidence: 'Việt Trì' });
    const [conflict] = await exchangeTables(commune.db).conflicts.toArray();
    expect(conflict).toMatchObject({ field: 'currentPost', status: 'open' });
    expect([conflict!.winner.value, conflict!.losers[0]!.value].sort()).toEqual(['Bí thư chi bộ', 'Phó Bí thư chi bộ']);

    // The commune (owner) resolves by writing the value it chooses on top of the winner; it settles at the district too.
    await commune.write((writer) => writer.update('person', 'person-an', { currentPost: 'Bí thư chi bộ (đã thống nhất)' }));
    await carry(commune, district);
    expect(await recordById(district.db, 'person', 'person-an')).toMatchObject({ currentPost: 'Bí thư chi bộ (đã thống nhất)' });
    expect((await exchangeTables(district.db).conflicts.toArray()).map((row) => row.status)).toEqual(['resolved']);

    // The district relays the commune's own signed batches up to the province, which verifies them through the chain.
    await carry(district, province);
    expect(await recordById(province.db, 'person', 'person-an')).toMatchObject({ phone: '0912345678', currentPost: 'Bí thư chi bộ (đã thống nhất)' });
  });

  it('quarantines an edit outside the author jurisdiction instead of applying or dropping it', async () => {
    await commune.write((writer) => writer.create('person', memberOf('unit-C2-1', 'Lê Văn Cường'), 'person-cuong'));
    const { preview } = await carry(commune, district);
    expect(preview.counts.quarantined).toBe(1);
    expect(await recordById(district.db, 'person', 'person-cuong')).toBeUndefined();
    expect(await exchangeTables(district.db).quarantine.toArray()).toEqual([expect.objectContaining({ reasonKey: 'exchange.outsideJurisdiction', author: commune.profile.officeId })]);
  });

  it('imports a bundle twice, or an older one after a newer, without changing anything', async () => {
    const older = await exportBundle(commune.db, commune.vault, district.profile.officeId);
    await commune.write((writer) => writer.update('person', 'person-an', { phone: '0987654321' }));
    const newer = await exportBundle(commune.db, commune.vault, district.profile.officeId);
    await importBytes(district, newer.bytes);
    const after = await dumpDatabase(district.db);
    const again = await importBytes(district, newer.bytes);
    expect(again.alreadyImported).toBe(true);
    await importBytes(district, older.bytes);
    const dump = await dumpDatabase(district.db);
    expect({ ...dump, exchangeJournal: [], importedBundles: [], peers: [] }).toEqual({ ...after, exchangeJournal: [], importedBundles: [], peers: [] });
    expect(await recordById(district.db, 'person', 'person-an')).toMatchObject({ phone: '0987654321' });
  });

  it('shows the commune that its changes reached the district (the receipt comes back)', async () => {
    await commune.write((writer) => writer.update('person', 'person-an', { phone: '0911111111' }));
    await carry(commune, district);
    await carry(district, commune);
    const ownSeq = (await commune.db.officeState.get('clock'))!.seq;
    const receipt = await exchangeTables(commune.db).peers.get(district.profile.officeId);
    expect(receipt?.acknowledged[commune.profile.officeId]).toBe(ownSeq);
  });

  it('counts an export only once its file is recorded as delivered, and refuses a malformed record', async () => {
    const tables = exchangeTables(commune.db);
    const before = await dumpDatabase(commune.db);
    const first = await exportBundle(commune.db, commune.vault, district.profile.officeId);
    // Made but never written to a drive (the stick was pulled): nothing happened.
    expect(await dumpDatabase(commune.db)).toEqual(before);
    const again = await exportBundle(commune.db, commune.vault, district.profile.officeId);
    expect(again.manifest.sequence).toBe(first.manifest.sequence);
    expect(again.fileName).toBe(first.fileName);

    await expect(recordDelivery(commune.db, { ...again.delivery, sha256: 'not a hash' })).rejects.toThrow();
    expect(await dumpDatabase(commune.db)).toEqual(before);

    await recordDelivery(commune.db, again.delivery);
    expect((await tables.peers.get(district.profile.officeId))?.sentSequence).toBe(again.manifest.sequence);
    expect((await tables.journal.toArray()).at(-1)).toMatchObject({ direction: 'export', fileName: again.fileName, sha256: again.delivery.sha256, result: 'ok' });
    expect((await exportBundle(commune.db, commune.vault, district.profile.officeId)).manifest.sequence).toBe(again.manifest.sequence + 1);
  });

  describe('refuses a damaged or forged bundle before writing anything', () => {
    const refusedWith = async (to: SimOffice, bytes: Uint8Array, reasonKey: string) => {
      const before = await dumpDatabase(to.db);
      await expect(importBytes(to, bytes)).rejects.toMatchObject({ reasonKey });
      expect(await dumpDatabase(to.db)).toEqual(before);
    };

    it.each([
      ['a flipped byte in the payload', (bytes: Uint8Array) => flip(bytes, bytes.length - 10), 'exchange.damaged'],
      ['a truncated file', (bytes: Uint8Array) => bytes.slice(0, bytes.length - 100), 'exchange.truncated'],
      ['a future format', (bytes: Uint8Array) => withByte(bytes, 3, 2), 'exchange.newerFormat'],
      ['something that is not a bundle', () => new TextEncoder().encode('hello'), 'exchange.notABundle'],
    ])('%s', async (_name, damage, reasonKey) => {
      await commune.write((writer) => writer.update('person', 'person-an', { phone: `09${Math.floor(Math.random() * 1e8)}` }));
      const { bytes } = await exportBundle(commune.db, commune.vault, district.profile.officeId);
      await refusedWith(district, damage(bytes), reasonKey);
    });

    it('an edited manifest', async () => {
      const { bytes } = await exportBundle(commune.db, commune.vault, district.profile.officeId);
      const text = new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer).getUint32(4)));
      const edited = text.replace(/"sequence":(\d+)/, (_m, n: string) => `"sequence":${Number(n) + 1}`);
      expect(edited).not.toBe(text);
      await refusedWith(district, replaceManifest(bytes, edited), 'exchange.manifestSignature');
    });

    it('a batch re-signed by the relay', async () => {
      await commune.write((writer) => writer.update('person', 'person-an', { phone: '0922222222' }));
      const fromCommune = await exportBundle(commune.db, commune.vault, district.profile.officeId);
      await importBytes(district, fromCommune.bytes);
      // The district forges: it alters the commune's change and seals the batch with its own key, under the commune's name.
      const { keys } = await certifiedKeys(district.db, district.vault);
      const batches = (await exchangeTables(district.db).receivedBatches.where('author').equals(commune.profile.officeId).toArray()).map((row) => row.batch);
      const last = batches[batches.length - 1]!;
      const forged = await sealBatch(keys.signing.privateKey, last.changes.map((change) => ({ ...change, values: { ...change.values, phone: '0999999999' } })));
      const roster = await loadRoster(district.db);
      const provinceCertificate = roster.certificateOf(province.profile.officeId)!;
      const { bytes } = await encodeBundle(
        {
          schemaVersion: 6,
          bundleId: 'forged-bundle-0001',
          sender: { officeId: district.profile.officeId, officeName: district.name },
          recipient: { officeId: province.profile.officeId, officeName: province.name },
          sequence: 99,
          createdAt: new Date().toISOString(),
          counts: { batches: 1, changes: forged.changes.length, revocations: 0 },
          batches: [{ header: forged.header, sent: forged.changes.length }],
          acknowledged: {},
          certificates: roster.certificates,
          revocations: [],
        },
        [JSON.stringify({ kind: 'batch', index: 0, changes: forged.changes, omitted: [] })],
        [{ recipient: province.profile.officeId, encryptionKey: provinceCertificate.body.encryptionKey }],
        keys.signing.privateKey,
      );
      await refusedWith(province, bytes, 'exchange.batchSignature');
    });

    it('a bundle for another office', async () => {
      const { bytes } = await exportBundle(district.db, district.vault, commune.profile.officeId);
      await refusedWith(otherCommune, bytes, 'exchange.wrongRecipient');
    });

    it('a revoked author', async () => {
      await otherCommune.write((writer) => writer.update('person', 'person-binh', { phone: '0900000000' }));
      const { bytes } = await exportBundle(otherCommune.db, otherCommune.vault, district.profile.officeId);
      const before = await dumpDatabase(district.db);
      await revokeOffice(district.db, district.vault, otherCommune.profile.officeId, 'Máy bị mất');
      const revoked = await dumpDatabase(district.db);
      expect(revoked).not.toEqual(before);
      await refusedWith(district, bytes, 'exchange.revoked');
    });
  });
});

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ 0xff;
  return copy;
}

function withByte(bytes: Uint8Array, index: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = value;
  return copy;
}

function replaceManifest(bytes: Uint8Array, manifest: string): Uint8Array {
  const length = new DataView(bytes.buffer).getUint32(4);
  const encoded = new TextEncoder().encode(manifest);
  const result = new Uint8Array(8 + encoded.length + bytes.length - 8 - length);
  result.set(bytes.subarray(0, 8));
  new DataView(result.buffer).setUint32(4, encoded.length);
  result.set(encoded, 8);
  result.set(bytes.subarray(8 + length), 8 + encoded.length);
  return result;
}
