/**
 * The exchange's cryptography, all through WebCrypto (renderer, workers and Node alike; no home-made primitives):
 * Ed25519 signatures, X25519 + HKDF-SHA-256 to wrap a fresh AES-256-GCM content key for each recipient.
 */
import { fromBase64Url, toBase64Url, utf8 } from './encoding';

const subtle = globalThis.crypto.subtle;
const buffer = (bytes: Uint8Array) => bytes as BufferSource;

export interface OfficeKeys {
  readonly signing: CryptoKeyPair;
  readonly encryption: CryptoKeyPair;
}

/** Private keys are made non-extractable: they can sign and unwrap here, and can never be exported. */
export async function generateOfficeKeys(): Promise<OfficeKeys> {
  const signing = (await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const encryption = (await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits'])) as CryptoKeyPair;
  return { signing, encryption };
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await subtle.exportKey('raw', key)));
}

export async function sign(privateKey: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64Url(new Uint8Array(await subtle.sign('Ed25519', privateKey, buffer(bytes))));
}

export async function verifySignature(publicKey: string, signature: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const key = await subtle.importKey('raw', buffer(fromBase64Url(publicKey)), { name: 'Ed25519' }, false, ['verify']);
    return await subtle.verify('Ed25519', key, buffer(fromBase64Url(signature)), buffer(bytes));
  } catch {
    return false;
  }
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-256', buffer(bytes)));
}

const base32Alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A short code for a public key, to read aloud over the phone: 16 characters in groups of four from an alphabet
 * without look-alikes (no 0/O, 1/I), 80 bits of the key's SHA-256.
 */
export async function fingerprint(publicKey: string): Promise<string> {
  const digest = await sha256(utf8.encode(publicKey));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < 16) {
      code += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (code.length === 16) break;
  }
  return code.match(/.{4}/g)!.join('-');
}

export interface KeyWrap {
  /** Office id of the recipient, or `escrow` for the province's escrow key. */
  readonly recipient: string;
  readonly ephemeralKey: string;
  readonly iv: string;
  readonly wrappedKey: string;
}

async function wrappingKey(privateKey: CryptoKey, publicKey: CryptoKey, context: string, usage: KeyUsage): Promise<CryptoKey> {
  const shared = await subtle.deriveBits({ name: 'X25519', public: publicKey }, privateKey, 256);
  const material = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: buffer(utf8.encode(context)), info: buffer(utf8.encode('so-can-bo/key-wrap/1')) }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** Wraps a content key for one recipient's X25519 public key, bound to `context` (the bundle id). */
export async function wrapContentKey(contentKey: Uint8Array, recipient: string, recipientPublicKey: string, context: string): Promise<KeyWrap> {
  const ephemeral = (await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  const publicKey = await subtle.importKey('raw', buffer(fromBase64Url(recipientPublicKey)), { name: 'X25519' }, false, []);
  const key = await wrappingKey(ephemeral.privateKey, publicKey, context, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(utf8.encode(recipient)) }, key, buffer(contentKey)));
  return { recipient, ephemeralKey: await exportPublicKey(ephemeral.publicKey), iv: toBase64Url(iv), wrappedKey: toBase64Url(wrapped) };
}

/** Unwraps a content key with this office's private X25519 key; throws when the wrap was not made for it. */
export async function unwrapContentKey(wrap: KeyWrap, privateKey: CryptoKey, context: string): Promise<Uint8Array> {
  const ephemeral = await subtle.importKey('raw', buffer(fromBase64Url(wrap.ephemeralKey)), { name: 'X25519' }, false, []);
  const key = await wrappingKey(privateKey, ephemeral, context, 'decrypt');
  return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: buffer(fromBase64Url(wrap.iv)), additionalData: buffer(utf8.encode(wrap.recipient)) }, key, buffer(fromBase64Url(wrap.wrappedKey))));
}

export function randomContentKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** Authenticated encryption of one chunk; `associated` binds it to its place (bundle, index, last or not). */
export async function encryptChunk(contentKey: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, associated: Uint8Array): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', buffer(contentKey), 'AES-GCM', false, ['encrypt']);
  return new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(associated) }, key, buffer(plaintext)));
}

export async function decryptChunk(contentKey: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array, associated: Uint8Array): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', buffer(contentKey), 'AES-GCM', false, ['decrypt']);
  return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(associated) }, key, buffer(ciphertext)));
}
