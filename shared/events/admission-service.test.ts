import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordById } from '../queries/records-reader';
import { countChanges } from '../records/change-log';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import type { AdmissionStage } from './admission';
import { admissionRulesOn, boardStages } from './admission-rules';
import { helperChoices, loadAdmissionBoard, openAdmissionCase, reminderOf, takeAdmissionStep } from './admission-service';
import { expectRefused, workflowTestOffice } from './workflow-test-office';

let db: AppDatabase;
let context: WriteContext;
const today = '2026-03-04';

/** A case at `stage`, its history walking up to it one month a step, ending on `last`. */
function caseAt(stage: AdmissionStage, overrides: Parameters<typeof fixtures.sampleAdmissionCase>[0] = {}) {
  const path: AdmissionStage[] = ['outstanding-non-member', 'sympathizer', 'awareness-course', 'cv-verification', 'cell-resolution', 'grassroots-resolution', 'admission-decision'];
  const upTo = path.slice(0, path.indexOf(stage) + 1);
  const stageHistory = upTo.map((entry, index) => ({ stage: entry, date: `2025-${String(index + 1).padStart(2, '0')}-10` }));
  return fixtures.sampleAdmissionCase({
    stage,
    stageHistory,
    helperPersonIds: ['p1', 'p3'],
    ...(stage === 'admission-decision' ? { admissionDecision: { number: '12-QĐ/ĐU', date: '2025-07-10', signedBy: 'Đảng ủy xã' } } : {}),
    ...overrides,
  });
}

beforeEach(async () => {
  context = await workflowTestOffice('admission-service', new Date(2026, 2, 4, 9, 30));
  db = context.db;
  await writeRecords(context, (writer) => {
    writer.create('person', fixtures.samplePerson({ fullMembershipDate: '2006-03-01' }), 'p1');
    writer.create('person', fixtures.samplePerson({ fullName: 'Trần Thị Bình', sex: 'female', citizenId: undefined, birthDate: '2000-04-02', memberStatus: 'sympathizer', admissionDate: undefined, unitHistory: [{ unitId: 'u1', from: '2020-01-01', to: null }] }), 'p2');
    writer.create('person', fixtures.samplePerson({ fullName: 'Lê Văn Cường', citizenId: undefined, fullMembershipDate: '2006-03-01' }), 'p3');
    writer.create('person', fixtures.samplePerson({ fullName: 'Phạm Thu Dung', sex: 'female', citizenId: undefined, memberStatus: 'probationary', admissionDate: '2025-10-01' }), 'p4');
  });
});
afterEach(() => db.delete());

async function store(id: string, admission: ReturnType<typeof caseAt>) {
  await writeRecords(context, (writer) => writer.create('admissionCase', admission, id));
}

/** Runs a step that must be refused, and proves nothing was written. */
const refused = (caseId: string, step: Record<string, unknown>, reasonKey = expect.any(String) as string) => expectRefused(db, reasonKey, () => takeAdmissionStep(context, caseId, step, today));

describe('the rules of admission', () => {
  it('are data with the day they apply from: ages 18 to 60, a certificate of 5 years, 12 months of probation', () => {
    expect(admissionRulesOn('2026-01-01')).toMatchObject({ minimumAge: 18, maximumAge: 60, certificateYears: 5, probationYears: 1, introducers: 2 });
  });

  it('remind of a probation ending within 30 days or over, and of a certificate expired before the cell votes', () => {
    expect(reminderOf({ stage: 'probation', probationEndsOn: '2026-03-20' }, today)).toBe('probationEnding');
    expect(reminderOf({ stage: 'probation', probationEndsOn: '2026-03-04' }, today)).toBe('probationOver');
    expect(reminderOf({ stage: 'probation', probationEndsOn: '2026-06-01' }, today)).toBeUndefined();
    expect(reminderOf({ stage: 'cv-verification', awarenessCertificateExpiresOn: '2026-01-01' }, today)).toBe('certificateExpired');
    expect(reminderOf({ stage: 'grassroots-resolution', cellVoteDate: '2025-12-01', awarenessCertificateExpiresOn: '2026-01-01' }, today)).toBeUndefined();
  });
});

