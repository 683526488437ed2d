/**
 * Field-level merge of one received change into the local copy of a record.
 *
 * Each field keeps the stamp of the write that set it. A received write whose author had seen exactly our stamp
 * continues our history and is applied. Otherwise the two writes are concurrent: the one with the greater stamp
 * wins provisionally (the same everywhere, so offices converge) and the other is kept as a conflict for the owning
 * office to resolve. Changes are applied in Lamport-clock order, so a write always arrives after the writes it had
 * seen; a write we already hold is recognised by its author's sequence and never applied twice.
 */
import type { Change } from '../records/change';
import { compareStamps, sameStamp, type Stamp } from '../records/stamp';
import type { StoredRow } from '../records/stored-record';

export interface StampedValue {
  readonly value: unknown;
  readonly stamp: Stamp;
}

/** Two concurrent writes of one field: the provisional winner (now in the record) and the other, kept. */
export interface FieldConflict {
  readonly field: string;
  readonly winner: StampedValue;
  readonly loser: StampedValue;
}

export interface MergeOutcome {
  readonly row: StoredRow;
  readonly conflicts: readonly FieldConflict[];
}

/** The pseudo-field under which a deletion competes with concurrent edits. */
export const deletionField = '_deleted';

/** How the record type reads `null` for a field: a value (open end date) or "cleared". */
export type NullableField = (field: string) => boolean;

/** The stamp of the write that set a field here, or undefined for a field never set (nothing to clash with). */
function currentStamp(row: StoredRow, field: string): Stamp | undefined {
  return row._stamps[field] ?? (Object.hasOwn(row, field) ? row._created : undefined);
}

function stampOf(change: Change): Stamp {
  return { clock: change.clock, office: change.office };
}

function setField(fields: Record<string, unknown>, field: string, value: unknown, nullable: NullableField): void {
  if (value === undefined || (value === null && !nullable(field))) delete fields[field];
  else fields[field] = value;
}

export function mergeChange(row: StoredRow | undefined, change: Change, nullable: NullableField): MergeOutcome {
  const incoming = stampOf(change);
  if (!row) {
    // First we hear of this record (its creation may lie outside what we were sent): take the change whole.
    const fields: Record<string, unknown> = { id: change.id };
    for (const [field, value] of Object.entries(change.values)) setField(fields, field, value, nullable);
    return {
      row: { ...fields, id: change.id, _created: incoming, _stamps: {}, ...(change.op === 'delete' ? { _deleted: incoming } : {}) } as StoredRow,
      conflicts: [],
    };
  }

  const fields: Record<string, unknown> = { ...row };
  const stamps: Record<string, Stamp> = { ...row._stamps };
  const conflicts: FieldConflict[] = [];

  if (change.op === 'delete') {
    const existing = row._deleted;
    const deleted = existing === undefined || compareStamps(incoming, existing) > 0 ? incoming : existing;
    // Fields written concurrently with the deletion (not seen by its author) are kept, and the clash is shown.
    for (const [field, seen] of Object.entries(change.seen)) {
      const local = currentStamp(row, field);
      if (local !== undefined && !sameStamp(local, seen)) {
        conflicts.push({ field: deletionField, winner: { value: true, stamp: incoming }, loser: { value: { [field]: row[field] }, stamp: local } });
      }
    }
    return { row: { ...fields, _stamps: stamps, _deleted: deleted } as StoredRow, conflicts };
  }

  for (const [field, value] of Object.entries(change.values)) {
    const local = currentStamp(row, field);
    const seen = change.seen[field];
    if (local !== undefined && sameStamp(local, incoming)) continue;
    if (local === undefined || (seen !== undefined && sameStamp(local, seen))) {
      setField(fields, field, value, nullable);
      stamps[field] = incoming;
      continue;
    }
    const mine: StampedValue = { value: row[field] ?? null, stamp: local };
    const theirs: StampedValue = { value, stamp: incoming };
    if (compareStamps(incoming, local) > 0) {
      setField(fields, field, value, nullable);
      stamps[field] = incoming;
      conflicts.push({ field, winner: theirs, loser: mine });
    } else {
      conflicts.push({ field, winner: mine, loser: theirs });
    }
  }
  if (row._deleted !== undefined) {
    conflicts.push({ field: deletionField, winner: { value: true, stamp: row._deleted }, loser: { value: change.values, stamp: incoming } });
  }
  return { row: { ...fields, _created: row._created, _stamps: stamps } as StoredRow, conflicts };
}
