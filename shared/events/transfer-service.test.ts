import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordById } from '../queries/records-reader';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { expectRefused, workflowTestOffice } from './workflow-test-office';
import { acceptTransfer, closeTransfer, issueTransfer, loadTransferRegister, signTransferHop } from './transfer-service';

let db: AppDatabase;
let context: WriteContext;
const today = '2025-10-20';

beforeEach(async () => {
  context = await workflowTestOffice('transfer-service', new Date(2025, 9, 20, 9, 30));
  db = context.db;
  await writeRecords(context, (writer) => {
    writer.create('person', fixtures.samplePerson({ fullMembershipDate: '2006-03-01' }), 'p1');
    writer.create('person', fixtures.samplePerson({ fullName: 'Trần Thị Bình', sex: 'female', citizenId: undefined, memberStatus: 'sympathizer', admissionDate: undefined }), 'p2');
    writer.create('person', fixtures.samplePerson({ fullName: 'Lê Văn Cường', citizenId: undefined, unitId: 'other', unitHistory: [{ unitId: 'other', from: '2005-03-01', to: null }] }), 'p3');
  });
});
afterEach(() => db.delete());

const letter = { personId: 'p1', kind: 'permanent', letterNumber: '215-GGT/HU', destination: 'Chi bộ Khu 5, Đảng ủy phường Gia Cẩm', issuedOn: '2025-09-02', signedBy: 'Đảng ủy xã Vân Phú' };

describe('issuing an introduction letter', () => {
  it('sends the member out with 30 days to present it, the first box signed', async () => {
    const transfer = await issueTransfer(context, letter, today);
    expect(transfer).toMatchObject({ fromUnitId: 'u1', status: 'issued', presentBy: '2025-10-02', hops: [{ office: 'Đảng ủy xã Vân Phú', signedOn: '2025-09-02' }] });
  });

  it('names the receiving unit of ours as the destination', async () => {
    const transfer = await issueTransfer(context, { ...letter, kind: 'internal', destination: '', toUnitId: 'u2' }, today);
    expect(transfer.destination).toBe('Chi bộ Khu 5');
  });

  it('refuses a non-member, a member already travelling, a letter number given twice, writing nothing', async () => {
    await expectRefused(db, 'transfers.refused.notMember', () => issueTransfer(context, { ...letter, personId: 'p2' }, today));
    await issueTransfer(context, letter, today);
    await expectRefused(db, 'transfers.refused.alreadyInTransit', () => issueTransfer(context, { ...letter, letterNumber: '216-GGT/HU' }, today));
    await expectRefused(db, 'transfers.refused.letterNumberTaken', () => issueTransfer(context, { ...letter, personId: 'p3' }, today));
    await expectRefused(db, 'transfers.refused.future', () => issueTransfer(context, { ...letter, personId: 'p3', letterNumber: '9', issuedOn: '2025-10-21' }, today));
    await expect(issueTransfer(context, { ...letter, letterNumber: ' ' }, today)).rejects.toBeInstanceOf(ValidationFailed);
  });
});

