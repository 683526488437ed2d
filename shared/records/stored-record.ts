import type { Stamp } from './stamp';

/**
 * A record as the database holds it: its fields, index-only values (`_…`), and the stamps that tell
 * which write set each field. Stamps are sparse: a field never changed since creation carries the creation stamp.
 */
export interface RecordMeta {
  readonly _created: Stamp;
  readonly _stamps: Readonly<Record<string, Stamp>>;
  /** Set when the record was deleted: the row stays as a tombstone so the deletion can travel. */
  readonly _deleted?: Stamp;
}

export type StoredRow = { readonly id: string } & RecordMeta & Record<string, unknown>;

export function fieldStamp(row: RecordMeta, field: string): Stamp {
  return row._stamps[field] ?? row._created;
}

/** The record's own fields: without the id, stamps and index-only values. */
export function recordFields(row: StoredRow): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key !== 'id' && !key.startsWith('_')) fields[key] = value;
  return fields;
}
