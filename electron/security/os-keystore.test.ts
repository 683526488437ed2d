import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeystoreKey, keyFileName, keystoreBackend, type SafeStorage } from './os-keystore';

/** Stands in for the OS: encrypts with a secret only this "machine account" has, as DPAPI does. */
class FakeKeystore implements SafeStorage {
  available = true;
  backend = 'gnome_libsecret';
  constructor(private readonly secret = randomBytes(32)) {}
  isEncryptionAvailable() {
    return this.available;
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
  encryptString(plainText: string): Uint8Array {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  decryptString(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.secret, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}

let folder: string;
beforeEach(async () => {
  folder = await fsPromises.mkdtemp(path.join(os.tmpdir(), 'keystore-'));
});
afterEach(async () => {
  await fsPromises.rm(folder, { recursive: true, force: true });
});

const keystoreKeyWith = (safeStorage: SafeStorage, platform: NodeJS.Platform = 'linux') => createKeystoreKey({ safeStorage, platform, fs: fsPromises, folder });

describe('the OS keystore key', () => {
  it('is made once, kept only as the keystore sealed it, and opened again by a later run', async () => {
    const keystore = new FakeKeystore();
    const first = await keystoreKeyWith(keystore)();
    expect(first.ok && first.value?.backend).toBe('gnome_libsecret');
    const key = first.ok ? first.value!.key : new Uint8Array();
    expect(key.byteLength).toBe(32);
    const onDisk = await fsPromises.readFile(path.join(folder, keyFileName));
    expect(onDisk.includes(Buffer.from(key))).toBe(false);
    expect(onDisk.toString('utf8')).not.toContain(Buffer.from(key).toString('base64'));

    const later = await keystoreKeyWith(keystore)();
    expect(later.ok && later.value?.key).toEqual(key);
  });

  it('cannot be opened by another account (another keystore secret): an error, and the sealed file is left alone', async () => {
    await keystoreKeyWith(new FakeKeystore())();
    const before = await fsPromises.readFile(path.join(folder, keyFileName));
    const elsewhere = await keystoreKeyWith(new FakeKeystore())();
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'keystore-failed' } });
    expect(await fsPromises.readFile(path.join(folder, keyFileName))).toEqual(before);
  });

  it('is null where there is no keystore, and Linux’s plain-text fallback does not count as one', async () => {
    const none = new FakeKeystore();
    none.available = false;
    expect(await keystoreKeyWith(none)()).toEqual({ ok: true, value: null });
    const plainText = new FakeKeystore();
    plainText.backend = 'basic_text';
    expect(await keystoreKeyWith(plainText)()).toEqual({ ok: true, value: null });
    await expect(fsPromises.readdir(folder)).resolves.toEqual([]);
  });

  it('refuses rather than making a new key when the keystore that sealed the key is gone', async () => {
    const keystore = new FakeKeystore();
    await keystoreKeyWith(keystore)();
    keystore.available = false;
    expect(await keystoreKeyWith(keystore)()).toMatchObject({ ok: false, error: { code: 'keystore-failed' } });
  });

  it('names the keystore of each OS', () => {
    const keystore = new FakeKeystore();
    expect(keystoreBackend(keystore, 'win32')).toBe('dpapi');
    expect(keystoreBackend(keystore, 'darwin')).toBe('keychain');
    expect(keystoreBackend(keystore, 'linux')).toBe('gnome_libsecret');
  });
});
