/**
 * Who may write what. Each office's keys are certified by the office above it (province → district → commune):
 * the certificate binds the keys to an office id, a level and a jurisdiction (a unit and everything under it).
 * Chains end at the province's self-signed root, whose fingerprint every office pins when it enrols.
 * Revocations are signed by an office above the revoked one and travel in bundles.
 */
import { z } from 'zod';
import { officeLevels } from '../office/office-profile';
import { canonicalJson, utf8 } from './encoding';
import { exportPublicKey, fingerprint, sign, verifySignature, type OfficeKeys } from './crypto';

const publicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'exchange.badKey');
const signature = z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'exchange.badSignature');

export const certificateBody = z.object({
  format: z.literal('so-can-bo-certificate/1'),
  serial: z.string().min(8).max(64),
  officeId: z.string().min(1).max(64),
  officeName: z.string().min(1).max(200),
  level: z.enum(officeLevels),
  /** The root of the office's jurisdiction in the organization tree. */
  jurisdictionUnitId: z.string().min(1).max(64),
  jurisdictionUnitName: z.string().min(1).max(200),
  signingKey: publicKey,
  encryptionKey: publicKey,
  issuerOfficeId: z.string().min(1).max(64),
  issuedAt: z.string(),
});
export type CertificateBody = z.infer<typeof certificateBody>;

export const certificate = z.object({ body: certificateBody, signature });
export type Certificate = z.infer<typeof certificate>;

export const revocationBody = z.object({
  format: z.literal('so-can-bo-revocation/1'),
  serial: z.string().min(8).max(64),
  officeId: z.string().min(1).max(64),
  reason: z.string().max(500),
  revokedAt: z.string(),
  issuerOfficeId: z.string().min(1).max(64),
});
export const revocation = z.object({ body: revocationBody, signature });
export type Revocation = z.infer<typeof revocation>;

/** What a lower office hands its upper office on a stick to ask for a certificate; signed with the new key itself. */
export const joinRequestBody = z.object({
  format: z.literal('so-can-bo-join-request/1'),
  officeId: z.string().min(1).max(64),
  officeName: z.string().min(1).max(200),
  level: z.enum(officeLevels),
  proposedUnitId: z.string().max(64).optional(),
  proposedUnitName: z.string().min(1).max(200),
  signingKey: publicKey,
  encryptionKey: publicKey,
  createdAt: z.string(),
});
export const joinRequest = z.object({ body: joinRequestBody, signature });
export type JoinRequest = z.infer<typeof joinRequest>;

async function signBody(keys: OfficeKeys, body: unknown): Promise<string> {
  return sign(keys.signing.privateKey, utf8.encode(canonicalJson(body)));
}

export function verifyBody(signingKey: string, body: unknown, bodySignature: string): Promise<boolean> {
  return verifySignature(signingKey, bodySignature, utf8.encode(canonicalJson(body)));
}

export async function publicKeysOf(keys: OfficeKeys): Promise<{ signingKey: string; encryptionKey: string }> {
  return { signingKey: await exportPublicKey(keys.signing.publicKey), encryptionKey: await exportPublicKey(keys.encryption.publicKey) };
}

export async function createJoinRequest(keys: OfficeKeys, office: { officeId: string; officeName: string; level: CertificateBody['level']; proposedUnitName: string; proposedUnitId?: string }, now: Date): Promise<JoinRequest> {
  const body = { format: 'so-can-bo-join-request/1' as const, ...office, ...(await publicKeysOf(keys)), createdAt: now.toISOString() };
  return { body, signature: await signBody(keys, body) };
}

/** The province's own root certificate. */
export async function createRootCertificate(keys: OfficeKeys, office: { officeId: string; officeName: string; jurisdictionUnitId: string; jurisdictionUnitName: string }, serial: string, now: Date): Promise<Certificate> {
  const body: CertificateBody = { format: 'so-can-bo-certificate/1', serial, ...office, level: 'province', ...(await publicKeysOf(keys)), issuerOfficeId: office.officeId, issuedAt: now.toISOString() };
  return { body, signature: await signBody(keys, body) };
}

