/**
 * The catalogs of each language, one file per area of the app, merged into one tree of texts.
 * Areas keep their own files so that work on one screen never edits another's texts.
 */
import enCore from './en/core.json';
import viCore from './vi/core.json';
import enExchange from './en/exchange.json';
import viExchange from './vi/exchange.json';

export type Catalog = { readonly [key: string]: string | Catalog };

export const catalogFiles: { readonly vi: readonly Catalog[]; readonly en: readonly Catalog[] } = {
  vi: [viCore, viExchange],
  en: [enCore, enExchange],
};

/** Deep merge; two files defining the same text is a mistake, reported rather than silently resolved. */
export function mergeCatalogs(files: readonly Catalog[]): Catalog {
  const merge = (target: Record<string, string | Catalog>, source: Catalog, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (existing === undefined) target[key] = typeof value === 'string' ? value : merge({}, value, `${path}${key}.`);
      else if (typeof existing !== 'string' && typeof value !== 'string') merge(existing as Record<string, string | Catalog>, value, `${path}${key}.`);
      else throw new Error(`Translation key ${path}${key} is defined twice`);
    }
    return target;
  };
  return files.reduce<Record<string, string | Catalog>>((merged, file) => merge(merged, file, ''), {});
}
