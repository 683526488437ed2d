import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, languages, lookup, type Catalog } from './translate';

const { vi, en } = catalogs;
const keys = (catalog: Catalog, prefix = ''): string[] =>
  Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** The message keys written as string literals in the non-test sources of shared/. */
function messageKeysUsedInShared(): Map<string, string[]> {
  const files = readdirSync('shared', { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative('.', join(entry.parentPath, entry.name)).split('\\').join('/'));
  const used = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(['"`])((?:validation|permission|demoFile)\.[A-Za-z.]+)\1/g)) {
      const key = match[2]!;
      used.set(key, [...(used.get(key) ?? []), file]);
    }
  }
  return used;
}

describe('translation catalogs', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(vi)) expect(placeholders(lookup('en', key)), key).toEqual(placeholders(lookup('vi', key)));
  });

  it('leave no text empty', () => {
    expect(keys(vi).filter((key) => lookup('vi', key)!.trim() === '')).toEqual([]);
    expect(keys(en).filter((key) => lookup('en', key)!.trim() === '')).toEqual([]);
  });

  it('name the field in every validation message', () => {
    const withoutField = keys(vi).filter((key) => key.startsWith('validation.') && !placeholders(lookup('vi', key)).includes('field'));
    expect(withoutField).toEqual([]);
  });

  it('have every message key that shared/ uses', () => {
    const used = messageKeysUsedInShared();
    // The scan itself works (schemas, services and the identifier checks are all read).
    expect(used.size).toBeGreaterThan(50);
    for (const key of ['validation.required', 'validation.restructure.cycle', 'validation.citizenId.sexMismatch']) expect(used.has(key), key).toBe(true);
    for (const language of languages) {
      const missing = [...used].filter(([key]) => lookup(language, key) === undefined).map(([key, files]) => `${key} (${files.join(', ')})`);
      expect(missing, language).toEqual([]);
    }
  });
});