describe('taking a step of an admission case', () => {
  it('records the cell resolution with its number, the vote date and the introducers', async () => {
    await store('a1', caseAt('cv-verification'));
    const updated = await takeAdmissionStep(context, 'a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB', helperPersonIds: ['p1', 'p3'] }, today);
    expect(updated.stage).toBe('cell-resolution');
    expect(updated.cellVoteDate).toBe('2026-02-20');
    expect(updated.stageHistory.at(-1)).toEqual({ stage: 'cell-resolution', date: '2026-02-20', decision: { number: '05-NQ/CB', date: '2026-02-20' } });
  });

  it('dates the awareness certificate for five years', async () => {
    await store('a1', caseAt('sympathizer', { awarenessCourseCompletedOn: undefined, awarenessCertificateExpiresOn: undefined }));
    const updated = await takeAdmissionStep(context, 'a1', { to: 'awareness-course', date: '2026-01-15' }, today);
    expect([updated.awarenessCourseCompletedOn, updated.awarenessCertificateExpiresOn]).toEqual(['2026-01-15', '2031-01-15']);
  });

  it('makes the person a sympathizer with the helpers assigned', async () => {
    await store('a1', caseAt('outstanding-non-member', { helperPersonIds: [], awarenessCourseCompletedOn: undefined, awarenessCertificateExpiresOn: undefined }));
    await writeRecords(context, (writer) => writer.update('person', 'p2', { memberStatus: 'outstanding-non-member' }));
    const updated = await takeAdmissionStep(context, 'a1', { to: 'sympathizer', date: '2026-02-01', helperPersonIds: ['p3'] }, today);
    expect(updated.helperPersonIds).toEqual(['p3']);
    expect((await recordById(db, 'person', 'p2'))?.memberStatus).toBe('sympathizer');
  });

  it('writes the admission decision, then the ceremony and probation, on the person record', async () => {
    await store('a1', caseAt('grassroots-resolution'));
    await takeAdmissionStep(context, 'a1', { to: 'admission-decision', date: '2026-01-20', decisionNumber: '31-QĐ/HU', signedBy: 'Ban Thường vụ Huyện ủy' }, today);
    let person = await recordById(db, 'person', 'p2');
    expect(person).toMatchObject({ admissionDecisionDate: '2026-01-20', firstIntroducer: 'Nguyễn Văn An', secondIntroducer: 'Lê Văn Cường', memberStatus: 'sympathizer' });

    const updated = await takeAdmissionStep(context, 'a1', { to: 'ceremony', date: '2026-02-03' }, today);
    expect(updated).toMatchObject({ stage: 'probation', ceremonyDate: '2026-02-03', probationEndsOn: '2027-02-03', admissionDecision: { number: '31-QĐ/HU', date: '2026-01-20' } });
    expect(updated.stageHistory.slice(-2).map((entry) => entry.stage)).toEqual(['ceremony', 'probation']);
    person = await recordById(db, 'person', 'p2');
    expect(person).toMatchObject({ admissionDate: '2026-02-03', memberStatus: 'probationary' });
  });

  it('admits into the unit of the case, moving the person there from the ceremony on', async () => {
    await store('a1', caseAt('admission-decision', { unitId: 'u2' }));
    await takeAdmissionStep(context, 'a1', { to: 'ceremony', date: '2026-02-03' }, today);
    const person = await recordById(db, 'person', 'p2');
    expect(person?.unitId).toBe('u2');
    expect(person?.unitHistory).toEqual([
      { unitId: 'u1', from: '2020-01-01', to: '2026-02-03' },
      { unitId: 'u2', from: '2026-02-03', to: null },
    ]);
  });

  it('recognises full membership from the end of the probation', async () => {
    const history = [...caseAt('admission-decision').stageHistory, { stage: 'ceremony' as const, date: '2025-02-01' }, { stage: 'probation' as const, date: '2025-02-01' }];
    await store('a1', caseAt('admission-decision', { stage: 'probation', stageHistory: history.map((entry, index) => ({ ...entry, date: index < 7 ? `2024-${String(index + 3).padStart(2, '0')}-01` : entry.date })), admissionDecision: { number: '9-QĐ/HU', date: '2024-09-01' }, ceremonyDate: '2025-02-01', probationEndsOn: '2026-02-01' }));
    await takeAdmissionStep(context, 'a1', { to: 'full-membership', date: '2026-02-10', decisionNumber: '40-QĐ/HU', signedBy: 'Ban Thường vụ Huyện ủy' }, today);
    expect(await recordById(db, 'person', 'p2')).toMatchObject({ memberStatus: 'full', fullMembershipDate: '2026-02-01' });
  });

  it('refuses a candidate aged 61 at the cell vote, and one under 18, writing nothing', async () => {
    await store('a1', caseAt('cv-verification'));
    await writeRecords(context, (writer) => writer.update('person', 'p2', { birthDate: '1964-12-01' }));
    const old = await refused('a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB' });
    expect([old.reasonKey, old.params]).toEqual(['admission.refused.age', { age: 61, date: '2026-02-20', minimum: 18, maximum: 60 }]);
    await writeRecords(context, (writer) => writer.update('person', 'p2', { birthDate: '2008-03-01' }));
    expect((await refused('a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB' })).params.age).toBe(17);
  });

  it('refuses the cell vote without an awareness certificate, or with an expired one', async () => {
    await store('a1', caseAt('cv-verification', { awarenessCourseCompletedOn: undefined, awarenessCertificateExpiresOn: undefined }));
    expect((await refused('a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB' })).reasonKey).toBe('admission.refused.noCertificate');
    await store('a2', caseAt('cv-verification', { awarenessCourseCompletedOn: '2020-05-20', awarenessCertificateExpiresOn: '2025-05-20' }));
    const expired = await refused('a2', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB' });
    expect([expired.reasonKey, expired.params]).toEqual(['admission.refused.certificateExpired', { expires: '2025-05-20', years: 5 }]);
  });

  it('refuses introducers who are too few or not full members', async () => {
    await store('a1', caseAt('cv-verification', { helperPersonIds: ['p1'] }));
    expect((await refused('a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB' })).params).toEqual({ needed: 2, have: 1 });
    const probationary = await refused('a1', { to: 'cell-resolution', date: '2026-02-20', decisionNumber: '05-NQ/CB', helperPersonIds: ['p1', 'p4'] });
    expect([probationary.reasonKey, probationary.params.name]).toEqual(['admission.refused.helperNotFullMember', 'Phạm Thu Dung']);
  });

  it('refuses skipping a stage, a date before the last step or after today, full membership before the probation ends, and withdrawing an admitted person', async () => {
    await store('a1', caseAt('sympathizer'));
    expect((await refused('a1', { to: 'cv-verification', date: '2026-02-20' })).params).toEqual({ stage: 'sympathizer', next: 'awareness-course' });
    expect((await refused('a1', { to: 'awareness-course', date: '2025-01-01' })).reasonKey).toBe('admission.refused.beforeLast');
    expect((await refused('a1', { to: 'awareness-course', date: '2026-03-05' })).reasonKey).toBe('admission.refused.future');
    await store('a2', caseAt('admission-decision'));
    expect((await refused('a2', { to: 'withdrawn', date: '2026-02-20', note: 'Chuyển đi nơi khác' })).reasonKey).toBe('admission.refused.withdrawAfterDecision');
    await takeAdmissionStep(context, 'a2', { to: 'ceremony', date: '2026-02-03' }, today);
    const early = await refused('a2', { to: 'full-membership', date: '2026-03-01', decisionNumber: '40-QĐ/HU', signedBy: 'Ban Thường vụ' });
    expect([early.reasonKey, early.params]).toEqual(['admission.refused.probationNotOver', { ends: '2027-02-03' }]);
  });

  it('asks for the number of a resolution, the signing level of a decision and the reason of a withdrawal', async () => {
    await store('a1', caseAt('grassroots-resolution'));
    const error = await takeAdmissionStep(context, 'a1', { to: 'admission-decision', date: '2026-01-20', decisionNumber: ' ' }, today).catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues.map((issue) => issue.field)).toEqual(['decisionNumber', 'signedBy']);
    const withdrawal = await takeAdmissionStep(context, 'a1', { to: 'withdrawn', date: '2026-01-20' }, today).catch((cause: unknown) => cause);
    expect((withdrawal as ValidationFailed).issues.map((issue) => issue.field)).toEqual(['note']);
  });

  it('withdraws a case before the decision, and the person is a non-member again', async () => {
    await store('a1', caseAt('cv-verification'));
    const updated = await takeAdmissionStep(context, 'a1', { to: 'withdrawn', date: '2026-02-20', note: 'Không đủ tiêu chuẩn' }, today);
    expect([updated.stage, updated.note]).toEqual(['withdrawn', 'Không đủ tiêu chuẩn']);
    expect((await recordById(db, 'person', 'p2'))?.memberStatus).toBe('non-member');
  });
});

