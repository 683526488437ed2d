/**
 * What the exchange screens read, in the words of people rather than of the engine: the offices this one knows
 * and how each stands to it, what every neighbour has acknowledged of our changes and what is still on its way,
 * and conflicts, quarantined changes and the journal with office names and record names in place of ids.
 * Reads only; nothing here writes.
 */
import type { AppDatabase } from '../storage/database';
import { isRecordTypeName, recordTypes, type RecordTypeName } from '../records/registry';
import { recordFields } from '../records/stored-record';
import { latestPeriod, type Unit } from '../organization/unit';
import type { OfficeLevel } from '../office/office-profile';
import type { Certificate } from './certificates';
import { exchangeTables, type JournalRow } from './exchange-tables';
import { loadIdentity, loadRoster } from './identity-service';
import { fromBase64Url } from './encoding';
import { deletionField } from './merge';

/** How an office stands to this one in the certificate tree. */
export type OfficeRelation = 'self' | 'parent' | 'child' | 'above' | 'below' | 'other';

export interface OfficeEntry {
  readonly officeId: string;
  readonly officeName: string;
  readonly level: OfficeLevel;
  readonly jurisdictionUnitId: string;
  readonly jurisdictionUnitName: string;
  readonly relation: OfficeRelation;
  /** The reason given when its certificate was revoked; null while it is valid. */
  readonly revokedReason: string | null;
}

const vietnamese = new Intl.Collator('vi', { numeric: true });
const relationOrder: readonly OfficeRelation[] = ['self', 'parent', 'above', 'child', 'below', 'other'];

/** The chain of office ids from an office up to the root (the office itself first). */
function chainOf(officeId: string, current: (id: string) => Certificate | undefined): string[] {
  const chain: string[] = [];
  for (let item = current(officeId); item && chain.length < 16; item = current(item.body.issuerOfficeId)) {
    chain.push(item.body.officeId);
    if (item.body.issuerOfficeId === item.body.officeId) break;
  }
  return chain;
}

function relationOf(officeId: string, me: string | undefined, myChain: readonly string[], chain: readonly string[]): OfficeRelation {
  if (!me) return 'other';
  if (officeId === me) return 'self';
  if (myChain[1] === officeId) return 'parent';
  if (myChain.includes(officeId)) return 'above';
  if (chain[1] === me) return 'child';
  if (chain.includes(me)) return 'below';
  return 'other';
}

/** Every office in the roster with its relation to this one: this office, those above, those below, the rest. */
export async function knownOffices(db: AppDatabase): Promise<OfficeEntry[]> {
  const [identity, roster] = await Promise.all([loadIdentity(db), loadRoster(db)]);
  const me = identity?.certificate?.body.officeId;
  const current = (id: string) => roster.certificateOf(id);
  const myChain = me ? chainOf(me, current) : [];
  const reasons = new Map(roster.revocations.map((item) => [item.body.serial, item.body.reason]));
  const offices = new Map<string, Certificate>();
  for (const item of roster.certificates) offices.set(item.body.officeId, current(item.body.officeId)!);
  const entries = [...offices.values()].map(({ body }): OfficeEntry => ({
    officeId: body.officeId,
    officeName: body.officeName,
    level: body.level,
    jurisdictionUnitId: body.jurisdictionUnitId,
    jurisdictionUnitName: body.jurisdictionUnitName,
    relation: relationOf(body.officeId, me, myChain, chainOf(body.officeId, current)),
    revokedReason: roster.isRevoked(body.serial) ? (reasons.get(body.serial) ?? '') : null,
  }));
  return entries.sort((a, b) => relationOrder.indexOf(a.relation) - relationOrder.indexOf(b.relation) || vietnamese.compare(a.officeName, b.officeName));
}

export interface PeerStatus {
  readonly office: OfficeEntry;
  /** Bundles made for it so far (the last one's number), and when the last was made. */
  readonly sentSequence: number;
  readonly lastSentAt: string | null;
  readonly lastReceivedAt: string | null;
  /** The date of the bundle that carried its latest receipt. */
  readonly acknowledgedAt: string | null;
  /** Our own last change's sequence number, and how far the office has told us it applied them. */
  readonly ownSequence: number;
  readonly acknowledgedOwn: number;
  /** Our changes it has not acknowledged, and when the first of them was written. */
  readonly outstandingOwn: number;
  readonly outstandingSince: string | null;
  /** Other offices' changes we hold and relay that it has not acknowledged. */
  readonly outstandingRelayed: number;
}

/** When our own change `seq` was written; its batch is found by the log's index, without reading the whole log. */
async function writtenAt(db: AppDatabase, seq: number): Promise<string | null> {
  const batch = await db.changeBatches.where('lastSeq').aboveOrEqual(seq).first();
  return batch?.changes.find((change) => change.seq === seq)?.at ?? null;
}

/**
 * The offices this one exchanges with (the one above and those it certified, unless revoked), each with what it has acknowledged
 * of our changes and what is still outstanding: a commune can see its changes reached the district.
 */
