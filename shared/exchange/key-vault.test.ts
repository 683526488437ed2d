import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { recordById } from '../queries/records-reader';
import { exportPublicKey, sign, verifySignature } from './crypto';
import { carry, createOffice, dumpDatabase, enrol, importBytes, rootOf, type SimOffice } from './exchange-scenario';
import { exportBundle } from './bundle-service';
import { exchangeTables } from './exchange-tables';
import { certifiedKeys, loadIdentity } from './identity-service';
import { keyEncryptionKey, makeOfficeKeys, profileVault, unlockOfficeKeys, type KeyVault } from './key-vault';

const keystoreVault = async (): Promise<KeyVault> => ({ kind: 'os-keystore', backend: 'dpapi', key: await keyEncryptionKey(crypto.getRandomValues(new Uint8Array(32))) });

describe('office keys sealed by the OS keystore', () => {
  it('are stored only sealed: the stored row holds no private key', async () => {
    const stored = await makeOfficeKeys(await keystoreVault());
    expect(stored.protection).toBe('os-keystore');
    const privateKeys = Object.values(stored).flatMap((value) => (value instanceof CryptoKey ? [value] : typeof value === 'object' && value !== null && !(value instanceof Uint8Array) ? Object.values(value) : [])).filter((key) => key instanceof CryptoKey && key.type === 'private');
    expect(privateKeys).toEqual([]);
  });

  it('unlock under the same keystore key, as non-extractable keys that sign for the stored public key', async () => {
    const vault = await keystoreVault();
    const stored = await makeOfficeKeys(vault);
    const keys = await unlockOfficeKeys(stored, vault);
    expect(keys.signing.privateKey.extractable).toBe(false);
    expect(keys.encryption.privateKey.extractable).toBe(false);
    const message = new TextEncoder().encode('Quyết định số 12-QĐ/HU');
    expect(await verifySignature(await exportPublicKey(keys.signing.publicKey), await sign(keys.signing.privateKey, message), message)).toBe(true);
  });

  it('are refused, in the user’s words, under another keystore key or with no keystore at all', async () => {
    const stored = await makeOfficeKeys(await keystoreVault());
    await expect(unlockOfficeKeys(stored, await keystoreVault())).rejects.toMatchObject({ reasonKey: 'exchange.keysUnreadable' });
    await expect(unlockOfficeKeys(stored, profileVault)).rejects.toMatchObject({ reasonKey: 'exchange.keysLocked' });
  });

  it('rest as non-extractable keys in the profile where there is no keystore', async () => {
    const stored = await makeOfficeKeys(profileVault);
    expect(stored.protection).toBe('profile');
    const keys = await unlockOfficeKeys(stored, profileVault);
    expect(keys.signing.privateKey.extractable).toBe(false);
  });
});

describe('an office whose keys the OS keystore protects', () => {
  let province: SimOffice;
  let district: SimOffice;

  beforeAll(async () => {
    const run = crypto.randomUUID().slice(0, 8);
    province = await createOffice(`vault-province-${run}`, 'Đảng bộ tỉnh', 'province', 'unit-P', 'P', await keystoreVault());
    district = await createOffice(`vault-district-${run}`, 'Đảng bộ huyện', 'district', 'unit-D', 'P.D', await keystoreVault());
    await enrol(province, district, await rootOf(province));
    await province.write((writer) => {
      writer.create('unit', sampleUnit({ code: 'P', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ tỉnh', kind: 'province-committee', isGrassroots: false, parentId: null }] }), 'unit-P');
      writer.create('unit', sampleUnit({ code: 'P.D', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ huyện', kind: 'district-committee', isGrassroots: false, parentId: 'unit-P' }] }), 'unit-D');
    });
  });

  afterAll(async () => {
    await province.db.delete();
    await district.db.delete();
  });

  it('enrols, signs and opens bundles like any other', async () => {
    expect((await loadIdentity(district.db))?.keys.protection).toBe('os-keystore');
    await carry(province, district);
    await district.write((writer) => writer.create('person', samplePerson({ unitId: 'unit-D', unitHistory: [{ unitId: 'unit-D', from: '2005-03-01', to: null }] }), 'person-vault'));
    await carry(district, province);
    expect(await recordById(province.db, 'person', 'person-vault')).toMatchObject({ id: 'person-vault' });
  });

  it('cannot export or import when its data is opened without that keystore key, and nothing is written', async () => {
    const copied: SimOffice = { ...district, vault: await keystoreVault() };
    await expect(certifiedKeys(copied.db, copied.vault)).rejects.toMatchObject({ reasonKey: 'exchange.keysUnreadable' });
    await expect(exportBundle(copied.db, copied.vault, province.profile.officeId)).rejects.toMatchObject({ reasonKey: 'exchange.keysUnreadable' });

    await province.write((writer) => writer.update('person', 'person-vault', { phone: '0912345678' }));
    const { bytes } = await exportBundle(province.db, province.vault, district.profile.officeId);
    const before = await dumpDatabase(district.db);
    await expect(importBytes(copied, bytes)).rejects.toMatchObject({ reasonKey: 'exchange.keysUnreadable' });
    expect(await dumpDatabase(district.db)).toEqual(before);
    expect(await exchangeTables(district.db).journal.count()).toBe(before['exchangeJournal']!.length);
  });
});
