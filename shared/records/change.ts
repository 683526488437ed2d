import type { Stamp } from './stamp';

/**
 * One write of one record by one office, as the change log keeps it and bundles carry it.
 * `values` holds the fields the write set (`null` clears a field); `seen` holds, for each of them,
 * the stamp the author's copy had before the write, so a receiver can tell a later edit from a concurrent one.
 */
export interface Change {
  /** Dense per authoring office: 1, 2, 3… so a receiver can say "I have all of yours up to N". */
  readonly seq: number;
  readonly clock: number;
  readonly office: string;
  readonly type: string;
  readonly id: string;
  readonly op: 'create' | 'update' | 'delete';
  readonly values: Readonly<Record<string, unknown>>;
  readonly seen: Readonly<Record<string, Stamp>>;
  /** Wall time of the author's PC: shown to people, never used to decide. */
  readonly at: string;
}

export function changeStamp(change: Pick<Change, 'clock' | 'office'>): Stamp {
  return { clock: change.clock, office: change.office };
}

/**
 * The changes of one write transaction, stored as one row: a bulk load of thousands of records costs one
 * write to the log instead of thousands, and a batch is the unit the exchange seals and signs.
 */
export interface ChangeBatch {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly changes: readonly Change[];
}
