/**
 * Making a bundle for another office, and taking one in.
 *
 * Export: every batch the recipient is not known to have (from its last receipt), whoever wrote it, narrowed to
 * the recipient's jurisdiction when it sits below us; plus certificates, revocations and our own receipt.
 * Import: everything is verified first (file, manifest signature, certificate chains, every batch's author
 * signature); the preview is computed; then one transaction applies it, all or nothing. Re-importing a bundle,
 * or importing bundles out of order, changes nothing that importing each once in order would not.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { migrations } from '../storage/migrations';
import type { AppDatabase } from '../storage/database';
import type { Change } from '../records/change';
import { compareStamps, type Stamp } from '../records/stamp';
import { recordFields, type StoredRow } from '../records/stored-record';
import { isRecordTypeName, recordTypes } from '../records/registry';
import { newId } from '../ids';
import { latestPeriod, type Unit } from '../organization/unit';
import { batchPayload, narrowBatch, sealBatch, verifyBatch, type BatchPayload } from './batch';
import { CertificateRefused, type Certificate } from './certificates';
import { toBase64Url } from './encoding';
import { BundleRefused, decryptPayload, encodeBundle, readContainer, verifyManifestSignature, type BundleManifest } from './bundle-format';
import { authorityProblem, isWithin } from './jurisdiction';
import { latestParent, loadLookup, loadPeopleInto, referencedPeople, rowsById, unitsOfPersonRow } from './unit-lookup';
import { mergeChange, type FieldConflict } from './merge';
import { exchangeTables, type ConflictRow, type PeerRow, type QuarantineRow, type ReceivedBatchRow } from './exchange-tables';
import { certifiedKeys, loadIdentity, loadRoster } from './identity-service';
import { unlockOfficeKeys, type KeyVault } from './key-vault';
import { timed, type StepTimer } from './step-timer';
import { appliedVector } from './imported-changes';
import { withoutDiacritics } from '../text/fold';

const schemaVersion = migrations[migrations.length - 1]!.version;

// ───────────────────────────── export ─────────────────────────────

export interface ExportedBundle {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
  /** What to record once the file is safely on its drive: until then, no export happened. */
  readonly delivery: Delivery;
}

export const delivery = z.object({
  recipientOfficeId: z.string().min(1).max(64),
  fileName: z.string().min(1).max(260),
  sequence: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  sha256: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  counts: z.object({ batches: z.number().int().nonnegative(), changes: z.number().int().nonnegative() }),
});
export type Delivery = z.infer<typeof delivery>;

/** A bundle reached its drive: the peer's sequence moves on and the journal says so. */
export async function recordDelivery(db: AppDatabase, input: Delivery): Promise<void> {
  const made = delivery.parse(input);
  const tables = exchangeTables(db);
  await db.transaction('rw', [tables.peers, tables.journal], async () => {
    const previous: PeerRow = (await tables.peers.get(made.recipientOfficeId)) ?? { officeId: made.recipientOfficeId, acknowledged: {}, acknowledgedAt: null, sentSequence: 0, lastSentAt: null, lastReceivedAt: null };
    await tables.peers.put({ ...previous, sentSequence: Math.max(previous.sentSequence, made.sequence), lastSentAt: made.createdAt });
    await tables.journal.add({ at: made.createdAt, direction: 'export', peer: made.recipientOfficeId, fileName: made.fileName, sha256: made.sha256, result: 'ok', detail: '', counts: made.counts });
  });
}

const fileCode = (text: string) => withoutDiacritics(text).replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

