import Dexie, { type Table } from 'dexie';
import type { OfficeProfile } from '../office/office-profile';
import { migrations } from './migrations';

export interface OfficeProfileRow extends OfficeProfile {
  /** Always `this-office`: the table holds one row. */
  readonly key: 'this-office';
}

export const defaultDatabaseName = 'so-can-bo';

/** The local database. Only domain services touch it; the UI goes through them. */
export class AppDatabase extends Dexie {
  officeProfile!: Table<OfficeProfileRow, string>;

  constructor(name: string = defaultDatabaseName, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}
