/**
 * The rows the organization tree shows: the open branches flattened in order, so that only the rows in view need
 * rendering (a province holds about 4,000 units). A search keeps the matches and the branches leading to them.
 */
import type { UnitNode, UnitTree } from '../../../shared/organization/unit-tree';
import { foldForSearch } from '../../../shared/text/fold';

export interface TreeRow {
  readonly node: UnitNode;
  readonly depth: number;
  readonly expandable: boolean;
  readonly expanded: boolean;
  readonly match: boolean;
  /** Position among the siblings shown, from 1, and how many are shown (aria-posinset, aria-setsize). */
  readonly position: number;
  readonly siblings: number;
}

export interface TreeSearch {
  readonly matches: ReadonlySet<string>;
  /** Ancestors of the matches: opened to show them. */
  readonly reveal: ReadonlySet<string>;
}

/**
 * The words a unit is found by, computed once per tree: its folded name, its code, and the parts of its code, each
 * preceded by a space so that a typed word is looked for at the start of a word ("an" finds "An Gia", not "Thanh").
 */
export function searchKeys(tree: UnitTree): Map<string, string> {
  const keys = new Map<string, string>();
  const stack = [...tree.roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const code = foldForSearch(node.code);
    keys.set(node.id, ` ${foldForSearch(node.name)} ${code} ${code.split('.').join(' ')}`);
    stack.push(...node.children);
  }
  return keys;
}

/** Units whose name or code has a word starting with each word typed, diacritics or not; null when nothing is typed. */
export function searchTree(tree: UnitTree, keys: ReadonlyMap<string, string>, query: string): TreeSearch | null {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => ` ${word}`);
  if (words.length === 0) return null;
  const matches = new Set<string>();
  const reveal = new Set<string>();
  for (const [id, key] of keys) {
    if (!words.every((word) => key.includes(word))) continue;
    matches.add(id);
    for (const ancestor of tree.pathTo(id).slice(0, -1)) reveal.add(ancestor.id);
  }
  return { matches, reveal };
}

export interface Openness {
  /** Opened by the user (or at the start). */
  readonly expanded: ReadonlySet<string>;
  /** Closed by the user although a search would open them. */
  readonly collapsed: ReadonlySet<string>;
}

export function isOpen(id: string, openness: Openness, search: TreeSearch | null): boolean {
  return openness.expanded.has(id) || (search !== null && search.reveal.has(id) && !openness.collapsed.has(id));
}

/**
 * The rows in order. During a search, branches show only what leads to a match; a match itself, once open, shows
 * all its sub-units, so that the user can look inside the unit they found.
 */
export function visibleRows(tree: UnitTree, openness: Openness, search: TreeSearch | null): TreeRow[] {
  const rows: TreeRow[] = [];
  const shown = (nodes: readonly UnitNode[], parentMatched: boolean) =>
    search === null || parentMatched ? nodes : nodes.filter((node) => search.matches.has(node.id) || search.reveal.has(node.id));
  const visit = (nodes: readonly UnitNode[], depth: number) => {
    nodes.forEach((node, index) => {
      const expanded = node.children.length > 0 && isOpen(node.id, openness, search);
      const match = search?.matches.has(node.id) ?? false;
      rows.push({ node, depth, expandable: node.children.length > 0, expanded, match, position: index + 1, siblings: nodes.length });
      if (expanded) visit(shown(node.children, match), depth + 1);
    });
  };
  visit(shown(tree.roots, false), 0);
  return rows;
}
