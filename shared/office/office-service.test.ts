import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { loadOfficeProfile, saveOfficeProfile } from './office-service';

let db: AppDatabase;
let counter = 0;
const freshDatabase = () => (db = new AppDatabase(`office-test-${++counter}`));
afterEach(async () => db.delete());

const validInput = { officeName: 'Ban Tổ chức Tỉnh ủy Phú Thọ', level: 'province', unitName: 'Đảng bộ tỉnh Phú Thọ', unitCode: 'pt' } as const;

describe('office profile', () => {
  it('is absent on a new installation', async () => {
    expect(await loadOfficeProfile(freshDatabase())).toBeNull();
  });

  it('stores a valid profile, normalising the unit code', async () => {
    freshDatabase();
    const saved = await saveOfficeProfile(db, validInput, () => new Date('2026-01-02T03:04:05Z'));
    expect(saved).toMatchObject({ officeName: 'Ban Tổ chức Tỉnh ủy Phú Thọ', level: 'province', unitCode: 'PT', configuredAt: '2026-01-02T03:04:05.000Z' });
    expect(await loadOfficeProfile(db)).toEqual(saved);
  });

  it('keeps the office id when the profile is edited', async () => {
    freshDatabase();
    const first = await saveOfficeProfile(db, validInput);
    const second = await saveOfficeProfile(db, { ...validInput, officeName: 'Ban Tổ chức Tỉnh ủy Phú Thọ (mới)' });
    expect(second.officeId).toBe(first.officeId);
    expect(second.officeName).toBe('Ban Tổ chức Tỉnh ủy Phú Thọ (mới)');
  });

  it.each([
    ['empty office name', { ...validInput, officeName: '   ' }, 'officeName', 'validation.required'],
    ['short office name', { ...validInput, officeName: 'BTC' }, 'officeName', 'validation.tooShort'],
    ['unknown level', { ...validInput, level: 'central' }, 'level', 'validation.chooseOne'],
    ['empty unit name', { ...validInput, unitName: '' }, 'unitName', 'validation.required'],
    ['unit code with spaces', { ...validInput, unitCode: 'P T' }, 'unitCode', 'validation.unitCodeFormat'],
    ['overlong unit code', { ...validInput, unitCode: 'X'.repeat(21) }, 'unitCode', 'validation.tooLong'],
  ])('refuses %s and writes nothing', async (_name, input, field, messageKey) => {
    freshDatabase();
    const attempt = saveOfficeProfile(db, input as never);
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ field, messageKey })] });
    expect(await db.officeProfile.count()).toBe(0);
  });
});
