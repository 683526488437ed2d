import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookup } from '../i18n/translate';
import { loadCatalogs } from '../catalogs/catalog-service';
import { isMemberOn } from '../people/membership';
import { recordById } from '../queries/records-reader';
import { refusalOf } from '../records/refusal-check';
import { samplePerson } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { workflowTestOffice } from '../events/workflow-test-office';
import { concludeInspection, conductOfYear, partyFormsFor, planInspection, recordCommendation, recordDiscipline, recordExit, type DisciplineRequest } from './conduct-service';

let context: WriteContext;
const decision = { number: '12-QĐ/UBKTHU', date: '2026-07-20', signedBy: 'Ủy ban Kiểm tra Huyện ủy' };

beforeEach(async () => {
  context = await workflowTestOffice('conduct', new Date('2026-07-21T05:06:07Z'));
  await writeRecords(context, (writer) => {
    writer.create('person', samplePerson({ citizenId: undefined, fullMembershipDate: '2006-03-01' }), 'full');
    writer.create('person', samplePerson({ fullName: 'Lê Thị Hoa', citizenId: undefined, memberStatus: 'probationary', admissionDate: '2026-01-10', unitHistory: [{ unitId: 'u1', from: '2026-01-10', to: null }] }), 'probation');
    writer.create('person', samplePerson({ fullName: 'Trần Văn Bình', citizenId: undefined, memberStatus: 'non-member', admissionDate: undefined }), 'outsider');
  });
});
afterEach(() => context.db.delete());

async function refusal(attempt: Promise<unknown>) {
  attempt.catch(() => undefined); // refusals of the parse reject before refusalOf listens
  const { issues, written } = await refusalOf(context.db, attempt);
  expect(written).toBe(0);
  return issues;
}

const discipline = (overrides: Partial<DisciplineRequest> = {}): DisciplineRequest => ({ subject: 'person', personId: 'full', formCode: 'reprimand', reason: 'Vi phạm quy chế làm việc', decision, ...overrides });

