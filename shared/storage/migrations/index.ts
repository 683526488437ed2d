import type { Migration } from './migration';
import { officeProfileMigration } from './001-office-profile';
import { recordsMigration } from './002-records';
import { lifeEventsMigration } from './003-life-events';
import { catalogEntriesMigration } from './004-catalog-entries';
import { exchangeMigration } from './005-exchange';
import { personPhotosMigration } from './006-person-photos';

export const migrations: readonly Migration[] = [officeProfileMigration, recordsMigration, lifeEventsMigration, catalogEntriesMigration, exchangeMigration, personPhotosMigration];