export async function exportBundle(db: AppDatabase, vault: KeyVault, recipientOfficeId: string, now = new Date(), timer?: StepTimer): Promise<ExportedBundle> {
  const tables = exchangeTables(db);
  const { certificate, keys } = await certifiedKeys(db, vault);
  const me = certificate.body;
  const roster = await loadRoster(db);
  const recipient = roster.certificateOf(recipientOfficeId);
  if (!recipient) throw new CertificateRefused('exchange.unknownOffice', recipientOfficeId);
  await roster.verify(recipient);
  const peer = await tables.peers.get(recipientOfficeId);
  const known = peer?.acknowledged ?? {};

  const lookup = await loadLookup(db);
  // Below us: only what concerns the recipient's jurisdiction travels (plus structure and catalogs, which everyone needs).
  const downward = recipient.body.jurisdictionUnitId !== me.jurisdictionUnitId && isWithin(recipient.body.jurisdictionUnitId, me.jurisdictionUnitId, lookup);

  // Batches are disjoint ranges stored by firstSeq: from the first one not yet acknowledged on, a primary-key range
  // reads in one pass what an index scan on lastSeq reads row by row.
  const own = await timed(timer, 'read', async () => {
    const first = await db.changeBatches.where('lastSeq').above(known[me.officeId] ?? 0).first();
    return first ? db.changeBatches.where(':id').aboveOrEqual(first.firstSeq).toArray() : [];
  });
  const batches: BatchPayload[] = await timed(timer, 'seal', async () => {
    const sealed: BatchPayload[] = [];
    for (const batch of own) sealed.push(await sealBatch(keys.signing.privateKey, batch.changes));
    return sealed;
  });
  const received = await timed(timer, 'read', () => tables.receivedBatches.toArray());
  for (const row of received.sort((a, b) => a.author.localeCompare(b.author) || a.firstSeq - b.firstSeq)) {
    if (row.author === recipientOfficeId || row.lastSeq <= (known[row.author] ?? 0)) continue;
    batches.push(row.batch);
  }
  let sent = batches;
  if (downward) {
    const rows = new Map<string, StoredRow | undefined>();
    const allChanges = batches.flatMap((batch) => batch.changes);
    await loadPeopleInto(db, lookup, referencedPeople(allChanges));
    for (const type of new Set(allChanges.map((change) => change.type))) {
      if (!isRecordTypeName(type)) continue;
      const ids = [...new Set(allChanges.filter((change) => change.type === type).map((change) => change.id))];
      const found = await rowsById(db, recordTypes[type].table, ids);
      for (const id of ids) rows.set(`${type}:${id}`, found.get(id));
    }
    const keep = (change: Change) => {
      if (!isRecordTypeName(change.type)) return true;
      if (recordTypes[change.type].provinceOnly || change.type === 'unit' || change.type === 'restructuring') return true;
      const row = rows.get(`${change.type}:${change.id}`);
      return authorityProblem(change, row, { level: recipient.body.level, jurisdictionUnitId: recipient.body.jurisdictionUnitId }, lookup) === null;
    };
    sent = await Promise.all(batches.map((batch) => narrowBatch(batch, keep)));
  }

  const applied = await appliedVector(db);
  const ownSeq = (await db.officeState.get('clock'))?.seq ?? 0;
  const sequence = (peer?.sentSequence ?? 0) + 1;
  const bundleId = newId();
  const unsigned = {
    schemaVersion,
    bundleId,
    sender: { officeId: me.officeId, officeName: me.officeName },
    recipient: { officeId: recipient.body.officeId, officeName: recipient.body.officeName },
    sequence,
    createdAt: now.toISOString(),
    counts: { batches: sent.length, changes: sent.reduce((sum, batch) => sum + batch.changes.length, 0), revocations: roster.revocations.length },
    batches: sent.map((batch) => ({ header: batch.header, sent: batch.changes.length })),
    acknowledged: { ...applied, [me.officeId]: ownSeq },
    certificates: roster.certificates,
    revocations: roster.revocations,
  };
  const lines = (function* () {
    for (const [index, batch] of sent.entries()) {
      const started = performance.now();
      const line = JSON.stringify({ kind: 'batch', index, changes: batch.changes, omitted: batch.omitted });
      timer?.add('serialize', performance.now() - started);
      yield line;
    }
  })();
  const { bytes, manifest } = await encodeBundle(unsigned, lines, [{ recipient: recipient.body.officeId, encryptionKey: recipient.body.encryptionKey }], keys.signing.privateKey, timer);
  const fileName = `SCB_${fileCode(me.jurisdictionUnitName)}_den_${fileCode(recipient.body.jurisdictionUnitName)}_${String(sequence).padStart(4, '0')}.scb`;
  const counts = { batches: unsigned.counts.batches, changes: unsigned.counts.changes };
  return { fileName, bytes, manifest, delivery: { recipientOfficeId, fileName, sequence, createdAt: unsigned.createdAt, sha256: toBase64Url(sha256(bytes)), counts } };
}

// ───────────────────────────── import ─────────────────────────────

