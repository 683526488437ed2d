/**
 * Fills the people index from the local database, and keeps it current by re-reading what the change log says
 * was written since. People are read a page at a time, so only the index, never 300,000 records, stays in memory.
 */
import type { IsoDate } from '../dates/partial-date';
import { loadCatalogs } from '../catalogs/catalog-service';
import { appliedVector, importedChangesBetween } from '../exchange/imported-changes';
import { readChanges } from '../records/change-log';
import { recordTypes } from '../records/registry';
import { allRecords, toRecord } from '../queries/records-reader';
import type { Person } from '../people/person';
import type { AppDatabase } from '../storage/database';
import { currentTermEnds, planningPoolOn } from './event-facts';
import { PeopleIndex } from './people-index';

const pageSize = 5000;
/** Past this many changed people, reading everyone again is cheaper than patching. */
const patchLimit = 20_000;

/** How far into the changes an index has read: this office's own, and those imports applied. */
export interface ChangePosition {
  readonly seq: number;
  readonly applied: Readonly<Record<string, number>>;
}

export interface LoadedIndex {
  readonly index: PeopleIndex;
  readonly position: ChangePosition;
}

/** Today on this computer's calendar: what "as at today" means for the people index. */
export function localDay(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function currentPosition(db: AppDatabase): Promise<ChangePosition> {
  return { seq: (await db.officeState.get('clock'))?.seq ?? 0, applied: await appliedVector(db) };
}

const samePosition = (a: ChangePosition, b: ChangePosition) => a.seq === b.seq && JSON.stringify(Object.entries(a.applied).sort()) === JSON.stringify(Object.entries(b.applied).sort());

async function eventFacts(db: AppDatabase, day: IsoDate) {
  const [movements, candidates] = await Promise.all([allRecords(db, 'movement'), allRecords(db, 'planningCandidate')]);
  return { termEnds: currentTermEnds(movements, day), planningPool: planningPoolOn(candidates, day) };
}

export interface LoadOptions {
  /** Called after each page of people with how many are indexed so far. */
  readonly onProgress?: (loaded: number) => void;
  readonly pageSize?: number;
}

export async function loadPeopleIndex(db: AppDatabase, day: IsoDate, options: LoadOptions = {}): Promise<LoadedIndex> {
  // Read first: whatever is written while the people load is caught by the next refresh.
  const position = await currentPosition(db);
  const [units, catalogs, facts] = await Promise.all([allRecords(db, 'unit'), loadCatalogs(db), eventFacts(db, day)]);
  const index = new PeopleIndex({ day, units, catalogs, ...facts });
  const table = db.recordTable(recordTypes.person.table);
  let after = '';
  for (;;) {
    const page = await table.where(':id').above(after).limit(options.pageSize ?? pageSize).toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    index.upsert(page.filter((row) => !row._deleted).map((row) => toRecord<'person'>(row)));
    options.onProgress?.(index.count);
  }
  return { index, position };
}

/** What a refresh did: nothing, patched the index in place, or found too much changed and read everything again. */
export type RefreshOutcome = { readonly kind: 'unchanged' | 'patched'; readonly position: ChangePosition } | ({ readonly kind: 'reloaded' } & LoadedIndex);

/** Brings the index up to date with the changes written since `position` (by this window, a worker, another tab or an import). */
export async function refreshPeopleIndex(db: AppDatabase, index: PeopleIndex, position: ChangePosition, onProgress?: (loaded: number) => void): Promise<RefreshOutcome> {
  const latest = await currentPosition(db);
  if (samePosition(latest, position)) return { kind: 'unchanged', position };
  const changes = [...(await readChanges(db, position.seq)).filter((change) => change.seq <= latest.seq), ...(await importedChangesBetween(db, position.applied, latest.applied))];
  const people = new Set(changes.filter((change) => change.type === 'person').map((change) => change.id));
  if (people.size > patchLimit) return { kind: 'reloaded', ...(await loadPeopleIndex(db, index.day, onProgress ? { onProgress } : {})) };
  const types = new Set(changes.map((change) => change.type));
  if (types.has('unit')) index.setUnits(await allRecords(db, 'unit'));
  if (types.has('catalogEntry')) index.setCatalogs(await loadCatalogs(db));
  if (types.has('movement') || types.has('planningCandidate')) {
    const facts = await eventFacts(db, index.day);
    index.setEventFacts(facts.termEnds, facts.planningPool);
  }
  if (people.size > 0) {
    const rows = await db.recordTable(recordTypes.person.table).bulkGet([...people]);
    const found: Person[] = [];
    for (const row of rows) if (row && !row._deleted) found.push(toRecord<'person'>(row));
    index.upsert(found);
    const kept = new Set(found.map((person) => person.id));
    index.remove([...people].filter((id) => !kept.has(id)));
  }
  return { kind: 'patched', position: latest };
}
