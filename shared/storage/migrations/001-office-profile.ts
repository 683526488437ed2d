import type { Migration } from './migration';

/** Version 1: the identity of this installation (a single row). */
export const officeProfileMigration: Migration = {
  version: 1,
  stores: { officeProfile: 'key' },
};
