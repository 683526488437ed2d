import type { Migration } from './migration';

/**
 * Version 2: organization units and people, the change log of this office's own writes
 * (one row per write transaction: a batch), and the office's logical clock.
 */
export const recordsMigration: Migration = {
  version: 2,
  stores: {
    units: 'id, code, _parentId, _nameKey',
    people: 'id, unitId, _nameKey, partyCardNumber, citizenId, memberStatus, [unitId+memberStatus]',
    changeBatches: 'firstSeq, lastSeq',
    officeState: 'key',
  },
};