describe('a letter on its way', () => {
  it('is signed on at each hop and the member is in transit', async () => {
    const { id } = await issueTransfer(context, letter, today);
    const signed = await signTransferHop(context, id, { office: 'Ban Tổ chức Tỉnh ủy', signedOn: '2025-09-04' }, today);
    expect([signed.status, signed.hops.length]).toEqual(['in-transit', 2]);
    await expect(signTransferHop(context, id, { office: 'Ban Tổ chức Tỉnh ủy', signedOn: '2025-09-01' }, today)).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('moves the member into the receiving unit when accepted', async () => {
    const { id } = await issueTransfer(context, { ...letter, kind: 'internal', toUnitId: 'u2' }, today);
    const accepted = await acceptTransfer(context, id, { acceptedOn: '2025-09-20', toUnitId: 'u2' }, today);
    expect([accepted.status, accepted.acceptedOn]).toEqual(['accepted', '2025-09-20']);
    expect((await recordById(db, 'person', 'p1'))?.unitHistory).toEqual([
      { unitId: 'u1', from: '2005-03-01', to: '2025-09-20' },
      { unitId: 'u2', from: '2025-09-20', to: null },
    ]);
    await expectRefused(db, 'transfers.refused.closed', () => acceptTransfer(context, id, { acceptedOn: '2025-09-21', toUnitId: 'u2' }, today));
  });

  it('keeps a temporary member in their own unit', async () => {
    const { id } = await issueTransfer(context, { ...letter, kind: 'temporary', toUnitId: 'u2' }, today);
    await acceptTransfer(context, id, { acceptedOn: '2025-09-20', toUnitId: 'u2' }, today);
    expect((await recordById(db, 'person', 'p1'))?.unitId).toBe('u1');
  });

  it('refuses a letter presented after its 30 days without the reason, and takes it with one', async () => {
    const { id } = await issueTransfer(context, { ...letter, kind: 'internal', toUnitId: 'u2' }, today);
    const late = await expectRefused(db, 'transfers.refused.lateWithoutReason', () => acceptTransfer(context, id, { acceptedOn: '2025-10-10', toUnitId: 'u2' }, today));
    expect(late.params).toEqual({ presentBy: '2025-10-02', days: 8 });
    expect((await acceptTransfer(context, id, { acceptedOn: '2025-10-10', toUnitId: 'u2', note: 'Ốm, nằm viện' }, today)).note).toBe('Ốm, nằm viện');
  });

  it('closes a letter as expired only after its deadline', async () => {
    const { id } = await issueTransfer(context, { ...letter, issuedOn: '2025-10-01' }, today);
    await expectRefused(db, 'transfers.refused.notOverdue', () => closeTransfer(context, id, { status: 'expired' }, today));
    expect((await closeTransfer(context, id, { status: 'returned', note: 'Không chuyển nữa' }, today)).status).toBe('returned');
  });
});

describe('the register', () => {
  it('lists letters out, members in transit with the overdue flagged, letters awaiting our units and members accepted in', async () => {
    const out = await issueTransfer(context, letter, today);
    const coming = await issueTransfer(context, { ...letter, personId: 'p3', letterNumber: '7-GGT/TS', kind: 'internal', toUnitId: 'u2', issuedOn: '2025-10-15' }, today);
    const register = await loadTransferRegister(db, { day: today, from: '2025-01-01', rootUnitId: 'commune' });
    expect(register.out.map((row) => [row.transfer.id, row.toName])).toEqual([[out.id, 'Chi bộ Khu 5, Đảng ủy phường Gia Cẩm']]);
    expect(register.inTransit.map((row) => [row.personName, row.days, row.overdue])).toEqual([['Nguyễn Văn An', 48, true]]);
    expect(register.awaiting.map((row) => [row.personName, row.fromUnitName, row.toName, row.overdue])).toEqual([['Lê Văn Cường', 'Đảng bộ xã Thanh Sơn', 'Chi bộ Khu 5', false]]);
    await acceptTransfer(context, coming.id, { acceptedOn: '2025-10-18', toUnitId: 'u2' }, today);
    const after = await loadTransferRegister(db, { day: today, from: '2025-01-01', rootUnitId: 'commune' });
    expect([after.awaiting.length, after.in.map((row) => row.personName)]).toEqual([0, ['Lê Văn Cường']]);
  });

  it('lists in a period a move within our units accepted in it, though its letter was issued before', async () => {
    const { id } = await issueTransfer(context, { ...letter, kind: 'internal', toUnitId: 'u2' }, today);
    await acceptTransfer(context, id, { acceptedOn: '2025-10-18', toUnitId: 'u2', note: 'Nộp chậm vì ốm' }, today);
    const register = await loadTransferRegister(db, { day: today, from: '2025-10-01', rootUnitId: 'commune' });
    expect([register.out.length, register.in.map((row) => [row.personName, row.fromUnitName, row.toName, row.days])]).toEqual([0, [['Nguyễn Văn An', 'Chi bộ Khu 3', 'Chi bộ Khu 5', 46]]]);
  });
});
