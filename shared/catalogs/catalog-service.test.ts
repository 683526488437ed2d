import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords } from '../records/write-path';
import { NotPermitted } from '../records/write-path';
import { countChanges } from '../records/change-log';
import { findEntry } from './catalog';
import { loadCatalogs, saveCatalogEntry } from './catalog-service';
import { sampleCatalogEntry } from '../records/test-fixtures';

let db: AppDatabase;
afterEach(() => db.delete());

describe('catalogs in force', () => {
  it('start as the official lists', async () => {
    db = new AppDatabase('catalogs-official');
    const entries = await loadCatalogs(db);
    expect(entries.filter((entry) => entry.catalog === 'ethnicity')).toHaveLength(54);
    expect(findEntry(entries, 'ethnicity', '08')?.name).toBe("H'Mông");
  });

  it('take the province additions and overrides', async () => {
    db = new AppDatabase('catalogs-province');
    const province = { db, office: { officeId: 'province', level: 'province' as const } };
    await writeRecords(province, async (writer) => {
      await saveCatalogEntry(writer, sampleCatalogEntry());
      await saveCatalogEntry(writer, { catalog: 'religion', code: '15', name: 'Tôn giáo khác (ghi rõ)', validFrom: null, validTo: null, sortOrder: 15 });
    });
    const entries = await loadCatalogs(db);
    expect(findEntry(entries, 'governmentPost', 'commune-police-chief')?.name).toBe('Trưởng Công an xã');
    expect(findEntry(entries, 'religion', '15')?.name).toBe('Tôn giáo khác (ghi rõ)');
    expect(entries.filter((entry) => entry.catalog === 'religion' && entry.code === '15')).toHaveLength(1);
  });

  it('cannot be changed below the province, and a refused change writes nothing', async () => {
    db = new AppDatabase('catalogs-district');
    for (const level of ['district', 'bloc', 'grassroots'] as const) {
      const attempt = writeRecords({ db, office: { officeId: level, level } }, (writer) => saveCatalogEntry(writer, sampleCatalogEntry()));
      await expect(attempt).rejects.toBeInstanceOf(NotPermitted);
      await expect(attempt).rejects.toMatchObject({ reasonKey: 'permission.catalogProvinceOnly' });
    }
    expect(await countChanges(db)).toBe(0);
    const province = { db, office: { officeId: 'p', level: 'province' as const } };
    await writeRecords(province, (writer) => saveCatalogEntry(writer, sampleCatalogEntry()));
    await expect(writeRecords({ db, office: { officeId: 'd', level: 'district' } }, (writer) => writer.update('catalogEntry', 'governmentPost:commune-police-chief', { name: 'Sửa' }))).rejects.toBeInstanceOf(NotPermitted);
  });
});
