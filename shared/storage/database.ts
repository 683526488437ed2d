import Dexie, { type Table } from 'dexie';
import type { OfficeProfile } from '../office/office-profile';
import type { ChangeBatch } from '../records/change';
import type { StoredRow } from '../records/stored-record';
import { migrations } from './migrations';

export interface OfficeProfileRow extends OfficeProfile {
  /** Always `this-office`: the table holds one row. */
  readonly key: 'this-office';
}

/** This office's logical time: the Lamport clock and the last sequence number it gave to one of its own changes. */
export interface ClockRow {
  readonly key: 'clock';
  readonly clock: number;
  readonly seq: number;
}

export const defaultDatabaseName = 'so-can-bo';

/** The local database. Only domain services touch it; the UI goes through them. */
export class AppDatabase extends Dexie {
  officeProfile!: Table<OfficeProfileRow, string>;
  officeState!: Table<ClockRow, string>;
  changeBatches!: Table<ChangeBatch, number>;

  constructor(name: string = defaultDatabaseName, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }

  recordTable(table: string): Table<StoredRow, string> {
    return this.table(table);
  }
}
