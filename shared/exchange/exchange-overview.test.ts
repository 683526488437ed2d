import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson, samplePersonHistory, sampleUnit } from '../records/test-fixtures';
import { sha256Hex } from '../hash';
import { carry, createOffice, enrol, importBytes, rootOf, type SimOffice } from './exchange-scenario';
import { revokeOffice } from './identity-service';
import { conflictViews, hashHex, journalViews, knownOffices, peerStatuses, quarantineViews, recordCaptions } from './exchange-overview';
import { exportBundle, recordDelivery } from './bundle-service';

let province: SimOffice;
let district: SimOffice;
let commune: SimOffice;
let otherCommune: SimOffice;
const unit = (code: string, name: string, parentId: string | null, kind: string) => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind !== 'cell', parentId }] });

beforeAll(async () => {
  province = await createOffice('overview-province', 'Đảng bộ tỉnh', 'province', 'P', 'P');
  district = await createOffice('overview-district', 'Đảng bộ huyện', 'district', 'D', 'P.D');
  commune = await createOffice('overview-commune', 'Đảng bộ xã Một', 'grassroots', 'C', 'P.D.C');
  otherCommune = await createOffice('overview-commune2', 'Đảng bộ xã Hai', 'grassroots', 'C2', 'P.D.C2');
  const code = await rootOf(province);
  await enrol(province, district, code);
  await enrol(district, commune, code);
  await enrol(district, otherCommune, code);
  await province.write((writer) => {
    writer.create('unit', unit('P', 'Đảng bộ tỉnh', null, 'province-committee'), 'P');
    writer.create('unit', unit('P.D', 'Đảng bộ huyện', 'P', 'district-committee'), 'D');
    writer.create('unit', unit('P.D.C', 'Đảng bộ xã Một', 'D', 'grassroots-committee'), 'C');
    writer.create('unit', unit('P.D.C2', 'Đảng bộ xã Hai', 'D', 'grassroots-committee'), 'C2');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', unitId: 'C', unitHistory: [{ unitId: 'C', from: '2005-03-01', to: null }] }), 'an');
    writer.create('personHistory', samplePersonHistory('training', { personId: 'an' }), 'an-training');
  });
  await carry(province, district);
  await carry(district, commune);
});

afterAll(async () => {
  for (const office of [province, district, commune, otherCommune]) await office.db.delete();
});

describe('the offices an office knows', () => {
  it('tells this office, the one above, those it certified and the others apart', async () => {
    const offices = await knownOffices(district.db);
    expect(offices.map((office) => [office.officeName, office.relation])).toEqual([
      ['Ban Tổ chức Đảng bộ huyện', 'self'],
      ['Ban Tổ chức Đảng bộ tỉnh', 'parent'],
      ['Ban Tổ chức Đảng bộ xã Hai', 'child'],
      ['Ban Tổ chức Đảng bộ xã Một', 'child'],
    ]);
    expect(offices[2]).toMatchObject({ level: 'grassroots', jurisdictionUnitId: 'C2', jurisdictionUnitName: 'Đảng bộ xã Hai', revokedReason: null });
    // The commune knows the province as above it (not its parent), and its sibling as neither.
    const fromCommune = await knownOffices(commune.db);
    expect(Object.fromEntries(fromCommune.map((office) => [office.officeName, office.relation]))).toMatchObject({
      'Ban Tổ chức Đảng bộ tỉnh': 'above',
      'Ban Tổ chức Đảng bộ huyện': 'parent',
      'Ban Tổ chức Đảng bộ xã Một': 'self',
    });
    expect((await knownOffices(province.db)).find((office) => office.officeName === 'Ban Tổ chức Đảng bộ huyện')?.relation).toBe('child');
  });

  it('shows a revoked office with the reason given', async () => {
    const spare = await createOffice('overview-spare', 'Đảng bộ xã Ba', 'grassroots', 'C3', 'P.D.C3');
    await enrol(district, spare, await rootOf(province));
    await revokeOffice(district.db, district.vault, spare.profile.officeId, 'Máy bị mất');
    expect((await knownOffices(district.db)).find((office) => office.officeId === spare.profile.officeId)).toMatchObject({ relation: 'child', revokedReason: 'Máy bị mất' });
    await spare.db.delete();
  });
});

