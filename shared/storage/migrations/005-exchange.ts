import type { Migration } from './migration';

/**
 * Version 5: the exchange between offices. This office's keys and certificate, the roster of other offices'
 * certificates and revocations, every batch received (kept to relay and to prove what was applied), what each
 * peer has acknowledged, kept conflicts, quarantined changes, and the journal of bundles in and out.
 */
export const exchangeMigration: Migration = {
  version: 5,
  stores: {
    exchangeIdentity: 'key',
    exchangeState: 'key',
    certificates: 'serial, officeId',
    revocations: 'serial',
    receivedBatches: '[author+firstSeq], author, status',
    peers: 'officeId',
    importedBundles: 'bundleId',
    conflicts: 'id, [type+recordId], status',
    quarantine: 'id, author, status',
    exchangeJournal: '++id, at',
  },
};
