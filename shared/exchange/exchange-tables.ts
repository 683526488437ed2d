import type { Table } from 'dexie';
import type { AppDatabase } from '../storage/database';
import type { Change } from '../records/change';
import type { BatchPayload } from './batch';
import type { Certificate, Revocation } from './certificates';
import type { StoredOfficeKeys } from './key-vault';
import type { StampedValue } from './merge';

export interface ExchangeIdentityRow {
  readonly key: 'this-office';
  readonly keys: StoredOfficeKeys;
  readonly certificate: Certificate | null;
  /** The province root fingerprint this office trusts, pinned when it enrolled (or made its own, at the province). */
  readonly rootFingerprint: string | null;
}

/** What this office has applied of each author's changes (contiguous sequence numbers). */
export interface AppliedRow {
  readonly key: 'applied';
  readonly vector: Readonly<Record<string, number>>;
}

export interface CertificateRow {
  readonly serial: string;
  readonly officeId: string;
  readonly certificate: Certificate;
}

export interface RevocationRow {
  readonly serial: string;
  readonly revocation: Revocation;
}

export interface ReceivedBatchRow {
  readonly author: string;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly batch: BatchPayload;
  /** `held` waits for an earlier batch of the same author that has not arrived yet. */
  readonly status: 'applied' | 'held';
  readonly bundleId: string;
}

export interface PeerRow {
  readonly officeId: string;
  /** What the peer told us it has applied, per author: the receipt for what we sent. */
  readonly acknowledged: Readonly<Record<string, number>>;
  readonly acknowledgedAt: string | null;
  readonly sentSequence: number;
  readonly lastSentAt: string | null;
  readonly lastReceivedAt: string | null;
}

export interface ConflictRow {
  /** `type:recordId:field#…`: at most one open conflict per field, gathering every concurrent value; a new one after a resolution. */
  readonly id: string;
  readonly type: string;
  readonly recordId: string;
  readonly field: string;
  readonly winner: StampedValue;
  readonly losers: readonly (StampedValue & { readonly bundleId: string })[];
  readonly status: 'open' | 'resolved';
  readonly detectedAt: string;
}

export interface QuarantineRow {
  /** `author:seq`. */
  readonly id: string;
  readonly author: string;
  readonly change: Change;
  readonly reasonKey: string;
  readonly bundleId: string;
  readonly at: string;
  readonly status: 'held' | 'released';
}

export interface JournalRow {
  readonly id?: number;
  readonly at: string;
  readonly direction: 'export' | 'import';
  readonly peer: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly result: 'ok' | 'refused' | 'already-imported';
  readonly detail: string;
  readonly counts: Readonly<Record<string, number>>;
}

/** Typed access to the exchange's tables (declared in migration 6). */
export function exchangeTables(db: AppDatabase) {
  return {
    identity: db.table('exchangeIdentity') as Table<ExchangeIdentityRow, string>,
    state: db.table('exchangeState') as Table<AppliedRow, string>,
    certificates: db.table('certificates') as Table<CertificateRow, string>,
    revocations: db.table('revocations') as Table<RevocationRow, string>,
    receivedBatches: db.table('receivedBatches') as Table<ReceivedBatchRow, [string, number]>,
    peers: db.table('peers') as Table<PeerRow, string>,
    importedBundles: db.table('importedBundles') as Table<{ bundleId: string; at: string }, string>,
    conflicts: db.table('conflicts') as Table<ConflictRow, string>,
    quarantine: db.table('quarantine') as Table<QuarantineRow, string>,
    journal: db.table('exchangeJournal') as Table<JournalRow, number>,
  };
}