export interface ImportPreview {
  readonly bundleId: string;
  readonly sender: { readonly officeId: string; readonly officeName: string };
  readonly createdAt: string;
  readonly sequence: number;
  readonly alreadyImported: boolean;
  readonly counts: { readonly newRecords: number; readonly updatedRecords: number; readonly alreadyPresent: number; readonly conflicts: number; readonly quarantined: number; readonly held: number };
}

export interface ImportPlan {
  readonly preview: ImportPreview;
  readonly manifest: BundleManifest;
  readonly batches: readonly BatchPayload[];
  readonly fileSha256: string;
  readonly fileName: string;
  /** The preview's computed outcome, written as is on confirmation if nothing changed in between. */
  readonly prepared: IntegrationOutcome;
}

const payloadLine = z.object({ kind: z.literal('batch'), index: z.number().int().nonnegative(), changes: z.array(z.unknown()), omitted: z.array(z.unknown()) });

/** Verifies a bundle completely and computes what importing it would do. Writes nothing. */
export async function analyzeBundle(db: AppDatabase, vault: KeyVault, bytes: Uint8Array, fileName = '', timer?: StepTimer): Promise<ImportPlan> {
  const container = await timed(timer, 'read', () => readContainer(bytes));
  const { manifest } = container;
  const identity = await loadIdentity(db);
  if (!identity?.certificate) throw new CertificateRefused('exchange.notEnrolled');
  if (manifest.recipient.officeId !== identity.certificate.body.officeId) throw new BundleRefused('exchange.wrongRecipient', manifest.recipient.officeName);

  const roster = await loadRoster(db);
  for (const item of manifest.certificates) if (!roster.certificateOf(item.body.officeId) || roster.certificateOf(item.body.officeId)!.body.issuedAt < item.body.issuedAt) roster.addCertificate(item);
  for (const item of manifest.revocations) await roster.addRevocation(item);
  const verified = new Map<string, Certificate>();
  const certified = async (officeId: string): Promise<Certificate> => {
    const cached = verified.get(officeId);
    if (cached) return cached;
    const item = roster.certificateOf(officeId);
    if (!item) throw new CertificateRefused('exchange.unknownIssuer', officeId);
    await roster.verify(item);
    verified.set(officeId, item);
    return item;
  };
  const sender = await certified(manifest.sender.officeId);
  if (!(await verifyManifestSignature(manifest, sender.body.signingKey))) throw new BundleRefused('exchange.manifestSignature');

  const keys = await unlockOfficeKeys(identity.keys, vault);
  const lines = await decryptPayload(container, identity.certificate.body.officeId, keys.encryption.privateKey, timer);
  if (lines.length !== manifest.batches.length) throw new BundleRefused('exchange.damaged', 'batch count');
  const batches = await timed(timer, 'verify', async () => {
    const verifiedBatches: BatchPayload[] = [];
    for (const line of lines) {
      const parsedLine = payloadLine.safeParse(line);
      const entry = parsedLine.success ? manifest.batches[parsedLine.data.index] : undefined;
      const parsed = entry && parsedLine.success ? batchPayload.safeParse({ header: entry.header, changes: parsedLine.data.changes, omitted: parsedLine.data.omitted }) : undefined;
      if (!parsed?.success) throw new BundleRefused('exchange.damaged', 'batch');
      const batch = parsed.data as BatchPayload;
      const author = await certified(batch.header.author);
      const problem = await verifyBatch(batch, author.body.signingKey);
      if (problem) throw new BundleRefused(problem, author.body.officeName);
      verifiedBatches.push(batch);
    }
    return verifiedBatches;
  });

  const alreadyImported = (await exchangeTables(db).importedBundles.get(manifest.bundleId)) !== undefined;
  const outcome = await timed(timer, 'preview', () => integrate(db, identity.certificate!.body.officeId, batches, roster, manifest.bundleId, { dryRun: true, now: new Date(), timer }));
  return {
    preview: {
      bundleId: manifest.bundleId,
      sender: manifest.sender,
      createdAt: manifest.createdAt,
      sequence: manifest.sequence,
      alreadyImported,
      counts: outcome.counts,
    },
    manifest,
    batches,
    fileSha256: toBase64Url(sha256(bytes)),
    fileName,
    prepared: outcome,
  };
}

interface IntegrationOutcome {
  readonly counts: ImportPreview['counts'];
  /** What the database looked like when this was computed: applied vector and clock. */
  readonly token: string;
  /** Writes the computed outcome; valid only while the database still matches `token`. */
  readonly write: () => Promise<void>;
}