describe('discipline', () => {
  it('offers each subject its forms: organizations reprimand, warning, dissolution; probationary members only the two mildest', async () => {
    const catalogs = await loadCatalogs(context.db);
    expect(partyFormsFor(catalogs, 'unit').map((entry) => entry.code)).toEqual(['reprimand', 'warning', 'dissolution']);
    expect(partyFormsFor(catalogs, 'full').map((entry) => entry.code)).toEqual(['reprimand', 'warning', 'removal-from-post', 'expulsion']);
    expect(partyFormsFor(catalogs, 'probationary').map((entry) => entry.code)).toEqual(['reprimand', 'warning']);
  });

  it('records a full member removed from post, and an organization warned, with decision, reason and expiry', async () => {
    const removed = await recordDiscipline(context, discipline({ formCode: 'removal-from-post', expiresOn: '2027-07-20' }));
    expect(removed).toMatchObject({ system: 'party', subject: 'person', personId: 'full', formCode: 'removal-from-post', expiresOn: '2027-07-20', decision });
    const warned = await recordDiscipline(context, { subject: 'unit', unitId: 'u1', formCode: 'warning', reason: 'Buông lỏng lãnh đạo', decision });
    expect(warned).toMatchObject({ subject: 'unit', unitId: 'u1', formCode: 'warning' });
    const year = await conductOfYear(context.db, 2026);
    expect(year.disciplines.map((row) => row.subjectName).sort()).toEqual(['Chi bộ Khu 3', 'Nguyễn Văn An']);
  });

  it('expelling a full member is also their exit, by the same decision', async () => {
    const expelled = await recordDiscipline(context, discipline({ formCode: 'expulsion' }));
    expect(expelled.formCode).toBe('expulsion');
    expect(await recordById(context.db, 'person', 'full')).toMatchObject({ memberStatus: 'exited', exitDate: decision.date });
    const year = await conductOfYear(context.db, 2026);
    expect(year.exits.map(({ record }) => [record.type, record.decision])).toEqual([['expulsion', decision]]);
    expect(await refusal(recordDiscipline(context, discipline({ formCode: 'warning', decision: { ...decision, date: '2026-07-21' } })))).toEqual([{ field: 'personId', messageKey: 'conduct.issues.notMember' }]);
  });

  it('refuses, writing nothing, an expulsion dated before an exit already recorded (no second exit)', async () => {
    await recordExit(context, { personId: 'full', type: 'resignation', date: '2026-07-20', decision });
    expect(await refusal(recordDiscipline(context, discipline({ formCode: 'expulsion', decision: { ...decision, date: '2026-03-01' } })))).toEqual([{ field: 'personId', messageKey: 'conduct.issues.alreadyExited' }]);
  });

  it('refuses, writing nothing: expelling or removing from post a probationary member, dissolving a person, expelling an organization, a non-member, an expiry before the decision', async () => {
    expect(await refusal(recordDiscipline(context, discipline({ personId: 'probation', formCode: 'expulsion' })))).toEqual([{ field: 'formCode', messageKey: 'conduct.issues.formNotForProbationary' }]);
    expect(await refusal(recordDiscipline(context, discipline({ personId: 'probation', formCode: 'removal-from-post' })))).toEqual([{ field: 'formCode', messageKey: 'conduct.issues.formNotForProbationary' }]);
    expect(await refusal(recordDiscipline(context, discipline({ formCode: 'dissolution' })))).toEqual([{ field: 'formCode', messageKey: 'conduct.issues.formNotForFullMember' }]);
    expect(await refusal(recordDiscipline(context, discipline({ subject: 'unit', personId: undefined, unitId: 'u1', formCode: 'expulsion' })))).toEqual([{ field: 'formCode', messageKey: 'conduct.issues.formNotForOrganization' }]);
    expect(await refusal(recordDiscipline(context, discipline({ personId: 'outsider' })))).toEqual([{ field: 'personId', messageKey: 'conduct.issues.notMember' }]);
    expect(await refusal(recordDiscipline(context, discipline({ expiresOn: '2026-01-01' })))).toEqual([{ field: 'expiresOn', messageKey: 'validation.endBeforeStart' }]);
    expect(await refusal(recordDiscipline(context, discipline({ subject: 'unit' })))).toEqual([
      { field: 'unitId', messageKey: 'validation.subjectUnitRequired' },
      { field: 'personId', messageKey: 'validation.notForSubject' },
    ]);
    // The mildest forms are open to a probationary member.
    await expect(recordDiscipline(context, discipline({ personId: 'probation', formCode: 'warning' }))).resolves.toMatchObject({ formCode: 'warning' });
  });
});

