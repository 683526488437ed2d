import type { Transaction } from 'dexie';

/** One numbered schema step. Old steps are never edited or removed: Dexie needs every version to upgrade old databases. */
export interface Migration {
  readonly version: number;
  /** Dexie store definitions added or changed in this version (`null` deletes a table). */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}
