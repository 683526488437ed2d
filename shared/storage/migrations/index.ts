import type { Migration } from './migration';
import { officeProfileMigration } from './001-office-profile';

export const migrations: readonly Migration[] = [officeProfileMigration];
