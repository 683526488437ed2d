import { describe, expect, it } from 'vitest';
import { mergeCatalogs } from '.';

describe('catalog files', () => {
  it('merge section by section', () => {
    expect(mergeCatalogs([{ a: { b: 'B' } }, { a: { c: 'C' }, d: 'D' }])).toEqual({ a: { b: 'B', c: 'C' }, d: 'D' });
  });

  it('refuse a text defined twice', () => {
    expect(() => mergeCatalogs([{ a: { b: 'B' } }, { a: { b: 'B again' } }])).toThrow('Translation key a.b is defined twice');
  });
});
