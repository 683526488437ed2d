/**
 * The unit tree and people as this office holds them, read for scope and authority decisions: by the import (which
 * records it may take, and from whom) and by the local write guard (which records this office may write).
 */
import type { AppDatabase } from '../storage/database';
import type { Change } from '../records/change';
import type { StoredRow } from '../records/stored-record';
import { recordTypes } from '../records/registry';
import { latestPeriod, type Unit } from '../organization/unit';
import { peopleNamed, type UnitLookup } from './jurisdiction';

export type EditableUnitLookup = UnitLookup & { setUnit(id: string, parentId: string | null): void; setPerson(id: string, units: string[]): void };

/** The unit tree and people as this office holds them, for scope and authority decisions. */
export async function loadLookup(db: AppDatabase): Promise<EditableUnitLookup> {
  const parents = new Map<string, string | null>();
  for (const row of await db.recordTable(recordTypes.unit.table).toArray()) {
    const periods = (row as unknown as Unit).periods;
    if (Array.isArray(periods) && periods.length > 0) parents.set(row.id, latestPeriod(row as unknown as Unit).parentId);
  }
  const personUnits = new Map<string, string[]>();
  return {
    parentOf: (id) => parents.get(id),
    unitsOfPerson: (id) => personUnits.get(id) ?? [],
    setUnit: (id, parentId) => void parents.set(id, parentId),
    setPerson: (id, units) => void personUnits.set(id, units),
  };
}

/**
 * Rows by id, missing ones included as undefined. A large set is read in one key-ordered cursor pass instead of
 * one request per id, and an empty table is not read at all (a first snapshot).
 */
export async function rowsById(db: AppDatabase, table: string, ids: readonly string[]): Promise<Map<string, StoredRow | undefined>> {
  const found = new Map<string, StoredRow | undefined>();
  const store = db.recordTable(table);
  if (ids.length > 1000) {
    if ((await store.count()) > 0) for (const row of await store.where(':id').anyOf([...ids]).toArray()) found.set(row.id, row);
  } else {
    (await store.bulkGet([...ids])).forEach((row, index) => row && found.set(ids[index]!, row));
  }
  return found;
}

export function unitsOfPersonRow(row: Record<string, unknown> | undefined): string[] {
  if (!row) return [];
  const history = Array.isArray(row.unitHistory) ? (row.unitHistory as { unitId?: unknown }[]).map((item) => item.unitId).filter((id): id is string => typeof id === 'string') : [];
  return typeof row.unitId === 'string' ? [row.unitId, ...history] : history;
}

export async function loadPeopleInto(db: AppDatabase, lookup: EditableUnitLookup, ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const rows = await rowsById(db, recordTypes.person.table, wanted);
  for (const id of wanted) lookup.setPerson(id, unitsOfPersonRow(rows.get(id)));
}

export function referencedPeople(changes: readonly Change[]): Set<string> {
  const people = new Set<string>();
  for (const change of changes) for (const id of peopleNamed(change)) people.add(id);
  return people;
}

export function latestParent(row: Readonly<Record<string, unknown>>): string | null {
  const periods = row.periods;
  return Array.isArray(periods) && periods.length > 0 ? ((periods[periods.length - 1] as { parentId?: string | null }).parentId ?? null) : null;
}