async function integrationToken(db: AppDatabase): Promise<string> {
  return JSON.stringify([await appliedVector(db), await db.officeState.get('clock'), await exchangeTables(db).conflicts.count(), await exchangeTables(db).receivedBatches.count()]);
}

/**
 * Applies what is ready: each author's batches in an unbroken run after what we have applied, all their changes
 * together in Lamport order. Used twice with the same logic: as a dry run for the preview, and for real.
 */
async function integrate(db: AppDatabase, me: string, incoming: readonly BatchPayload[], roster: Awaited<ReturnType<typeof loadRoster>>, bundleId: string, options: { dryRun: boolean; now: Date; timer?: StepTimer }): Promise<IntegrationOutcome> {
  const tables = exchangeTables(db);
  const token = await integrationToken(db);
  let mark = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    options.timer?.add(step, now - mark);
    mark = now;
  };
  const applied = await appliedVector(db);
  const held = await tables.receivedBatches.where('status').equals('held').toArray();
  const candidates = new Map<string, BatchPayload>();
  for (const batch of [...held.map((row) => row.batch), ...incoming]) {
    if (batch.header.author === me || batch.header.lastSeq <= (applied[batch.header.author] ?? 0)) continue;
    candidates.set(`${batch.header.author}:${batch.header.firstSeq}`, batch);
  }
  const ready: BatchPayload[] = [];
  const next = { ...applied };
  for (let progress = true; progress; ) {
    progress = false;
    for (const [key, batch] of candidates) {
      const from = next[batch.header.author] ?? 0;
      if (batch.header.firstSeq <= from + 1) {
        next[batch.header.author] = Math.max(from, batch.header.lastSeq);
        ready.push(batch);
        candidates.delete(key);
        progress = true;
      }
    }
  }
  const changes = ready
    .flatMap((batch) => batch.changes)
    .filter((change) => change.seq > (applied[change.office] ?? 0))
    .sort((a, b) => compareStamps(a, b));
  // Changes we hold already: our own coming back, or another author's we applied before.
  const repeated = incoming.flatMap((batch) => batch.changes).filter((change) => change.office === me || change.seq <= (applied[change.office] ?? 0)).length;

  const lookup = await loadLookup(db);
  await loadPeopleInto(db, lookup, referencedPeople(changes));
  const rows = new Map<string, StoredRow | undefined>();
  for (const type of new Set(changes.map((change) => change.type))) {
    if (!isRecordTypeName(type)) continue;
    const ids = [...new Set(changes.filter((change) => change.type === type).map((change) => change.id))];
    const found = await rowsById(db, recordTypes[type].table, ids);
    for (const id of ids) rows.set(`${type}:${id}`, found.get(id));
  }
  const touched = new Set<string>();
  const existedBefore = new Set([...rows].filter(([, row]) => row !== undefined).map(([key]) => key));
  const conflicts: (FieldConflict & { type: string; recordId: string })[] = [];
  const quarantined: QuarantineRow[] = [];
  const resolvedIds = new Set<string>();
  const winnersInPass = new Map<string, Stamp>();
  // Open conflicts by record field; a field that clashes again after a resolution gets a new conflict row.
  const openConflicts = new Map((await tables.conflicts.where('status').equals('open').toArray()).map((row) => [`${row.type}:${row.recordId}:${row.field}`, row]));
  let alreadyPresent = repeated;
  let clock = (await db.officeState.get('clock'))?.clock ?? 0;

  lap(`${options.dryRun ? 'preview' : 'apply'}.load`);
  for (const change of changes) {
    clock = Math.max(clock, change.clock);
    const key = `${change.type}:${change.id}`;
    const row = rows.get(key);
    const author = roster.certificateOf(change.office)!.body;
    const authority = authorityProblem(change, row ? recordFields(row) : undefined, { level: author.level, jurisdictionUnitId: author.jurisdictionUnitId }, lookup);
    const invalid = isRecordTypeName(change.type) ? invalidField(change) : 'exchange.unknownRecordType';
    const reason = authority ?? invalid;
    if (reason) {
      quarantined.push({ id: `${change.office}:${change.seq}`, author: change.office, change, reasonKey: reason, bundleId, at: options.now.toISOString(), status: 'held' });
      continue;
    }
    const type = change.type as keyof typeof recordTypes;
    const shape = recordTypes[type].schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
    const outcome = mergeChange(row, change, (field) => shape[field]?.safeParse(null).success === true);
    if (row && JSON.stringify(outcome.row) === JSON.stringify(row)) alreadyPresent += 1;
    rows.set(key, withDerived(type, outcome.row));
    touched.add(key);
    // A write that continues a conflict's winner settles it: someone resolved it (or edited on top of it).
    for (const [field, seen] of Object.entries(change.seen)) {
      const id = `${change.type}:${change.id}:${field}`;
      const winner = winnersInPass.get(id) ?? openConflicts.get(id)?.winner.stamp;
      if (winner && winner.clock === seen.clock && winner.office === seen.office && !outcome.conflicts.some((conflict) => conflict.field === field)) resolvedIds.add(id);
    }
    for (const conflict of outcome.conflicts) {
      const id = `${change.type}:${change.id}:${conflict.field}`;
      conflicts.push({ ...conflict, type: change.type, recordId: change.id });
      winnersInPass.set(id, conflict.winner.stamp);
      resolvedIds.delete(id);
    }
    if (type === 'unit') lookup.setUnit(change.id, latestParent(outcome.row));
    if (type === 'person') lookup.setPerson(change.id, unitsOfPersonRow(outcome.row));
  }

  const newRecords = [...touched].filter((key) => !existedBefore.has(key)).length;
  const counts = { newRecords, updatedRecords: touched.size - newRecords, alreadyPresent, conflicts: conflicts.length, quarantined: quarantined.length, held: candidates.size };
  lap(`${options.dryRun ? 'preview' : 'apply'}.merge`);
  const write = async () => {

    for (const type of new Set([...touched].map((key) => key.slice(0, key.indexOf(':'))))) {
      const table = recordTypes[type as keyof typeof recordTypes].table;
      await db.recordTable(table).bulkPut([...touched].filter((key) => key.startsWith(`${type}:`)).map((key) => rows.get(key)!));
    }
    const conflictRows = new Map<string, ConflictRow>();
    for (const conflict of conflicts) {
      const field = `${conflict.type}:${conflict.recordId}:${conflict.field}`;
      const existing = conflictRows.get(field) ?? openConflicts.get(field);
      const losers = [...(existing?.losers ?? []), { ...conflict.loser, bundleId }].filter((loser, index, all) => all.findIndex((other) => other.stamp.clock === loser.stamp.clock && other.stamp.office === loser.stamp.office) === index);
      const id = existing?.id ?? `${field}#${newId()}`;
      conflictRows.set(field, { id, type: conflict.type, recordId: conflict.recordId, field: conflict.field, winner: conflict.winner, losers, status: resolvedIds.has(field) ? 'resolved' : 'open', detectedAt: existing?.detectedAt ?? options.now.toISOString() });
    }
    for (const field of resolvedIds) if (!conflictRows.has(field)) conflictRows.set(field, { ...openConflicts.get(field)!, status: 'resolved' });
    await tables.conflicts.bulkPut([...conflictRows.values()]);
    await tables.quarantine.bulkPut(quarantined);
    // Every batch received is kept (to relay it, and to hold it until the batches before it arrive).
    const readyKeys = new Set(ready.map((batch) => `${batch.header.author}:${batch.header.firstSeq}`));
    const statusOf = (batch: BatchPayload): ReceivedBatchRow['status'] =>
      readyKeys.has(`${batch.header.author}:${batch.header.firstSeq}`) || batch.header.lastSeq <= (applied[batch.header.author] ?? 0) ? 'applied' : 'held';
    const keep = [...held.map((row) => row.batch), ...incoming].filter((batch) => batch.header.author !== me);
    const existing = new Map((await tables.receivedBatches.bulkGet(keep.map((batch) => [batch.header.author, batch.header.firstSeq] as [string, number]))).filter((row) => row !== undefined).map((row) => [`${row.author}:${row.firstSeq}`, row]));
    await tables.receivedBatches.bulkPut(
      keep.map((batch) => {
        const key = `${batch.header.author}:${batch.header.firstSeq}`;
        const previous = existing.get(key);
        // The same batch may come whole by one path and narrowed by another: keep the fuller copy.
        const fuller = previous && previous.batch.omitted.length <= batch.omitted.length ? previous.batch : batch;
        return { author: batch.header.author, firstSeq: batch.header.firstSeq, lastSeq: batch.header.lastSeq, batch: fuller, status: statusOf(batch), bundleId: previous?.bundleId ?? bundleId };
      }),
    );
    await tables.state.put({ key: 'applied', vector: next });
    const ownClock = await db.officeState.get('clock');
    await db.officeState.put({ key: 'clock', clock: Math.max(clock, ownClock?.clock ?? 0), seq: ownClock?.seq ?? 0 });
    lap('apply.write');
  };
  if (!options.dryRun) await write();
  return { counts, token, write };
}