export async function peerStatuses(db: AppDatabase): Promise<PeerStatus[]> {
  const tables = exchangeTables(db);
  const identity = await loadIdentity(db);
  const me = identity?.certificate?.body.officeId;
  if (!me) return [];
  const neighbours = (await knownOffices(db)).filter((office) => (office.relation === 'parent' || office.relation === 'child') && office.revokedReason === null);
  const ownSequence = (await db.officeState.get('clock'))?.seq ?? 0;
  const applied = (await tables.state.get('applied'))?.vector ?? {};
  const peers = new Map((await tables.peers.bulkGet(neighbours.map((office) => office.officeId))).filter((row) => row !== undefined).map((row) => [row.officeId, row]));
  return Promise.all(
    neighbours.map(async (office): Promise<PeerStatus> => {
      const peer = peers.get(office.officeId);
      const acknowledged = peer?.acknowledged ?? {};
      const acknowledgedOwn = Math.min(acknowledged[me] ?? 0, ownSequence);
      const outstandingOwn = ownSequence - acknowledgedOwn;
      let outstandingRelayed = 0;
      for (const [author, seq] of Object.entries(applied)) if (author !== me && author !== office.officeId) outstandingRelayed += Math.max(0, seq - (acknowledged[author] ?? 0));
      return {
        office,
        sentSequence: peer?.sentSequence ?? 0,
        lastSentAt: peer?.lastSentAt ?? null,
        lastReceivedAt: peer?.lastReceivedAt ?? null,
        acknowledgedAt: peer?.acknowledgedAt ?? null,
        ownSequence,
        acknowledgedOwn,
        outstandingOwn,
        outstandingSince: outstandingOwn > 0 ? await writtenAt(db, acknowledgedOwn + 1) : null,
        outstandingRelayed,
      };
    }),
  );
}

/** A record as a person names it: a person's or unit's name, or the name of the person or unit a record is about. */
export interface RecordCaption {
  readonly type: string;
  readonly recordId: string;
  /** Null when this office does not hold the record (or it has no name of its own). */
  readonly name: string | null;
  /** The person the record is, or is about: their dossier is where to look. */
  readonly personId: string | null;
}

function nameOf(type: RecordTypeName, fields: Record<string, unknown>): string | null {
  if (typeof fields.fullName === 'string') return fields.fullName;
  if (Array.isArray(fields.periods) && fields.periods.length > 0) return latestPeriod(fields as unknown as Unit).name;
  if (typeof fields.name === 'string') return fields.name;
  return type === 'catalogEntry' && typeof fields.code === 'string' ? fields.code : null;
}

/** Names for many records at once (conflicts and quarantine list dozens): one read per table. */
export async function recordCaptions(db: AppDatabase, records: readonly { readonly type: string; readonly recordId: string; readonly values?: Readonly<Record<string, unknown>> }[]): Promise<RecordCaption[]> {
  const rows = new Map<string, Record<string, unknown>>();
  const load = async (type: RecordTypeName, ids: readonly string[]) => {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await db.recordTable(recordTypes[type].table).bulkGet(unique);
    found.forEach((row, index) => row && rows.set(`${type}:${unique[index]}`, recordFields(row)));
  };
  const known = records.filter((record) => isRecordTypeName(record.type));
  for (const type of new Set(known.map((record) => record.type as RecordTypeName))) await load(type, known.filter((record) => record.type === type).map((record) => record.recordId));
  // What we hold of the record, or else what the change itself says (a record we were never sent).
  const fieldsOf = (record: (typeof records)[number]) => rows.get(`${record.type}:${record.recordId}`) ?? record.values ?? {};
  const idsOf = (field: string) => known.map(fieldsOf).map((fields) => fields[field]).filter((id): id is string => typeof id === 'string');
  await load('person', idsOf('personId'));
  await load('unit', idsOf('unitId'));
  return records.map((record) => {
    const type = record.type;
    if (!isRecordTypeName(type)) return { type, recordId: record.recordId, name: null, personId: null };
    const fields = fieldsOf(record);
    const personId = type === 'person' ? record.recordId : typeof fields.personId === 'string' ? fields.personId : null;
    const person = personId ? rows.get(`person:${personId}`) : undefined;
    const unit = typeof fields.unitId === 'string' ? rows.get(`unit:${fields.unitId}`) : undefined;
    // A record about a person (a history row, an evaluation) goes by the person's name, not by a name inside it.
    const name = (person && type !== 'person' ? nameOf('person', person) : null) ?? nameOf(type, fields) ?? (unit ? nameOf('unit', unit) : null);
    return { type, recordId: record.recordId, name, personId };
  });
}

export interface ConflictCandidate {
  readonly value: unknown;
  readonly officeId: string;
  readonly officeName: string;
  /** Written by this office. */
  readonly ours: boolean;
  /** The value the record holds now (the provisional winner, the same at every office). */
  readonly current: boolean;
}

export interface BundleReference {
  readonly bundleId: string;
  readonly receivedAt: string | null;
  readonly fileName: string | null;
}

