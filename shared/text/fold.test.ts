import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';

describe('foldForSearch', () => {
  it('drops every Vietnamese diacritic', () => {
    expect(foldForSearch('Nguyễn Thị Hồng Nhung')).toBe('nguyen thi hong nhung');
    expect(foldForSearch('Ơ Đu')).toBe('o du');
    expect(foldForSearch('Đặng Quốc Việt')).toBe('dang quoc viet');
    expect(foldForSearch('TRƯƠNG Ỷ ƯỚC')).toBe('truong y uoc');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldForSearch('Tr\u1EA7n')).toBe(foldForSearch('Tra\u0302\u0300n'));
  });

  it('collapses white space', () => {
    expect(foldForSearch('  Lê   Văn\tTám ')).toBe('le van tam');
  });
});
