/**
 * Checks a bundle against a public roster without opening it: the file is whole, the manifest carries its
 * sender's signature, the sender's and every author's certificate chain up to the province root, and every batch
 * header is signed by its author. What the payload holds is checked on import, by the recipient's key.
 */
import { z } from 'zod';
import { verifyBatchHeader } from './batch';
import { certificate, revocation, Roster, CertificateRefused } from './certificates';
import { fingerprint } from './crypto';
import { BundleRefused, readContainer, verifyManifestSignature, type BundleManifest } from './bundle-format';

export const rosterFile = z.object({
  format: z.literal('so-can-bo-roster/1'),
  rootFingerprint: z.string().optional(),
  certificates: z.array(certificate),
  revocations: z.array(revocation),
});
export type RosterFile = z.infer<typeof rosterFile>;

export type BundleVerdict = { readonly ok: true; readonly manifest: BundleManifest } | { readonly ok: false; readonly reasonKey: string; readonly detail: string };

export async function verifyBundle(bytes: Uint8Array, roster: RosterFile): Promise<BundleVerdict> {
  try {
    const { manifest } = readContainer(bytes);
    const root = roster.certificates.find((item) => item.body.issuerOfficeId === item.body.officeId && item.body.level === 'province');
    const pinned = roster.rootFingerprint ?? (root ? await fingerprint(root.body.signingKey) : '');
    const trust = new Roster(roster.certificates, [], pinned);
    for (const item of roster.revocations) await trust.addRevocation(item);
    for (const item of manifest.revocations) await trust.addRevocation(item);
    const chained = async (officeId: string) => {
      const item = trust.certificateOf(officeId);
      if (!item) throw new CertificateRefused('exchange.unknownIssuer', officeId);
      await trust.verify(item);
      return item;
    };
    const sender = await chained(manifest.sender.officeId);
    if (!(await verifyManifestSignature(manifest, sender.body.signingKey))) throw new BundleRefused('exchange.manifestSignature');
    for (const { header } of manifest.batches) {
      const author = await chained(header.author);
      if (!(await verifyBatchHeader(header, author.body.signingKey))) throw new BundleRefused('exchange.batchSignature', author.body.officeName);
    }
    return { ok: true, manifest };
  } catch (error) {
    if (error instanceof BundleRefused || error instanceof CertificateRefused) return { ok: false, reasonKey: error.reasonKey, detail: error.message };
    throw error;
  }
}