/** A field value this version knows must pass that field's own schema; unknown fields are kept as they are. */
function invalidField(change: Change): string | null {
  const { schema } = recordTypes[change.type as keyof typeof recordTypes];
  // A creation carries the whole record: one parse of it (each field by its own schema) is the common case of a
  // snapshot, and far cheaper than a parse per field. Only when it fails is each field judged alone.
  if (change.op === 'create' && schema.safeParse(change.values).success) return null;
  const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  for (const [field, value] of Object.entries(change.values)) {
    const schema = shape[field];
    if (schema && value !== null && !schema.safeParse(value).success) return 'exchange.invalidValue';
  }
  return null;
}

function withDerived(type: keyof typeof recordTypes, row: StoredRow): StoredRow {
  const derive = recordTypes[type].derive as ((fields: Record<string, unknown>) => Record<string, unknown>) | undefined;
  if (!derive) return row;
  try {
    return { ...row, ...derive(recordFields(row)) };
  } catch {
    // A record known only in part (its creation lies outside what we were sent) has no index values yet.
    return row;
  }
}

/** Applies a verified plan in one transaction. Importing the same bundle again changes nothing. */
export async function applyImport(db: AppDatabase, plan: ImportPlan, now = new Date(), timer?: StepTimer): Promise<ImportPreview> {
  const tables = exchangeTables(db);
  const roster = await loadRoster(db);
  for (const item of plan.manifest.certificates) roster.addCertificate(item);
  for (const item of plan.manifest.revocations) await roster.addRevocation(item);
  const identity = await loadIdentity(db);
  const me = identity!.certificate!.body.officeId;
  return timed(timer, 'apply', () => db.transaction('rw', db.tables, async () => {
    if (await tables.importedBundles.get(plan.manifest.bundleId)) {
      await tables.journal.add({ at: now.toISOString(), direction: 'import', peer: plan.manifest.sender.officeId, fileName: plan.fileName, sha256: plan.fileSha256, result: 'already-imported', detail: '', counts: {} });
      return { ...plan.preview, alreadyImported: true };
    }
    await tables.certificates.bulkPut(roster.certificates.map((item) => ({ serial: item.body.serial, officeId: item.body.officeId, certificate: item })));
    await tables.revocations.bulkPut(roster.revocations.map((item) => ({ serial: item.body.serial, revocation: item })));
    // The preview already computed the outcome; redo it only if the database changed since (an edit, another import).
    const unchanged = (await integrationToken(db)) === plan.prepared.token;
    if (unchanged) await plan.prepared.write();
    const { counts } = unchanged ? plan.prepared : await integrate(db, me, plan.batches, roster, plan.manifest.bundleId, { dryRun: false, now, timer });
    const senderId = plan.manifest.sender.officeId;
    const peer = (await tables.peers.get(senderId)) ?? { officeId: senderId, acknowledged: {}, acknowledgedAt: null, sentSequence: 0, lastSentAt: null, lastReceivedAt: null };
    const acknowledged = { ...peer.acknowledged };
    for (const [author, seq] of Object.entries(plan.manifest.acknowledged)) acknowledged[author] = Math.max(acknowledged[author] ?? 0, seq);
    await tables.peers.put({ ...peer, acknowledged, acknowledgedAt: plan.manifest.createdAt, lastReceivedAt: now.toISOString() });
    await tables.importedBundles.put({ bundleId: plan.manifest.bundleId, at: now.toISOString() });
    await tables.journal.add({ at: now.toISOString(), direction: 'import', peer: senderId, fileName: plan.fileName, sha256: plan.fileSha256, result: 'ok', detail: '', counts });
    return { ...plan.preview, counts };
  }));
}
