/**
 * Tables a report reads whole, read once: a report asks for both its periods and each query would otherwise read the
 * same table again (IndexedDB costs about 30 µs a row here). A report makes its own cache; the report worker keeps
 * one between reports and brings it up to date from the change log (`ReportPeople.refresh`).
 */
import { recordTypes, type RecordOf, type RecordTypeName } from '../records/registry';
import type { StoredRow } from '../records/stored-record';
import type { AppDatabase } from '../storage/database';
import { recordsById, toRecord } from './records-reader';

/** A record and the index-only `_` fields of its row (for ranges); the row's stamps are not kept. */
export interface CachedRecord<T extends RecordTypeName> {
  readonly record: RecordOf<T>;
  readonly indexed: Readonly<Record<string, unknown>>;
}

const stampFields = new Set(['_created', '_stamps', '_deleted']);

function cached(row: StoredRow): CachedRecord<RecordTypeName> {
  const indexed: Record<string, unknown> = {};
  for (const key of Object.keys(row)) if (key.startsWith('_') && !stampFields.has(key)) indexed[key] = row[key];
  return { record: toRecord<RecordTypeName>(row), indexed };
}

/** The value of an indexed field of a cached record. */
const indexedValue = (entry: CachedRecord<RecordTypeName>, index: string): unknown => (index.startsWith('_') ? entry.indexed[index] : (entry.record as Readonly<Record<string, unknown>>)[index]);

/** The rows of a table a query wants: all of them, or those whose indexed field has one value (`equals`). */
export interface TablePart<T extends RecordTypeName> {
  readonly type: T;
  readonly index?: string;
  readonly equals?: string;
}

/** A range of an indexed field, as Dexie's `between(from, to, true, true)`, `belowOrEqual(to)`, `equals` or `anyOf`. */
export type KeyRange = { readonly from: string; readonly to: string } | { readonly to: string; readonly from?: undefined } | { readonly equals: string } | { readonly anyOf: ReadonlySet<string> };

export function inKeyRange(value: unknown, range: KeyRange): boolean {
  if ('equals' in range) return value === range.equals;
  if ('anyOf' in range) return typeof value === 'string' && range.anyOf.has(value);
  return typeof value === 'string' && (range.from === undefined || value >= range.from) && value <= range.to;
}

const keyOf = (part: TablePart<RecordTypeName>) => (part.index === undefined ? part.type : `${part.type}.${part.index}=${part.equals}`);
const belongs = (part: TablePart<RecordTypeName>, row: StoredRow) => !row._deleted && (part.index === undefined || row[part.index] === part.equals);

interface Held {
  readonly part: TablePart<RecordTypeName>;
  /** Read once; replaced by a new promise when changes arrive, so a report under way keeps what it started with. */
  entries: Promise<Map<string, CachedRecord<RecordTypeName>>>;
}

export class RecordCache {
  private readonly parts = new Map<string, Held>();
  /** Records read by id (people behind events…): found ones, kept until they change. */
  private readonly byId = new Map<RecordTypeName, Map<string, unknown>>();

  /** The live records of a table part, read from the database the first time. */
  async entries<T extends RecordTypeName>(db: AppDatabase, part: TablePart<T>): Promise<readonly CachedRecord<T>[]> {
    const key = keyOf(part);
    let held = this.parts.get(key);
    if (!held) {
      const table = db.recordTable(recordTypes[part.type].table);
      const rows = part.index === undefined ? table.toArray() : table.where(part.index).equals(part.equals!).toArray();
      const entries = rows.then((read) => new Map(read.filter((row) => belongs(part, row)).map((row) => [row.id, cached(row)])));
      held = { part, entries };
      this.parts.set(key, held);
      // A failed read is not kept: the next report reads again.
      entries.catch(() => this.parts.delete(key));
    }
    return [...(await held.entries).values()] as unknown as CachedRecord<T>[];
  }

