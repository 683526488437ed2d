/**
 * The office workflows travel: a movement decision, an admission and a transfer made at a commune office, through
 * its own services with the jurisdiction guard, reach the district in one bundle and read there as they were made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeAdmissionStep, openAdmissionCase } from '../events/admission-service';
import { issueTransfer } from '../events/transfer-service';
import { recordMovement } from '../movements/movement-service';
import { admissionsBetween, membersInTransitOn } from '../queries/membership-queries';
import { movementsBetween } from '../queries/cadre-queries';
import { allRecords, recordById } from '../queries/records-reader';
import type { WriteContext } from '../records/write-path';
import { carry } from './exchange-scenario';
import { jurisdictionGuard } from './jurisdiction-guard';
import { deleteNetwork, memberOf, testNetwork, type TestNetwork } from './test-network';

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

let network: TestNetwork;
let commune: WriteContext;

beforeAll(async () => {
  network = await testNetwork('workflows');
  commune = { ...network.commune.context, guard: await jurisdictionGuard(network.commune.db) };
  await network.commune.write((writer) => {
    writer.create('person', memberOf('unit-C1', 'Lê Thị Giới Thiệu', { citizenId: undefined }), 'introducer');
    writer.create('person', memberOf('unit-C1', 'Phạm Văn Chuyển Đi', { citizenId: undefined }), 'leaver');
    writer.create('person', memberOf('unit-C1', 'Đinh Văn Kết Nạp', { citizenId: undefined, birthDate: '2000-04-02', memberStatus: 'non-member', admissionDate: undefined, fullMembershipDate: undefined }), 'candidate');
  });
});

afterAll(() => deleteNetwork(network));

describe('workflows made at a commune office', () => {
  it('reach the district after one bundle, as they were made', async () => {
    const { district } = network;
    const movement = await recordMovement(commune, {
      movementTypeCode: 'appointment',
      personId: 'person-an',
      toUnitId: 'unit-C1',
      toPost: 'Bí thư Chi bộ thôn 1',
      effectiveDate: daysAgo(20),
      decision: { number: '27-QĐ/ĐU', date: daysAgo(25), signedBy: 'Bí thư Đảng ủy xã' },
    });

    const opened = await openAdmissionCase(commune, { personId: 'candidate', date: daysAgo(400) }, today);
    const steps = [
      { to: 'sympathizer', date: daysAgo(390), helperPersonIds: ['person-an'] },
      { to: 'awareness-course', date: daysAgo(300) },
      { to: 'cv-verification', date: daysAgo(200) },
      { to: 'cell-resolution', date: daysAgo(100), decisionNumber: '05-NQ/CB', helperPersonIds: ['person-an', 'introducer'] },
      { to: 'grassroots-resolution', date: daysAgo(90), decisionNumber: '11-NQ/ĐU' },
      { to: 'admission-decision', date: daysAgo(60), decisionNumber: '88-QĐ/HU', signedBy: 'Ban Thường vụ Huyện ủy' },
      { to: 'ceremony', date: daysAgo(50) },
    ];
    for (const step of steps) await takeAdmissionStep(commune, opened.id, step, today);

    const transfer = await issueTransfer(commune, { personId: 'leaver', kind: 'permanent', letterNumber: '12/GGT', destination: 'Chi bộ Khu 2, Đảng ủy phường Nông Trang', issuedOn: daysAgo(3), signedBy: 'Đảng ủy xã Một' }, today);

    const { preview } = await carry(network.commune, district);
    expect(preview.counts).toMatchObject({ conflicts: 0, quarantined: 0 });

    // The movement: the decision itself, and the post and work history it wrote on the person.
    expect(await recordById(district.db, 'movement', movement.movement.id)).toEqual(await recordById(network.commune.db, 'movement', movement.movement.id));
    expect(await recordById(district.db, 'person', 'person-an')).toMatchObject({ currentPost: 'Bí thư Chi bộ thôn 1' });
    const workRows = (await allRecords(district.db, 'personHistory')).filter((row) => row.personId === 'person-an' && row.kind === 'work');
    expect(workRows).toEqual((await allRecords(network.commune.db, 'personHistory')).filter((row) => row.personId === 'person-an' && row.kind === 'work'));
    expect((await movementsBetween(district.db, daysAgo(30), today, { rootUnitId: 'unit-D' })).map((each) => each.id)).toEqual([movement.movement.id]);

    // The admission: the case at probation, the new member probationary, counted among the district's admissions.
    expect(await recordById(district.db, 'admissionCase', opened.id)).toMatchObject({ stage: 'probation', admissionDecision: { number: '88-QĐ/HU' } });
    expect(await recordById(district.db, 'person', 'candidate')).toMatchObject({ memberStatus: 'probationary', admissionDate: daysAgo(50) });
    expect((await admissionsBetween(district.db, daysAgo(365), today, { rootUnitId: 'unit-D' })).map((admission) => admission.personId)).toEqual(['candidate']);

    // The transfer: the member in transit, counted by the district with the 30-day deadline.
    expect(await recordById(district.db, 'membershipTransfer', transfer.id)).toEqual(await recordById(network.commune.db, 'membershipTransfer', transfer.id));
    expect((await membersInTransitOn(district.db, today, { rootUnitId: 'unit-D' })).map((member) => [member.personId, member.overdue])).toEqual([['leaver', false]]);
  });
});
