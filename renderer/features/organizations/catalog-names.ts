import { findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';

/** The name of a catalog code, or the code itself when the catalog does not know it (data from a newer list). */
export function catalogName(entries: readonly CatalogEntry[], catalog: CatalogName, code: string): string {
  return findEntry(entries, catalog, code)?.name ?? code;
}
