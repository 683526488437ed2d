import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { recordById } from '../queries/records-reader';
import { exchangeTables } from './exchange-tables';
import { profileVault } from './key-vault';
import { createOffice, dumpDatabase, enrol, rootOf, type SimOffice } from './exchange-scenario';
import { ExchangeJobs, exchangeJobResponse, planGoneKey, type ExchangeJobResponse } from './exchange-jobs';

let province: SimOffice;
let district: SimOffice;
const unit = (code: string, name: string, parentId: string | null, kind: string) => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind !== 'cell', parentId }] });

beforeAll(async () => {
  province = await createOffice('jobs-province', 'Đảng bộ tỉnh', 'province', 'P', 'P');
  district = await createOffice('jobs-district', 'Đảng bộ huyện', 'district', 'D', 'P.D');
  await enrol(province, district, await rootOf(province));
  await province.write((writer) => {
    writer.create('unit', unit('P', 'Đảng bộ tỉnh', null, 'province-committee'), 'P');
    writer.create('unit', unit('P.D', 'Đảng bộ huyện', 'P', 'district-committee'), 'D');
    writer.create('unit', unit('P.D.1', 'Chi bộ thôn 1', 'D', 'cell'), 'D1');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', unitId: 'D1', unitHistory: [{ unitId: 'D1', from: '2005-03-01', to: null }] }), 'an');
  });
});

afterAll(async () => {
  await province.db.delete();
  await district.db.delete();
});

function expectKind<K extends ExchangeJobResponse['kind']>(response: ExchangeJobResponse, kind: K): Extract<ExchangeJobResponse, { kind: K }> {
  expect(exchangeJobResponse.parse(response).kind, JSON.stringify(response).slice(0, 300)).toBe(kind);
  return response as Extract<ExchangeJobResponse, { kind: K }>;
}

describe('exchange jobs (what the worker runs)', () => {
  it('makes a bundle, previews it at the recipient without writing, and applies exactly the kept plan', async () => {
    const sending = new ExchangeJobs(province.db);
    const exported = expectKind(await sending.handle({ kind: 'export', jobId: 1, vault: profileVault, recipientOfficeId: district.profile.officeId }), 'exported');
    expect(exported).toMatchObject({ recipientName: 'Ban Tổ chức Đảng bộ huyện', sequence: 1, counts: { batches: 1, changes: 4 } });
    expect(exported.fileName).toMatch(/\.scb$/);

    const receiving = new ExchangeJobs(district.db);
    const before = await dumpDatabase(district.db);
    const analyzed = expectKind(await receiving.handle({ kind: 'analyze', jobId: 2, vault: profileVault, fileName: exported.fileName, bytes: exported.bytes }), 'analyzed');
    expect(await dumpDatabase(district.db)).toEqual(before);
    expect(analyzed.preview).toMatchObject({ sender: { officeId: province.profile.officeId }, sequence: 1, alreadyImported: false, counts: { newRecords: 4, conflicts: 0, quarantined: 0 } });
    expect(analyzed.file).toMatchObject({ name: exported.fileName, size: exported.bytes.byteLength });
    expect(analyzed.file.sha256).toMatch(/^[0-9a-f]{64}$/);

    expect(await receiving.handle({ kind: 'apply', jobId: 3, planId: analyzed.planId + 1 })).toEqual({ kind: 'refused', jobId: 3, reasonKey: planGoneKey, detail: '' });
    expect(await recordById(district.db, 'person', 'an')).toBeUndefined();
    const applied = expectKind(await receiving.handle({ kind: 'apply', jobId: 4, planId: analyzed.planId }), 'applied');
    expect(applied.preview.counts.newRecords).toBe(4);
    expect(await recordById(district.db, 'person', 'an')).toMatchObject({ fullName: 'Nguyễn Văn An' });
    // The plan is used once.
    expectKind(await receiving.handle({ kind: 'apply', jobId: 5, planId: analyzed.planId }), 'refused');

    const again = expectKind(await receiving.handle({ kind: 'analyze', jobId: 6, vault: profileVault, fileName: exported.fileName, bytes: exported.bytes }), 'analyzed');
    expect(again.preview.alreadyImported).toBe(true);
    expectKind(await receiving.handle({ kind: 'discard', jobId: 7, planId: again.planId }), 'discarded');
    expectKind(await receiving.handle({ kind: 'apply', jobId: 8, planId: again.planId }), 'refused');
  });

  it('refuses a damaged file with the engine reason, journals the refusal and writes nothing else', async () => {
    const { bytes, fileName } = expectKind(await new ExchangeJobs(province.db).handle({ kind: 'export', jobId: 1, vault: profileVault, recipientOfficeId: district.profile.officeId }), 'exported');
    const damaged = bytes.slice(0, bytes.length - 50);
    const receiving = new ExchangeJobs(district.db, () => new Date('2026-03-01T08:00:00Z'));
    const before = await dumpDatabase(district.db);
    const refused = await receiving.handle({ kind: 'analyze', jobId: 9, vault: profileVault, fileName, bytes: damaged });
    expect(refused).toEqual({ kind: 'refused', jobId: 9, reasonKey: 'exchange.truncated', detail: '' });
    const after = await dumpDatabase(district.db);
    expect({ ...after, exchangeJournal: [] }).toEqual({ ...before, exchangeJournal: [] });
    const journal = await exchangeTables(district.db).journal.toArray();
    expect(journal[journal.length - 1]).toMatchObject({ at: '2026-03-01T08:00:00.000Z', direction: 'import', peer: '', fileName, result: 'refused', detail: 'exchange.truncated' });

    const notOurs = await receiving.handle({ kind: 'analyze', jobId: 10, vault: profileVault, fileName: 'x.scb', bytes: new TextEncoder().encode('{"hello":1}') });
    expect(notOurs).toMatchObject({ kind: 'refused', reasonKey: 'exchange.notABundle' });
  });

  it('names the refusal detail apart from its key (a bundle for another office)', async () => {
    const { bytes } = expectKind(await new ExchangeJobs(province.db).handle({ kind: 'export', jobId: 1, vault: profileVault, recipientOfficeId: district.profile.officeId }), 'exported');
    expect(await new ExchangeJobs(province.db).handle({ kind: 'analyze', jobId: 2, vault: profileVault, fileName: 'a.scb', bytes })).toEqual({ kind: 'refused', jobId: 2, reasonKey: 'exchange.wrongRecipient', detail: 'Ban Tổ chức Đảng bộ huyện' });
  });

  it('refuses to export for an office it does not know', async () => {
    expect(await new ExchangeJobs(province.db).handle({ kind: 'export', jobId: 1, vault: profileVault, recipientOfficeId: 'nobody' })).toEqual({ kind: 'refused', jobId: 1, reasonKey: 'exchange.unknownOffice', detail: 'nobody' });
  });
});