  /** The live records of the ids that name one, by id; each read once. */
  async byIds<T extends RecordTypeName>(db: AppDatabase, type: T, ids: Iterable<string>): Promise<Map<string, RecordOf<T>>> {
    let known = this.byId.get(type);
    if (!known) this.byId.set(type, (known = new Map()));
    const wanted = [...new Set(ids)];
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const rows = await db.recordTable(recordTypes[type].table).bulkGet(missing);
      missing.forEach((id, index) => {
        const row = rows[index];
        known.set(id, row && !row._deleted ? toRecord<T>(row) : undefined);
      });
    }
    const found = new Map<string, RecordOf<T>>();
    for (const id of wanted) {
      const record = known.get(id) as RecordOf<T> | undefined;
      if (record) found.set(id, record);
    }
    return found;
  }

  /** Keeps a record read elsewhere (a report's pass over people), so that looking it up by id reads nothing. */
  remember<T extends RecordTypeName>(type: T, record: RecordOf<T>): void {
    let known = this.byId.get(type);
    if (!known) this.byId.set(type, (known = new Map()));
    known.set(record.id, record);
  }

  /** Takes in the records changed (written here or imported): each read again where it is kept. */
  async apply(db: AppDatabase, changes: readonly { readonly type: string; readonly id: string }[]): Promise<void> {
    const types = new Set(changes.map((change) => change.type));
    for (const change of changes) this.byId.get(change.type as RecordTypeName)?.delete(change.id);
    for (const held of this.parts.values()) {
      if (!types.has(held.part.type)) continue;
      const ids = [...new Set(changes.filter((change) => change.type === held.part.type).map((change) => change.id))];
      const before = held.entries;
      held.entries = (async () => {
        const [entries, rows] = await Promise.all([before, db.recordTable(recordTypes[held.part.type].table).bulkGet(ids)]);
        const next = new Map(entries);
        ids.forEach((id, index) => {
          const row = rows[index];
          if (row && belongs(held.part, row)) next.set(id, cached(row));
          else next.delete(id);
        });
        return next;
      })();
    }
    await Promise.all([...this.parts.values()].map((held) => held.entries));
  }
}

/** Every live record of a kind: from the report's cache when given, else read now. */
export async function recordsOf<T extends RecordTypeName>(db: AppDatabase, cache: RecordCache | undefined, part: TablePart<T>): Promise<RecordOf<T>[]> {
  if (cache) return (await cache.entries(db, part)).map((entry) => entry.record);
  const table = db.recordTable(recordTypes[part.type].table);
  const rows = part.index === undefined ? await table.toArray() : await table.where(part.index).equals(part.equals!).toArray();
  return rows.filter((row) => !row._deleted).map((row) => toRecord<T>(row));
}

/** The live records of a kind whose indexed field is in a range: from the report's cache when given, else through the index. */
export async function recordsInRange<T extends RecordTypeName>(db: AppDatabase, cache: RecordCache | undefined, type: T, index: string, range: KeyRange): Promise<RecordOf<T>[]> {
  if (cache) return (await cache.entries(db, { type })).filter((entry) => inKeyRange(indexedValue(entry, index), range)).map((entry) => entry.record);
  const where = db.recordTable(recordTypes[type].table).where(index);
  const rows = await ('equals' in range ? where.equals(range.equals) : 'anyOf' in range ? where.anyOf([...range.anyOf]) : range.from === undefined ? where.belowOrEqual(range.to) : where.between(range.from, range.to, true, true)).toArray();
  return rows.filter((row) => !row._deleted).map((row) => toRecord<T>(row));
}

/** The live records with the given ids, by id: from the report's cache when given, else read now. */
export function recordsByIdVia<T extends RecordTypeName>(db: AppDatabase, cache: RecordCache | undefined, type: T, ids: Iterable<string>): Promise<Map<string, RecordOf<T>>> {
  return cache ? cache.byIds(db, type, ids) : recordsById(db, type, ids);
}
