import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCommendation } from '../records/test-fixtures';
import { recordById } from '../queries/records-reader';
import { NotPermitted, writeRecords, type WriteContext } from '../records/write-path';
import { createOffice, dumpDatabase } from './exchange-scenario';
import { deleteNetwork, memberOf, testNetwork, type TestNetwork } from './test-network';
import { jurisdictionGuard } from './jurisdiction-guard';

let network: TestNetwork;
let guarded: WriteContext;

beforeAll(async () => {
  network = await testNetwork('guard');
  guarded = { ...network.commune.context, guard: await jurisdictionGuard(network.commune.db) };
});

afterAll(() => deleteNetwork(network));

describe('the jurisdiction guard on local writes', () => {
  it('lets an office write what its certificate covers, including records made in the same save', async () => {
    await writeRecords(guarded, async (writer) => {
      await writer.update('person', 'person-an', { phone: '0912345678' });
      const newcomer = writer.create('person', memberOf('unit-C1', 'Lê Văn Cường'));
      writer.create('commendation', sampleCommendation({ issuingLevel: 'grassroots', recipients: [{ personId: newcomer.id }, { personId: 'person-an' }] }));
    });
    expect(await recordById(network.commune.db, 'person', 'person-an')).toMatchObject({ phone: '0912345678' });
  });

  it('refuses a member added to another commune, naming the jurisdiction, and writes nothing of the save', async () => {
    const before = await dumpDatabase(network.commune.db);
    const refused = writeRecords(guarded, async (writer) => {
      await writer.update('person', 'person-an', { phone: '0987654321' });
      writer.create('person', memberOf('unit-C2', 'Phạm Văn Dũng'));
    });
    await expect(refused).rejects.toBeInstanceOf(NotPermitted);
    await expect(refused).rejects.toMatchObject({ reasonKey: 'permission.outsideJurisdiction', detail: 'Đảng bộ xã Một' });
    expect(await dumpDatabase(network.commune.db)).toEqual(before);
  });

  it('refuses renaming a unit of another commune, but not moving its own member out to it (the record was its own)', async () => {
    await expect(writeRecords(guarded, (writer) => writer.update('unit', 'unit-C2', { periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ xã Hai mới', kind: 'grassroots-committee', isGrassroots: true, parentId: 'unit-D' }] }))).rejects.toMatchObject({ reasonKey: 'permission.outsideJurisdiction' });
    await writeRecords(guarded, (writer) => writer.update('person', 'person-an', { unitId: 'unit-C2', unitHistory: [{ unitId: 'unit-C1', from: '2005-03-01', to: '2026-11-01' }, { unitId: 'unit-C2', from: '2026-11-01', to: null }] }));
    expect(await recordById(network.commune.db, 'person', 'person-an')).toMatchObject({ unitId: 'unit-C2' });
  });

  it('is not needed before enrolment or at the province', async () => {
    expect(await jurisdictionGuard(network.province.db)).toBeUndefined();
    const fresh = await createOffice(`guard-fresh-${crypto.randomUUID().slice(0, 8)}`, 'Đảng bộ xã Ba', 'grassroots', 'unit-C3', 'P.D.C3');
    expect(await jurisdictionGuard(fresh.db)).toBeUndefined();
    await fresh.db.delete();
  });
});
