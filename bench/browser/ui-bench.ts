/**
 * Browser side of the people-table scenario, on the same origin as the app (whose database holds the generated
 * province): builds the people index on this page to weigh it, and times the index against a plain array pass
 * over the same rows.
 */
import { AppDatabase } from '../../shared/storage/database';
import { loadPeopleIndex, localDay } from '../../shared/people-index/load-index';
import type { PeopleIndex } from '../../shared/people-index/people-index';
import { emptyQuery, type PeopleQuery, type PeopleRow } from '../../shared/people-index/query';
import { foldForSearch } from '../../shared/text/fold';

/** A row of the plain array: the table's row with what a plain search and sort need precomputed. */
interface PlainRow extends PeopleRow {
  readonly nameKey: string;
  readonly given: string;
  readonly rest: string;
}

const collator = new Intl.Collator('vi', { numeric: true });
let index: PeopleIndex | undefined;
let plain: PlainRow[] | undefined;

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

const byName = (a: PlainRow, b: PlainRow) => collator.compare(a.given, b.given) || collator.compare(a.rest, b.rest);

export const uiBench = {
  /** The index the worker builds, built here to weigh it: reading IndexedDB page by page. */
  async buildIndex() {
    const db = new AppDatabase();
    const started = performance.now();
    index = (await loadPeopleIndex(db, localDay())).index;
    db.close();
    return { ms: performance.now() - started, people: index.count };
  },

  /** The same rows as a plain array of objects, as a table without an index would hold them: in storage (id) order. */
  buildPlain() {
    const all = index!.query(emptyQuery);
    plain = index!
      .rows(all, 0, all.length)
      .map((row) => {
        const cut = row.fullName.lastIndexOf(' ');
        return { ...row, nameKey: foldForSearch(row.fullName), given: row.fullName.slice(cut + 1), rest: row.fullName.slice(0, Math.max(0, cut)) };
      })
      // Not left in name order, which would flatter every sort of the plain pass.
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return plain.length;
  },

  dropIndex() {
    index = undefined;
  },

  dropPlain() {
    plain = undefined;
  },

  /** A person's name, to type in the search box. */
  nameAt(position: number): string {
    return plain![position]!.fullName;
  },

  indexQuery(query: PeopleQuery) {
    const { ms, value } = timed(() => index!.query(query));
    return { ms, count: value.length, first: value.length > 0 ? index!.rows(value, 0, 1)[0]!.fullName : null };
  },

  /** The same search and sort as a filter and a sort over the plain array: the way without an index. */
  plainQuery(query: PeopleQuery) {
    const search = foldForSearch(query.search);
    const digits = /^\d+$/.test(search);
    const { ms, value } = timed(() => {
      const found = search === '' ? [...plain!] : plain!.filter((row) => (digits ? row.partyCardNumber.startsWith(search) || row.citizenId.startsWith(search) : row.nameKey.includes(search)));
      if (query.sort.column === 'birthDate') found.sort((a, b) => (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : byName(a, b)));
      else found.sort(byName);
      return found;
    });
    return { ms, count: value.length, first: value[0]?.fullName ?? null };
  },
};

export type UiBench = typeof uiBench;
