/**
 * This office's place in the trust chain: its keys (made once, never exported), its certificate, and the
 * province root it trusts. The province makes its own root; every other office asks the office above with a
 * join request and accepts the reply only if the root fingerprint matches the code read out over the phone.
 */
import { z } from 'zod';
import type { AppDatabase } from '../storage/database';
import type { OfficeProfile } from '../office/office-profile';
import { newId } from '../ids';
import { exportPublicKey, fingerprint, type OfficeKeys } from './crypto';
import { makeOfficeKeys, publicSigningKey, unlockOfficeKeys, type KeyVault } from './key-vault';
import { certificate, createJoinRequest, createRootCertificate, issueCertificate, joinRequest, revocation, revokeCertificate, Roster, CertificateRefused, type Certificate, type JoinRequest } from './certificates';
import { exchangeTables, type ExchangeIdentityRow } from './exchange-tables';

export async function loadIdentity(db: AppDatabase): Promise<ExchangeIdentityRow | undefined> {
  return exchangeTables(db).identity.get('this-office');
}

/** This office's identity with its keys unlocked; the keys are made (and stored as the vault allows) the first time. */
async function ensureKeys(db: AppDatabase, vault: KeyVault): Promise<{ identity: ExchangeIdentityRow; keys: OfficeKeys }> {
  const tables = exchangeTables(db);
  const existing = await tables.identity.get('this-office');
  if (existing) return { identity: existing, keys: await unlockOfficeKeys(existing.keys, vault) };
  const identity: ExchangeIdentityRow = { key: 'this-office', keys: await makeOfficeKeys(vault), certificate: null, rootFingerprint: null };
  await tables.identity.put(identity);
  return { identity, keys: await unlockOfficeKeys(identity.keys, vault) };
}

/** This office's certified identity and its unlocked keys, to sign or open bundles. */
export async function certifiedKeys(db: AppDatabase, vault: KeyVault): Promise<{ certificate: Certificate; keys: OfficeKeys }> {
  const identity = await loadIdentity(db);
  if (!identity?.certificate) throw new CertificateRefused('exchange.notEnrolled');
  return { certificate: identity.certificate, keys: await unlockOfficeKeys(identity.keys, vault) };
}

export async function loadRoster(db: AppDatabase): Promise<Roster> {
  const tables = exchangeTables(db);
  const identity = await tables.identity.get('this-office');
  const certificates = (await tables.certificates.toArray()).map((row) => row.certificate);
  const revocations = (await tables.revocations.toArray()).map((row) => row.revocation);
  return new Roster(certificates, revocations, identity?.rootFingerprint ?? '');
}

async function storeCertificates(db: AppDatabase, certificates: readonly Certificate[]): Promise<void> {
  await exchangeTables(db).certificates.bulkPut(certificates.map((item) => ({ serial: item.body.serial, officeId: item.body.officeId, certificate: item })));
}

/** At the province: the root of trust. Its fingerprint is what every other office will be read over the phone. */
export async function establishProvinceRoot(db: AppDatabase, vault: KeyVault, profile: OfficeProfile, jurisdictionUnitId: string, now = new Date()): Promise<Certificate> {
  if (profile.level !== 'province') throw new CertificateRefused('exchange.rootOnlyAtProvince');
  const { identity, keys } = await ensureKeys(db, vault);
  if (identity.certificate) return identity.certificate;
  const root = await createRootCertificate(keys, { officeId: profile.officeId, officeName: profile.officeName, jurisdictionUnitId, jurisdictionUnitName: profile.unitName }, newId(), now);
  await storeCertificates(db, [root]);
  await exchangeTables(db).identity.put({ ...identity, certificate: root, rootFingerprint: await fingerprint(root.body.signingKey) });
  return root;
}

export async function makeJoinRequest(db: AppDatabase, vault: KeyVault, profile: OfficeProfile, now = new Date()): Promise<JoinRequest> {
  const { keys } = await ensureKeys(db, vault);
  return createJoinRequest(keys, { officeId: profile.officeId, officeName: profile.officeName, level: profile.level, proposedUnitName: profile.unitName }, now);
}

export const enrolmentReply = z.object({
  format: z.literal('so-can-bo-enrolment/1'),
  certificate,
  chain: z.array(certificate),
  revocations: z.array(revocation),
});
export type EnrolmentReply = z.infer<typeof enrolmentReply>;

/** At the upper office: checks a join request and certifies the office for a unit inside this office's jurisdiction. */
export async function enrolOffice(db: AppDatabase, vault: KeyVault, request: unknown, grant: { jurisdictionUnitId: string; jurisdictionUnitName: string }, isInJurisdiction: (unitId: string) => boolean, now = new Date()): Promise<EnrolmentReply> {
  const parsed = joinRequest.safeParse(request);
  if (!parsed.success) throw new CertificateRefused('exchange.joinRequestInvalid');
  const { certificate: own, keys } = await certifiedKeys(db, vault);
  if (!isInJurisdiction(grant.jurisdictionUnitId)) throw new CertificateRefused('exchange.grantOutsideJurisdiction');
  const issued = await issueCertificate(keys, own, parsed.data, { ...grant, serial: newId() }, now);
  await storeCertificates(db, [issued]);
  const roster = await loadRoster(db);
  return { format: 'so-can-bo-enrolment/1', certificate: issued, chain: roster.certificates, revocations: roster.revocations };
}

/** At the lower office: accepts its certificate if it carries its own keys and chains to the root whose code was read out. */
export async function acceptEnrolment(db: AppDatabase, reply: unknown, expectedRootFingerprint: string): Promise<Certificate> {
  const parsed = enrolmentReply.safeParse(reply);
  if (!parsed.success) throw new CertificateRefused('exchange.enrolmentInvalid');
  const identity = await loadIdentity(db);
  if (!identity) throw new CertificateRefused('exchange.noJoinRequest');
  const { certificate: issued, chain, revocations } = parsed.data;
  if (issued.body.signingKey !== (await exportPublicKey(publicSigningKey(identity.keys)))) throw new CertificateRefused('exchange.notOurKeys');
  const normalized = expectedRootFingerprint.trim().toUpperCase().replace(/[^A-Z0-9]/g, '').replace(/(.{4})(?=.)/g, '$1-');
  const roster = new Roster([...chain, issued], revocations, normalized);
  await roster.verify(issued);
  await storeCertificates(db, roster.certificates);
  await exchangeTables(db).revocations.bulkPut(revocations.map((item) => ({ serial: item.body.serial, revocation: item })));
  await exchangeTables(db).identity.put({ ...identity, certificate: issued, rootFingerprint: normalized });
  return issued;
}

/** Revokes a lost or replaced office below this one; the revocation travels down and up in the next bundles. */
export async function revokeOffice(db: AppDatabase, vault: KeyVault, officeId: string, reason: string, now = new Date()): Promise<void> {
  const { certificate: own, keys } = await certifiedKeys(db, vault);
  const roster = await loadRoster(db);
  const target = roster.certificateOf(officeId);
  if (!target) throw new CertificateRefused('exchange.unknownOffice', officeId);
  const item = await revokeCertificate(keys, own, target, reason, now);
  if (!(await roster.addRevocation(item))) throw new CertificateRefused('exchange.revokeNotAllowed');
  await exchangeTables(db).revocations.put({ serial: item.body.serial, revocation: item });
}
