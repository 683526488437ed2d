import type { IsoDate } from '../dates/partial-date';
import type { UnitTree } from '../organization/unit-tree';
import { isMemberOn, unitOn } from '../people/membership';
import type { Person } from '../people/person';
import { recordTypes } from '../records/registry';
import type { AppDatabase } from '../storage/database';
import { toRecord } from './records-reader';

/** Visits every live person once, without holding them all in memory (a province keeps 300,000). */
export async function eachPerson(db: AppDatabase, visit: (person: Person) => void): Promise<void> {
  await db.recordTable(recordTypes.person.table).each((row) => {
    if (!row._deleted) visit(toRecord<'person'>(row));
  });
}

/**
 * Visits every live person once, a page at a time in id order: IndexedDB hands over a page far faster than it
 * steps a cursor, and a page is small enough to let 300,000 people pass through without staying in memory.
 * `onPage` is told how many people (live or not) have been read so far. The person given is the stored row itself,
 * read-only: its index-only `_` fields are there but never read, and copying 300,000 rows to drop them costs seconds.
 */
export async function eachPersonByPage(db: AppDatabase, visit: (person: Person) => void, options: { pageSize?: number; onPage?: (read: number) => void } = {}): Promise<void> {
  const table = db.recordTable(recordTypes.person.table);
  let after = '';
  let read = 0;
  for (;;) {
    const page = await table.where(':id').above(after).limit(options.pageSize ?? 5000).toArray();
    if (page.length === 0) return;
    after = page[page.length - 1]!.id;
    for (const row of page) if (!row._deleted) visit(row as unknown as Person);
    read += page.length;
    options.onPage?.(read);
  }
}

/** Party members per unit on a day, counted where each member's own unit was then. */
export class MemberTally {
  private readonly direct = new Map<string, number>();

  constructor(readonly day: IsoDate) {}

  /** Counts the person if they were a member on the day; returns the unit they were counted in. */
  add(person: Person): string | undefined {
    const unitId = unitOn(person, this.day);
    if (unitId === undefined || !isMemberOn(person, this.day)) return undefined;
    this.direct.set(unitId, (this.direct.get(unitId) ?? 0) + 1);
    return unitId;
  }

  /** Each unit of the tree with the members of its whole subtree, summed bottom-up (children before parents). */
  subtreeCounts(tree: UnitTree): Map<string, number> {
    const totals = new Map<string, number>();
    const order = [...tree.roots];
    for (let index = 0; index < order.length; index += 1) order.push(...order[index]!.children);
    for (let index = order.length - 1; index >= 0; index -= 1) {
      const node = order[index]!;
      totals.set(node.id, node.children.reduce((sum, child) => sum + totals.get(child.id)!, this.direct.get(node.id) ?? 0));
    }
    return totals;
  }
}

/** Members of every unit including its subtree, as the tree stood on its day: one pass over people, summed up the tree. */
export async function memberCountsOn(db: AppDatabase, tree: UnitTree): Promise<Map<string, number>> {
  const tally = new MemberTally(tree.day);
  await eachPerson(db, (person) => tally.add(person));
  return tally.subtreeCounts(tree);
}