describe('what each neighbour has acknowledged', () => {
  it('counts our changes still on their way, since when, and the receipt that settles them', async () => {
    await commune.write((writer) => writer.update('person', 'an', { phone: '0912345678' }));
    await commune.write((writer) => writer.update('person', 'an', { workplace: 'UBND xã' }));
    const pending = (await peerStatuses(commune.db)).find((status) => status.office.relation === 'parent')!;
    expect(pending).toMatchObject({ ownSequence: 2, acknowledgedOwn: 0, outstandingOwn: 2, sentSequence: 0, lastSentAt: null });
    const firstChange = (await commune.db.changeBatches.toArray())[0]!.changes[0]!;
    expect(pending.outstandingSince).toBe(firstChange.at);

    await carry(commune, district);
    // The district now holds the commune's changes that the province has not acknowledged.
    expect((await peerStatuses(district.db)).find((status) => status.office.relation === 'parent')).toMatchObject({ outstandingRelayed: 2, outstandingOwn: 0 });
    await carry(district, commune);
    const settled = (await peerStatuses(commune.db)).find((status) => status.office.relation === 'parent')!;
    expect(settled).toMatchObject({ ownSequence: 2, acknowledgedOwn: 2, outstandingOwn: 0, outstandingSince: null, sentSequence: 1 });
    expect(settled.lastReceivedAt).not.toBeNull();
    expect(settled.acknowledgedAt).not.toBeNull();
    // Only the offices it exchanges with: the district lists the province and its communes, not the revoked one.
    expect((await peerStatuses(district.db)).map((status) => status.office.officeName).sort()).toEqual(['Ban Tổ chức Đảng bộ tỉnh', 'Ban Tổ chức Đảng bộ xã Hai', 'Ban Tổ chức Đảng bộ xã Một'].sort());
  });
});

describe('conflicts, quarantine and journal as people read them', () => {
  it('names the record, the offices behind each value and the file whose import found the clash', async () => {
    await district.write((writer) => writer.update('person', 'an', { currentPost: 'Phó Bí thư' }));
    await commune.write((writer) => writer.update('person', 'an', { currentPost: 'Bí thư' }));
    const { bytes, fileName } = await exportBundle(commune.db, commune.vault, district.profile.officeId);
    await importBytes(district, bytes, fileName);
    const [conflict] = await conflictViews(district.db);
    expect(conflict).toMatchObject({ field: 'currentPost', isDeletion: false, record: { type: 'person', recordId: 'an', name: 'Nguyễn Văn An', personId: 'an' } });
    const byOffice = Object.fromEntries(conflict!.candidates.map((candidate) => [candidate.officeName, candidate]));
    expect(byOffice['Ban Tổ chức Đảng bộ huyện']).toMatchObject({ value: 'Phó Bí thư', ours: true });
    expect(byOffice['Ban Tổ chức Đảng bộ xã Một']).toMatchObject({ value: 'Bí thư', ours: false });
    expect(conflict!.bundles).toEqual([{ bundleId: expect.any(String), fileName, receivedAt: expect.any(String) }]);
    expect(conflict!.candidates.filter((candidate) => candidate.current)).toHaveLength(1);
  });

  it('lists a held change with its reason, author and the record it would have written', async () => {
    await commune.write((writer) => writer.create('person', samplePerson({ fullName: 'Lê Văn Cường', unitId: 'C2', unitHistory: [{ unitId: 'C2', from: '2020-01-01', to: null }] }), 'cuong'));
    await carry(commune, district);
    const [held] = await quarantineViews(district.db);
    expect(held).toMatchObject({ reasonKey: 'exchange.outsideJurisdiction', authorName: 'Ban Tổ chức Đảng bộ xã Một', operation: 'create', record: { type: 'person', name: 'Lê Văn Cường' } });
    expect(held!.fields).toContain('fullName');
    expect(held!.bundle?.fileName).toMatch(/\.scb$/);
  });

  it('names a record about a person after the person', async () => {
    expect(await recordCaptions(district.db, [{ type: 'personHistory', recordId: 'an-training' }, { type: 'unit', recordId: 'C' }, { type: 'person', recordId: 'unknown' }, { type: 'somethingNew', recordId: 'x' }])).toEqual([
      { type: 'personHistory', recordId: 'an-training', name: 'Nguyễn Văn An', personId: 'an' },
      { type: 'unit', recordId: 'C', name: 'Đảng bộ xã Một', personId: null },
      { type: 'person', recordId: 'unknown', name: null, personId: 'unknown' },
      { type: 'somethingNew', recordId: 'x', name: null, personId: null },
    ]);
  });

  it('lists the journal newest first with office names and hex hashes', async () => {
    const { bytes, fileName, delivery } = await exportBundle(district.db, district.vault, province.profile.officeId);
    await recordDelivery(district.db, delivery);
    const [latest] = await journalViews(district.db);
    expect(latest).toMatchObject({ direction: 'export', peerName: 'Ban Tổ chức Đảng bộ tỉnh', fileName, result: 'ok', sha256: await sha256Hex(bytes) });
    expect(hashHex('AAEC_w')).toBe('000102ff');
  });
});
