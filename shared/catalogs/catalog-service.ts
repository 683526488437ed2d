import type { AppDatabase } from '../storage/database';
import type { Writer } from '../records/write-path';
import { allRecords } from '../queries/records-reader';
import { officialCatalogEntries } from './official-catalogs';
import { catalogEntryId } from './catalog-record';
import type { CatalogEntry } from './catalog';

/** The catalogs in force here: the official lists, with the province's entries added or overriding by catalog and code. */
export async function loadCatalogs(db: AppDatabase): Promise<CatalogEntry[]> {
  const issued = await allRecords(db, 'catalogEntry');
  const byKey = new Map(officialCatalogEntries.map((entry) => [catalogEntryId(entry.catalog, entry.code), entry]));
  for (const { id, ...entry } of issued) byKey.set(id, entry);
  return [...byKey.values()];
}

/** Adds or changes an entry; the write path refuses it unless this office is the province. */
export async function saveCatalogEntry(writer: Writer, entry: CatalogEntry): Promise<CatalogEntry> {
  const id = catalogEntryId(entry.catalog, entry.code);
  const existing = await writer.get('catalogEntry', id);
  const { id: _id, ...saved } = existing ? await writer.update('catalogEntry', id, entry) : writer.create('catalogEntry', entry, id);
  return saved;
}
