/**
 * How this office's private keys rest on disk. Where the OS has a keystore (Windows DPAPI, macOS Keychain, the
 * Linux secret service), the Electron main process keeps a key-encryption key in it and the private keys are stored
 * only sealed under that key (AES-256-GCM): a copy of the data folder alone cannot sign or open bundles. Where there
 * is none (an ordinary browser, a Linux desktop without a secret service), the keys are stored as non-extractable
 * WebCrypto keys in the app's own storage, protected only by the OS account's file permissions; Settings says which.
 */
import { z } from 'zod';
import { CertificateRefused } from './certificates';
import { utf8 } from './encoding';
import type { OfficeKeys } from './crypto';

const subtle = globalThis.crypto.subtle;
const buffer = (bytes: Uint8Array) => bytes as BufferSource;
const sealContext = utf8.encode('so-can-bo/office-keys/1');

/** What the platform gave this run: the keystore's key-encryption key, or nothing (keys rest in the profile). */
export type KeyVault = { readonly kind: 'os-keystore'; readonly backend: string; readonly key: CryptoKey } | { readonly kind: 'profile' };

export const profileVault: KeyVault = { kind: 'profile' };

export const keyVault = z.union([
  z.object({ kind: z.literal('os-keystore'), backend: z.string(), key: z.custom<CryptoKey>((value) => value instanceof CryptoKey) }),
  z.object({ kind: z.literal('profile') }),
]);

export type StoredOfficeKeys =
  | { readonly protection: 'profile'; readonly keys: OfficeKeys }
  | {
      readonly protection: 'os-keystore';
      readonly backend: string;
      readonly publicKeys: { readonly signing: CryptoKey; readonly encryption: CryptoKey };
      readonly iv: Uint8Array;
      /** AES-GCM of `{signing, encryption}` PKCS#8 private keys under the keystore's key. */
      readonly sealed: Uint8Array;
    };

/** The 32 bytes the keystore returned, as a key that can only seal and unseal (never be read back). */
export function keyEncryptionKey(bytes: Uint8Array): Promise<CryptoKey> {
  return subtle.importKey('raw', buffer(bytes), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * Makes the office's key pairs and stores them as the vault allows. Under a keystore the private keys are made
 * extractable for the one moment it takes to seal them; what is kept in memory afterwards is re-imported non-extractable.
 */
export async function makeOfficeKeys(vault: KeyVault): Promise<StoredOfficeKeys> {
  const extractable = vault.kind === 'os-keystore';
  const signing = (await subtle.generateKey({ name: 'Ed25519' }, extractable, ['sign', 'verify'])) as CryptoKeyPair;
  const encryption = (await subtle.generateKey({ name: 'X25519' }, extractable, ['deriveBits'])) as CryptoKeyPair;
  if (vault.kind === 'profile') return { protection: 'profile', keys: { signing, encryption } };
  const [signingKey, encryptionKey] = await Promise.all([subtle.exportKey('pkcs8', signing.privateKey), subtle.exportKey('pkcs8', encryption.privateKey)]);
  const plain = joinPrivateKeys(new Uint8Array(signingKey), new Uint8Array(encryptionKey));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(sealContext) }, vault.key, buffer(plain)));
  plain.fill(0);
  return { protection: 'os-keystore', backend: vault.backend, publicKeys: { signing: signing.publicKey, encryption: encryption.publicKey }, iv, sealed };
}

/** `[length of the signing key, u32 LE][signing PKCS#8][encryption PKCS#8]`. */
function joinPrivateKeys(signing: Uint8Array, encryption: Uint8Array): Uint8Array {
  const plain = new Uint8Array(4 + signing.byteLength + encryption.byteLength);
  new DataView(plain.buffer).setUint32(0, signing.byteLength, true);
  plain.set(signing, 4);
  plain.set(encryption, 4 + signing.byteLength);
  signing.fill(0);
  encryption.fill(0);
  return plain;
}

function splitPrivateKeys(plain: Uint8Array): { signing: Uint8Array; encryption: Uint8Array } {
  const signingLength = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0, true);
  return { signing: plain.slice(4, 4 + signingLength), encryption: plain.slice(4 + signingLength) };
}

/** The keys ready to sign and open bundles; refuses (in the user's words) when the keystore cannot open them. */
export async function unlockOfficeKeys(stored: StoredOfficeKeys, vault: KeyVault): Promise<OfficeKeys> {
  if (stored.protection === 'profile') return stored.keys;
  if (vault.kind !== 'os-keystore') throw new CertificateRefused('exchange.keysLocked', stored.backend);
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: buffer(stored.iv), additionalData: buffer(sealContext) }, vault.key, buffer(stored.sealed)));
  } catch {
    throw new CertificateRefused('exchange.keysUnreadable', vault.backend);
  }
  const { signing, encryption } = splitPrivateKeys(plain);
  plain.fill(0);
  const [signingKey, encryptionKey] = await Promise.all([
    subtle.importKey('pkcs8', buffer(signing), { name: 'Ed25519' }, false, ['sign']),
    subtle.importKey('pkcs8', buffer(encryption), { name: 'X25519' }, false, ['deriveBits']),
  ]);
  signing.fill(0);
  encryption.fill(0);
  return { signing: { publicKey: stored.publicKeys.signing, privateKey: signingKey }, encryption: { publicKey: stored.publicKeys.encryption, privateKey: encryptionKey } };
}

/** The public keys, which need no keystore (to check a certificate is ours). */
export function publicSigningKey(stored: StoredOfficeKeys): CryptoKey {
  return stored.protection === 'profile' ? stored.keys.signing.publicKey : stored.publicKeys.signing;
}
