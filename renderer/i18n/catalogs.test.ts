import { describe, expect, it } from 'vitest';
import vi from './locales/vi.json';
import en from './locales/en.json';

type Catalog = { readonly [key: string]: string | Catalog };
const keys = (catalog: Catalog, prefix = ''): string[] =>
  Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const lookup = (catalog: Catalog, key: string) => key.split('.').reduce<Catalog | string>((node, part) => (node as Catalog)[part] as Catalog | string, catalog) as string;

describe('translation catalogs', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(vi)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(vi, key)));
  });

  it('leave no Vietnamese text empty', () => {
    expect(keys(vi).filter((key) => lookup(vi, key).trim() === '')).toEqual([]);
  });
});