/** The upper office certifies a lower one, after checking the request's own signature. */
export async function issueCertificate(
  issuerKeys: OfficeKeys,
  issuer: Certificate,
  request: JoinRequest,
  grant: { jurisdictionUnitId: string; jurisdictionUnitName: string; serial: string },
  now: Date,
): Promise<Certificate> {
  if (!(await verifyBody(request.body.signingKey, request.body, request.signature))) throw new CertificateRefused('exchange.joinRequestSignature');
  const body: CertificateBody = {
    format: 'so-can-bo-certificate/1',
    serial: grant.serial,
    officeId: request.body.officeId,
    officeName: request.body.officeName,
    level: request.body.level,
    jurisdictionUnitId: grant.jurisdictionUnitId,
    jurisdictionUnitName: grant.jurisdictionUnitName,
    signingKey: request.body.signingKey,
    encryptionKey: request.body.encryptionKey,
    issuerOfficeId: issuer.body.officeId,
    issuedAt: now.toISOString(),
  };
  return { body, signature: await signBody(issuerKeys, body) };
}

export async function revokeCertificate(issuerKeys: OfficeKeys, issuer: Certificate, revoked: Certificate, reason: string, now: Date): Promise<Revocation> {
  const body = { format: 'so-can-bo-revocation/1' as const, serial: revoked.body.serial, officeId: revoked.body.officeId, reason, revokedAt: now.toISOString(), issuerOfficeId: issuer.body.officeId };
  return { body, signature: await signBody(issuerKeys, body) };
}

export class CertificateRefused extends Error {
  constructor(readonly reasonKey: string, detail = '') {
    super(`${reasonKey}${detail ? `: ${detail}` : ''}`);
    this.name = 'CertificateRefused';
  }
}

/**
 * The public certificates one office knows (a roster): current certificate per office, and revoked serials.
 * `verify` walks a chain up to the root whose fingerprint was pinned.
 */
export class Roster {
  private readonly bySerial = new Map<string, Certificate>();
  private readonly currentByOffice = new Map<string, Certificate>();
  private readonly revoked = new Map<string, Revocation>();

  constructor(
    certificates: readonly Certificate[],
    revocations: readonly Revocation[],
    readonly rootFingerprint: string,
  ) {
    for (const certificate of certificates) this.addCertificate(certificate);
    for (const item of revocations) this.revoked.set(item.body.serial, item);
  }

  addCertificate(item: Certificate): void {
    this.bySerial.set(item.body.serial, item);
    const current = this.currentByOffice.get(item.body.officeId);
    if (!current || current.body.issuedAt <= item.body.issuedAt) this.currentByOffice.set(item.body.officeId, item);
  }

  get certificates(): Certificate[] {
    return [...this.bySerial.values()];
  }

  get revocations(): Revocation[] {
    return [...this.revoked.values()];
  }

  certificateOf(officeId: string): Certificate | undefined {
    return this.currentByOffice.get(officeId);
  }

  isRevoked(serial: string): boolean {
    return this.revoked.has(serial);
  }

  /** Accepts a revocation only when an office above the revoked one (or the province) signed it. */
  async addRevocation(item: Revocation): Promise<boolean> {
    const issuer = this.currentByOffice.get(item.body.issuerOfficeId);
    const target = this.bySerial.get(item.body.serial);
    if (!issuer || !target || !(await verifyBody(issuer.body.signingKey, item.body, item.signature))) return false;
    if (!(await this.isAncestorOrSelf(issuer, target))) return false;
    this.revoked.set(item.body.serial, item);
    return true;
  }

  private async isAncestorOrSelf(ancestor: Certificate, certificate: Certificate): Promise<boolean> {
    for (let current: Certificate | undefined = certificate, depth = 0; current && depth < 16; depth += 1) {
      if (current.body.serial === ancestor.body.serial) return true;
      if (current.body.issuerOfficeId === current.body.officeId) return false;
      current = this.currentByOffice.get(current.body.issuerOfficeId);
    }
    return false;
  }

  /** Checks a certificate's chain to the pinned root: every signature, no revoked link. Throws CertificateRefused. */
  async verify(item: Certificate): Promise<void> {
    let current = item;
    for (let depth = 0; depth < 16; depth += 1) {
      if (this.revoked.has(current.body.serial)) throw new CertificateRefused('exchange.revoked', current.body.officeName);
      const isRoot = current.body.issuerOfficeId === current.body.officeId;
      const issuer = isRoot ? current : this.currentByOffice.get(current.body.issuerOfficeId);
      if (!issuer) throw new CertificateRefused('exchange.unknownIssuer', current.body.issuerOfficeId);
      if (!(await verifyBody(issuer.body.signingKey, current.body, current.signature))) throw new CertificateRefused('exchange.certificateSignature', current.body.officeName);
      if (isRoot) {
        if ((await fingerprint(current.body.signingKey)) !== this.rootFingerprint) throw new CertificateRefused('exchange.untrustedRoot');
        return;
      }
      current = issuer;
    }
    throw new CertificateRefused('exchange.chainTooLong');
  }
}
