import type { IsoDate } from '../dates/partial-date';
import { periodOn, type Unit } from './unit';

export interface UnitNode {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly isGrassroots: boolean;
  readonly parentId: string | null;
  readonly children: UnitNode[];
}

/** Vietnamese order of names, with numbers read as numbers: "Chi bộ Thôn 2" before "Chi bộ Thôn 10". */
export const nameOrder = new Intl.Collator('vi', { numeric: true });

/** The organization tree as it stood on a day: units that existed then, under the parents they had then. */
export class UnitTree {
  readonly roots: UnitNode[] = [];
  private readonly nodes = new Map<string, UnitNode>();

  constructor(units: readonly Unit[], readonly day: IsoDate) {
    for (const unit of units) {
      const period = periodOn(unit, day);
      if (period) this.nodes.set(unit.id, { id: unit.id, code: unit.code, name: period.name, kind: period.kind, isGrassroots: period.isGrassroots, parentId: period.parentId, children: [] });
    }
    for (const node of this.nodes.values()) {
      const parent = node.parentId === null ? undefined : this.nodes.get(node.parentId);
      (parent ? parent.children : this.roots).push(node);
    }
    const byName = (a: UnitNode, b: UnitNode) => nameOrder.compare(a.name, b.name);
    this.roots.sort(byName);
    for (const node of this.nodes.values()) node.children.sort(byName);
  }

  get(id: string): UnitNode | undefined {
    return this.nodes.get(id);
  }

  /** The unit bearing a code on this day (codes are never given twice). */
  byCode(code: string): UnitNode | undefined {
    for (const node of this.nodes.values()) if (node.code === code) return node;
    return undefined;
  }

  get size(): number {
    return this.nodes.size;
  }

  /** The unit and everything below it on this day (empty if the unit did not exist then). */
  subtreeIds(rootId: string): Set<string> {
    const ids = new Set<string>();
    const root = this.nodes.get(rootId);
    const stack = root ? [root] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      ids.add(node.id);
      stack.push(...node.children);
    }
    return ids;
  }

  /** Every unit, parents before their children (depth first, children in the tree's order), with its depth. */
  depthFirst(): { readonly node: UnitNode; readonly depth: number }[] {
    const ordered: { node: UnitNode; depth: number }[] = [];
    const visit = (node: UnitNode, depth: number) => {
      ordered.push({ node, depth });
      for (const child of node.children) visit(child, depth + 1);
    };
    for (const root of this.roots) visit(root, 0);
    return ordered;
  }

  /** From the root down to the unit: what a breadcrumb shows. */
  pathTo(id: string): UnitNode[] {
    const path: UnitNode[] = [];
    for (let node = this.nodes.get(id); node; node = node.parentId === null ? undefined : this.nodes.get(node.parentId)) path.unshift(node);
    return path;
  }
}
