import { defineRecordType } from '../records/record-type';
import { catalogEntrySchema } from './catalog';

/**
 * Catalog entries the province issues beyond the official lists shipped with the app, or that override one of them
 * (same catalog and code). They travel down in bundles; only the province may write them.
 */
export const catalogEntryRecordType = defineRecordType({
  name: 'catalogEntry',
  table: 'catalogEntries',
  schema: catalogEntrySchema,
  indexes: ['catalog', '[catalog+code]'],
  provinceOnly: true,
});

/** One id per catalog and code, so that the province's override of an entry is the same record everywhere. */
export function catalogEntryId(catalog: string, code: string): string {
  return `${catalog}:${code}`;
}
