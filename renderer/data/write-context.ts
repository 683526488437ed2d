/** The context of this office's writes: its id and level from the profile, and its jurisdiction guard. */
import { jurisdictionGuard } from '../../shared/exchange/jurisdiction-guard';
import { loadOfficeProfile } from '../../shared/office/office-service';
import type { WriteContext } from '../../shared/records/write-path';
import type { AppDatabase } from '../../shared/storage/database';

export class OfficeNotConfigured extends Error {
  constructor() {
    super('The office profile is not set up');
    this.name = 'OfficeNotConfigured';
  }
}

/** Read per write, so an edited profile or a new certificate applies at once. */
export async function officeWriteContext(db: AppDatabase): Promise<WriteContext> {
  const office = await loadOfficeProfile(db);
  if (!office) throw new OfficeNotConfigured();
  return { db, office: { officeId: office.officeId, level: office.level }, guard: await jurisdictionGuard(db) };
}
