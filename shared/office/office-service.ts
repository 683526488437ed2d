import { newId } from '../ids';
import type { AppDatabase } from '../storage/database';
import { toFieldIssues, ValidationFailed } from '../validation/issues';
import { officeProfileInput, type OfficeProfile, type OfficeProfileInput } from './office-profile';

const rowKey = 'this-office';

export async function loadOfficeProfile(db: AppDatabase): Promise<OfficeProfile | null> {
  const row = await db.officeProfile.get(rowKey);
  if (!row) return null;
  const { key: _key, ...profile } = row;
  return profile;
}

/**
 * Stores which office this installation is. The office id is kept across edits:
 * it is what other offices will know this one by.
 */
export async function saveOfficeProfile(db: AppDatabase, input: OfficeProfileInput, now: () => Date = () => new Date()): Promise<OfficeProfile> {
  const parsed = officeProfileInput.safeParse(input);
  if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
  return db.transaction('rw', db.officeProfile, async () => {
    const existing = await db.officeProfile.get(rowKey);
    const profile: OfficeProfile = {
      officeId: existing?.officeId ?? newId(),
      ...parsed.data,
      configuredAt: existing?.configuredAt ?? now().toISOString(),
    };
    await db.officeProfile.put({ key: rowKey, ...profile });
    return profile;
  });
}