export interface ConflictView {
  readonly id: string;
  readonly record: RecordCaption;
  readonly field: string;
  /** A deletion against edits: shown, but resolved by editing or deleting the record itself. */
  readonly isDeletion: boolean;
  readonly candidates: readonly ConflictCandidate[];
  /** The bundles whose import found the clash (more than one when a later bundle added a value). */
  readonly bundles: readonly BundleReference[];
}

/** Office names by id from the roster; an id we have no certificate for stays as it is. */
async function officeNames(db: AppDatabase): Promise<(officeId: string) => string> {
  const roster = await loadRoster(db);
  return (officeId) => roster.certificateOf(officeId)?.body.officeName ?? officeId;
}

/** Which file brought each bundle: the journal line written in the same transaction as the import. */
async function bundleReferences(db: AppDatabase, bundleIds: readonly string[]): Promise<Map<string, BundleReference>> {
  const tables = exchangeTables(db);
  const unique = [...new Set(bundleIds)];
  const imported = await tables.importedBundles.bulkGet(unique);
  const times = imported.flatMap((row) => (row ? [row.at] : []));
  const lines = times.length > 0 ? await tables.journal.where('at').anyOf(times).toArray() : [];
  const references = new Map<string, BundleReference>();
  unique.forEach((bundleId, index) => {
    const at = imported[index]?.at ?? null;
    const line = lines.find((row) => row.at === at && row.direction === 'import' && row.result === 'ok');
    references.set(bundleId, { bundleId, receivedAt: at, fileName: line?.fileName || null });
  });
  return references;
}

/** The open conflicts, newest first, with both (or all) values, who wrote each, and the bundle whose import found it. */
export async function conflictViews(db: AppDatabase): Promise<ConflictView[]> {
  const tables = exchangeTables(db);
  const me = (await loadIdentity(db))?.certificate?.body.officeId;
  const rows = (await tables.conflicts.where('status').equals('open').toArray()).sort((a, b) => b.detectedAt.localeCompare(a.detectedAt));
  const [nameOfOffice, captions, bundles] = await Promise.all([
    officeNames(db),
    recordCaptions(db, rows.map((row) => ({ type: row.type, recordId: row.recordId }))),
    bundleReferences(db, rows.flatMap((row) => row.losers.map((loser) => loser.bundleId))),
  ]);
  return rows.map((row, index) => {
    const candidate = (value: unknown, officeId: string, current: boolean): ConflictCandidate => ({ value, officeId, officeName: nameOfOffice(officeId), ours: officeId === me, current });
    return {
      id: row.id,
      record: captions[index]!,
      field: row.field,
      isDeletion: row.field === deletionField,
      candidates: [candidate(row.winner.value, row.winner.stamp.office, true), ...row.losers.map((loser) => candidate(loser.value, loser.stamp.office, false))],
      bundles: [...new Set(row.losers.map((loser) => loser.bundleId))].map((bundleId) => bundles.get(bundleId)!),
    };
  });
}

export interface QuarantineView {
  readonly id: string;
  readonly reasonKey: string;
  readonly authorName: string;
  readonly record: RecordCaption;
  readonly operation: 'create' | 'update' | 'delete';
  /** The fields the held change would have set. */
  readonly fields: readonly string[];
  readonly writtenAt: string;
  readonly heldAt: string;
  readonly bundle: BundleReference | null;
}

/** Changes held back (outside their author's jurisdiction, or not valid here), newest first. */
export async function quarantineViews(db: AppDatabase): Promise<QuarantineView[]> {
  const rows = (await exchangeTables(db).quarantine.where('status').equals('held').toArray()).sort((a, b) => b.at.localeCompare(a.at));
  const [nameOfOffice, captions, bundles] = await Promise.all([
    officeNames(db),
    recordCaptions(db, rows.map((row) => ({ type: row.change.type, recordId: row.change.id, values: row.change.values }))),
    bundleReferences(db, rows.map((row) => row.bundleId)),
  ]);
  return rows.map((row, index) => ({
    id: row.id,
    reasonKey: row.reasonKey,
    authorName: nameOfOffice(row.author),
    record: captions[index]!,
    operation: row.change.op,
    fields: Object.keys(row.change.values),
    writtenAt: row.change.at,
    heldAt: row.at,
    bundle: bundles.get(row.bundleId) ?? null,
  }));
}

export interface JournalView extends Omit<JournalRow, 'sha256'> {
  readonly peerName: string;
  /** The file's SHA-256 in hex, as the export screen and the desktop's file tools show it. */
  readonly sha256: string;
}

/** Hex of a base64url hash (the journal keeps the engine's encoding). */
export function hashHex(base64Url: string): string {
  return Array.from(fromBase64Url(base64Url), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The journal of bundles out and in, newest first. */
export async function journalViews(db: AppDatabase, limit = 500): Promise<JournalView[]> {
  const nameOfOffice = await officeNames(db);
  const rows = await exchangeTables(db).journal.reverse().limit(limit).toArray();
  return rows.map((row) => ({ ...row, peerName: row.peer ? nameOfOffice(row.peer) : '', sha256: row.sha256 ? hashHex(row.sha256) : '' }));
}