describe('opening a case', () => {
  it('lists a non-member as outstanding, and refuses a member or a second open case', async () => {
    await writeRecords(context, (writer) => writer.update('person', 'p2', { memberStatus: 'non-member' }));
    const opened = await openAdmissionCase(context, { personId: 'p2', date: '2026-03-01' }, today);
    expect(opened).toMatchObject({ unitId: 'u1', stage: 'outstanding-non-member', stageHistory: [{ stage: 'outstanding-non-member', date: '2026-03-01' }] });
    expect((await recordById(db, 'person', 'p2'))?.memberStatus).toBe('outstanding-non-member');
    const before = await countChanges(db);
    await expect(openAdmissionCase(context, { personId: 'p2', date: '2026-03-01' }, today)).rejects.toMatchObject({ reasonKey: 'admission.refused.caseOpen' });
    await expect(openAdmissionCase(context, { personId: 'p1', date: '2026-03-01' }, today)).rejects.toMatchObject({ reasonKey: 'admission.refused.alreadyMember' });
    expect(await countChanges(db)).toBe(before);
  });
});

describe('the board', () => {
  it('puts the open cases of a subtree in their stage columns, the ceremony with the probation, with probations ending', async () => {
    await store('a1', caseAt('cv-verification'));
    await store('a2', caseAt('admission-decision', { personId: 'p4', unitId: 'u2', stage: 'ceremony', stageHistory: [...caseAt('admission-decision').stageHistory, { stage: 'ceremony' as const, date: '2025-03-20' }].map((entry, index) => ({ ...entry, date: index < 7 ? `2024-0${index + 1}-10` : entry.date })), admissionDecision: { number: '1-QĐ', date: '2024-07-10' }, ceremonyDate: '2025-03-20', probationEndsOn: '2026-03-20' }));
    const board = await loadAdmissionBoard(db, { day: today, rootUnitId: 'commune' });
    expect(board.columns.map((column) => column.stage)).toEqual(boardStages);
    const column = (stage: AdmissionStage) => board.columns.find((each) => each.stage === stage)!;
    expect(column('cv-verification').cards.map((card) => [card.fullName, card.unitName, card.helperNames])).toEqual([['Trần Thị Bình', 'Chi bộ Khu 3', ['Nguyễn Văn An', 'Lê Văn Cường']]]);
    expect(column('probation').cards.map((card) => [card.caseId, card.reminder])).toEqual([['a2', 'probationEnding']]);
    expect(board.probationsEnding.map((card) => card.caseId)).toEqual(['a2']);
    expect((await loadAdmissionBoard(db, { day: today, rootUnitId: 'u2' })).columns.flatMap((each) => each.cards).map((card) => card.caseId)).toEqual(['a2']);
  });

  it('offers the full members of the case unit as helpers', async () => {
    await store('a1', caseAt('sympathizer'));
    expect(await helperChoices(db, 'a1', today)).toEqual([
      { personId: 'p3', fullName: 'Lê Văn Cường' },
      { personId: 'p1', fullName: 'Nguyễn Văn An' },
    ]);
  });
});
