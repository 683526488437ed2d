/**
 * A province, a district and a commune office wired up through the real engine: used by the tests and by the
 * `sim` command. Each office has its own database, keys and certificate; bundles are plain bytes passed around.
 */
import { AppDatabase } from '../storage/database';
import { saveOfficeProfile } from '../office/office-service';
import type { OfficeLevel, OfficeProfile } from '../office/office-profile';
import { writeRecords, type WriteContext, type Writer } from '../records/write-path';
import { fingerprint } from './crypto';
import { acceptEnrolment, enrolOffice, establishProvinceRoot, makeJoinRequest } from './identity-service';
import { analyzeBundle, applyImport, exportBundle, recordDelivery, type ImportPreview } from './bundle-service';
import { profileVault, type KeyVault } from './key-vault';

export interface SimOffice {
  readonly name: string;
  readonly db: AppDatabase;
  readonly profile: OfficeProfile;
  readonly unitId: string;
  readonly context: WriteContext;
  /** How its private keys rest: in its profile, or sealed by a (simulated) OS keystore. */
  readonly vault: KeyVault;
  write<R>(work: (writer: Writer) => Promise<R> | R): Promise<R>;
}

export async function createOffice(databaseName: string, name: string, level: OfficeLevel, unitId: string, unitCode: string, vault: KeyVault = profileVault): Promise<SimOffice> {
  const db = new AppDatabase(databaseName);
  const profile = await saveOfficeProfile(db, { officeName: `Ban Tổ chức ${name}`, level, unitName: name, unitCode });
  const context: WriteContext = { db, office: { officeId: profile.officeId, level } };
  return { name, db, profile, unitId, context, vault, write: (work) => writeRecords(context, work) };
}

/** The upper office certifies the lower one; the lower checks the root fingerprint it was read over the phone. */
export async function enrol(upper: SimOffice, lower: SimOffice, rootFingerprint: string): Promise<void> {
  const request = await makeJoinRequest(lower.db, lower.vault, lower.profile);
  const reply = await enrolOffice(upper.db, upper.vault, JSON.parse(JSON.stringify(request)), { jurisdictionUnitId: lower.unitId, jurisdictionUnitName: lower.name }, () => true);
  await acceptEnrolment(lower.db, JSON.parse(JSON.stringify(reply)), rootFingerprint);
}

export async function rootOf(province: SimOffice): Promise<string> {
  const root = await establishProvinceRoot(province.db, province.vault, province.profile, province.unitId);
  return fingerprint(root.body.signingKey);
}

/** Carries one bundle from `from` to `to` and imports it. */
export async function carry(from: SimOffice, to: SimOffice): Promise<{ bytes: Uint8Array; preview: ImportPreview }> {
  const { bytes, fileName, delivery } = await exportBundle(from.db, from.vault, to.profile.officeId);
  await recordDelivery(from.db, delivery);
  return { bytes, preview: await importBytes(to, bytes, fileName) };
}

export async function importBytes(to: SimOffice, bytes: Uint8Array, fileName = ''): Promise<ImportPreview> {
  const plan = await analyzeBundle(to.db, to.vault, bytes, fileName);
  return applyImport(to.db, plan);
}

/** Every table's rows: two dumps are equal exactly when nothing was written. */
export async function dumpDatabase(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
