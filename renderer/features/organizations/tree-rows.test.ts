import { describe, expect, it } from 'vitest';
import { UnitTree } from '../../../shared/organization/unit-tree';
import type { Unit } from '../../../shared/organization/unit';
import { isOpen, searchKeys, searchTree, visibleRows, type Openness } from './tree-rows';

const unit = (id: string, name: string, parentId: string | null): Unit => ({
  id,
  code: id.toUpperCase(),
  periods: [{ from: '2010-01-01', to: null, name, kind: 'cell', isGrassroots: false, parentId }],
});
const tree = new UnitTree(
  [
    unit('p', 'Đảng bộ tỉnh Phú Thọ', null),
    unit('h1', 'Đảng bộ huyện Lâm Thao', 'p'),
    unit('h2', 'Đảng bộ huyện Thanh Sơn', 'p'),
    unit('x1', 'Đảng bộ xã Tiên Kiên', 'h1'),
    unit('x2', 'Đảng bộ xã Xuân Lũng', 'h1'),
    unit('x3', 'Đảng bộ xã Địch Quả', 'h2'),
    unit('c1', 'Chi bộ Khu 1', 'x1'),
  ],
  '2025-01-01',
);
const keys = searchKeys(tree);
const closed: Openness = { expanded: new Set(), collapsed: new Set() };
const names = (openness: Openness, query = '') => visibleRows(tree, openness, searchTree(tree, keys, query)).map((row) => `${'-'.repeat(row.depth)}${row.node.name}`);

describe('the rows of the organization tree', () => {
  it('show the open branches in order, with their depth and place among siblings', () => {
    expect(names(closed)).toEqual(['Đảng bộ tỉnh Phú Thọ']);
    const rows = visibleRows(tree, { expanded: new Set(['p', 'h1']), collapsed: new Set() }, null);
    expect(rows.map((row) => [row.node.id, row.depth, row.expanded, row.expandable, row.position, row.siblings])).toEqual([
      ['p', 0, true, true, 1, 1],
      ['h1', 1, true, true, 1, 2],
      ['x1', 2, false, true, 1, 2],
      ['x2', 2, false, false, 2, 2],
      ['h2', 1, false, true, 2, 2],
    ]);
  });

  it('find units by name or code typed without diacritics, revealing only the branches that lead to them', () => {
    expect(names(closed, 'tien kien')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Lâm Thao', '--Đảng bộ xã Tiên Kiên']);
    expect(names(closed, 'DICH  qua')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Thanh Sơn', '--Đảng bộ xã Địch Quả']);
    expect(names(closed, 'c1')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Lâm Thao', '--Đảng bộ xã Tiên Kiên', '---Chi bộ Khu 1']);
    expect(names(closed, 'không có')).toEqual([]);
    // Words are looked for where words start, in names and in the parts of codes.
    expect(names(closed, 'hanh')).toEqual([]);
    expect(names(closed, 'x3')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Thanh Sơn', '--Đảng bộ xã Địch Quả']);
    expect(searchTree(tree, keys, '  ')).toBeNull();
  });

  it('keep branches without matches out of a search, let the user open a match fully, or close a revealed branch', () => {
    // Open at the start, the province still shows only the district that leads to a match.
    expect(names({ expanded: new Set(['p', 'h1']), collapsed: new Set() }, 'tien')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Lâm Thao', '--Đảng bộ xã Tiên Kiên']);
    expect(names({ expanded: new Set(['x1']), collapsed: new Set() }, 'tien')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Lâm Thao', '--Đảng bộ xã Tiên Kiên', '---Chi bộ Khu 1']);
    const search = searchTree(tree, keys, 'tien');
    expect(isOpen('h1', { expanded: new Set(), collapsed: new Set(['h1']) }, search)).toBe(false);
    expect(names({ expanded: new Set(), collapsed: new Set(['h1']) }, 'tien')).toEqual(['Đảng bộ tỉnh Phú Thọ', '-Đảng bộ huyện Lâm Thao']);
  });
});