describe('exits', () => {
  it('a member struck off leaves the active counts on that day and keeps the record', async () => {
    const exit = await recordExit(context, { personId: 'full', type: 'struck-off', date: '2026-07-20', decision, reason: 'Bỏ sinh hoạt 3 tháng' });
    expect(exit).toMatchObject({ personId: 'full', type: 'struck-off', date: '2026-07-20' });
    const person = await recordById(context.db, 'person', 'full');
    expect(person).toMatchObject({ fullName: 'Nguyễn Văn An', memberStatus: 'exited', exitDate: '2026-07-20', admissionDate: '2005-03-01' });
    expect(isMemberOn(person!, '2026-07-19')).toBe(true);
    expect(isMemberOn(person!, '2026-07-20')).toBe(false);
    expect((await conductOfYear(context.db, 2026)).exits.map((row) => row.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('death needs no decision', async () => {
    await expect(recordExit(context, { personId: 'probation', type: 'death', date: '2026-06-01' })).resolves.toMatchObject({ type: 'death' });
  });

  it('refuses, writing nothing: expelling a probationary member, leaving twice, a non-member, no decision', async () => {
    expect(await refusal(recordExit(context, { personId: 'probation', type: 'expulsion', date: '2026-07-20', decision }))).toEqual([{ field: 'type', messageKey: 'conduct.issues.probationaryNotExpelled' }]);
    expect(await refusal(recordExit(context, { personId: 'outsider', type: 'resignation', date: '2026-07-20', decision }))).toEqual([{ field: 'personId', messageKey: 'conduct.issues.notMember' }]);
    expect(await refusal(recordExit(context, { personId: 'full', type: 'resignation', date: '2026-07-20' }))).toEqual([{ field: 'decision', messageKey: 'validation.required' }]);
    await recordExit(context, { personId: 'full', type: 'resignation', date: '2026-07-20', decision });
    expect(await refusal(recordExit(context, { personId: 'full', type: 'death', date: '2026-07-21' }))).toEqual([{ field: 'personId', messageKey: 'conduct.issues.alreadyExited' }]);
  });
});

describe('commendations', () => {
  it('one decision to two people and a collective', async () => {
    const commendation = await recordCommendation(context, {
      formCode: 'commendation-paper',
      decision,
      reason: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
      issuingLevel: 'grassroots',
      recipients: [{ personId: 'full' }, { personId: 'probation' }, { unitId: 'u1' }],
    });
    expect(commendation.recipients).toHaveLength(3);
    const year = await conductOfYear(context.db, 2026);
    expect(year.commendations[0]?.recipientNames).toEqual(['Nguyễn Văn An', 'Lê Thị Hoa', 'Chi bộ Khu 3']);
  });

  it('refuses, writing nothing: no recipient, someone twice, a party badge to a collective, an unknown person', async () => {
    const base = { formCode: 'commendation-paper', decision, reason: 'Thành tích', issuingLevel: 'grassroots' as const };
    expect(await refusal(recordCommendation(context, { ...base, recipients: [] }))).toEqual([{ field: 'recipients', messageKey: 'validation.required' }]);
    expect(await refusal(recordCommendation(context, { ...base, recipients: [{ personId: 'full' }, { personId: 'full' }] }))).toEqual([{ field: 'recipients.1', messageKey: 'validation.duplicate' }]);
    expect(await refusal(recordCommendation(context, { ...base, formCode: 'party-badge-30', recipients: [{ unitId: 'u1' }] }))).toEqual([{ field: 'formCode', messageKey: 'conduct.issues.formPersonsOnly' }]);
    expect(await refusal(recordCommendation(context, { ...base, recipients: [{ personId: 'nobody' }] }))).toEqual([{ field: 'recipients.0', messageKey: 'conduct.issues.personMissing' }]);
  });
});

describe('inspections', () => {
  it('planned, concluded, and the discipline it leads to listed on it', async () => {
    const planned = await planInspection(context, { kind: 'inspection', planYear: 2026, subject: 'unit', unitId: 'u2', content: 'Thực hiện quy chế dân chủ' });
    expect(await refusal(recordDiscipline(context, { subject: 'unit', unitId: 'u2', formCode: 'reprimand', reason: 'Vi phạm', decision, inspectionId: planned.id }))).toEqual([{ field: 'inspectionId', messageKey: 'conduct.issues.inspectionNotConcluded' }]);
    expect(await refusal(concludeInspection(context, planned.id, { conclusion: 'Có vi phạm', concludedOn: '2025-12-01' }))).toEqual([{ field: 'concludedOn', messageKey: 'conduct.issues.concludedBeforePlan' }]);
    await concludeInspection(context, planned.id, { conclusion: 'Có vi phạm, đề nghị kỷ luật', concludedOn: '2026-07-01' });
    expect(await refusal(concludeInspection(context, planned.id, { conclusion: 'Lại', concludedOn: '2026-07-02' }))).toEqual([{ field: 'conclusion', messageKey: 'conduct.issues.alreadyConcluded' }]);
    expect(await refusal(recordDiscipline(context, { subject: 'unit', unitId: 'u1', formCode: 'reprimand', reason: 'Vi phạm', decision, inspectionId: planned.id }))).toEqual([{ field: 'inspectionId', messageKey: 'conduct.issues.inspectionOtherSubject' }]);
    const resulting = await recordDiscipline(context, { subject: 'unit', unitId: 'u2', formCode: 'reprimand', reason: 'Vi phạm', decision, inspectionId: planned.id });
    expect(await recordById(context.db, 'inspection', planned.id)).toMatchObject({ conclusion: 'Có vi phạm, đề nghị kỷ luật', concludedOn: '2026-07-01', resultingDisciplineIds: [resulting.id] });
    expect((await conductOfYear(context.db, 2026)).inspections.map((row) => row.subjectName)).toEqual(['Chi bộ Khu 5']);
  });
});

describe('refusal texts', () => {
  it('every conduct.issues key the service refuses with reads in Vietnamese and in English', () => {
    const keys = [...readFileSync('shared/conduct/conduct-service.ts', 'utf8').matchAll(/'(conduct\.issues\.\w+)'/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => lookup('vi', key) === undefined || lookup('en', key) === undefined)).toEqual([]);
  });
});
