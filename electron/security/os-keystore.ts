/**
 * The key that seals this office's private keys, kept by the OS keystore through Electron's safeStorage
 * (DPAPI on Windows, Keychain on macOS, the secret service or KWallet on Linux). The file in the data folder holds it
 * only as the keystore encrypted it, so a copied data folder cannot be opened on another account or machine.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describeUnknownError, fail, ok, type Result } from '../../shared/result';
import { errnoCode } from '../system/errno';
import { writeFileAtomically, type AtomicWriteFs } from '../files/atomic-write';

/** The part of Electron's `safeStorage` we use; the real module fits it structurally. */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store Chromium chose; `basic_text` means a hard-coded password, i.e. no protection. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
}

export const keyFileName = 'office-keys.kek';

/** The keystore's name, or null where there is none worth the name. */
export function keystoreBackend(safeStorage: SafeStorage, platform: NodeJS.Platform): string | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'win32') return 'dpapi';
  if (platform === 'darwin') return 'keychain';
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend === 'basic_text' || backend === 'unknown' ? null : backend;
}

export interface KeystoreKey {
  readonly key: Uint8Array;
  readonly backend: string;
}

/**
 * The key, made on first use. `null` where the OS has no keystore and no key was ever sealed; a key sealed before
 * that cannot be opened now is an error, never a silent new key (the office's keys would be lost).
 */
export function createKeystoreKey(dependencies: { readonly safeStorage: SafeStorage; readonly platform: NodeJS.Platform; readonly fs: AtomicWriteFs; readonly folder: string }): () => Promise<Result<KeystoreKey | null>> {
  const { safeStorage, fs, folder } = dependencies;
  let opened: KeystoreKey | null = null;
  return async () => {
    if (opened) return ok(opened);
    const backend = keystoreBackend(safeStorage, dependencies.platform);
    const sealed = await fs.readFile(path.join(folder, keyFileName)).catch((cause: unknown) => (errnoCode(cause) === 'ENOENT' ? null : cause));
    if (sealed !== null && !(sealed instanceof Uint8Array)) return fail('keystore-failed', `${keyFileName}: ${describeUnknownError(sealed)}`);
    if (backend === null) return sealed === null ? ok(null) : fail('keystore-failed', 'Kho khóa của hệ điều hành không còn dùng được trên máy này');
    if (sealed === null) {
      const key = new Uint8Array(randomBytes(32));
      const written = await writeFileAtomically(fs, folder, keyFileName, safeStorage.encryptString(Buffer.from(key).toString('base64')));
      if (!written.ok) return fail('keystore-failed', written.error.detail ?? written.error.code);
      opened = { key, backend };
      return ok(opened);
    }
    try {
      const key = new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64'));
      if (key.byteLength !== 32) return fail('keystore-failed', `${keyFileName}: độ dài khóa không đúng`);
      opened = { key, backend };
      return ok(opened);
    } catch (cause) {
      return fail('keystore-failed', `${keyFileName}: ${describeUnknownError(cause)}`);
    }
  };
}
