import type { Migration } from './migration';

/** Version 4: catalog entries the province issues beyond (or over) the official lists shipped with the app. */
export const catalogEntriesMigration: Migration = {
  version: 4,
  stores: {
    catalogEntries: 'id, catalog, [catalog+code]',
  },
};
