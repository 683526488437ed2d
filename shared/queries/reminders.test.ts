import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { sampleAdmissionCase, sampleMembershipTransfer, sampleMovement, samplePerson, sampleUnit } from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { allRecords } from './records-reader';
import { nextSalaryStepOn, remindersOn, retirementDateOf, type ReminderPerson } from './reminders';

const day = '2026-11-30';
let db: AppDatabase;

const unit = (code: string, parentId: string | null) => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name: code, kind: parentId ? 'cell' : 'grassroots-committee', isGrassroots: parentId === null, parentId }] });
const member = (unitId: string, fullName: string, extra: Parameters<typeof samplePerson>[0] = {}) => samplePerson({ fullName, unitId, unitHistory: [{ unitId, from: '2010-01-01', to: null }], citizenId: undefined, ...extra });

beforeAll(async () => {
  db = new AppDatabase(`reminders-${crypto.randomUUID()}`);
  await writeRecords({ db, office: { officeId: 'o', level: 'grassroots' } }, (writer) => {
    writer.create('unit', unit('C', null), 'C');
    writer.create('unit', unit('C.1', 'C'), 'C1');
    writer.create('unit', unit('X', null), 'X');
    // Salary: Chuyên viên (3 years), step 4 since 01/12/2023 → step 5 due 01/12/2026, within 30 days.
    writer.create('person', member('C1', 'Nguyễn Văn Lương', { isCadre: true, civilServiceGradeCode: '01.003', salaryStep: 4, salaryEffectiveDate: '2023-12-01' }), 'salary');
    // At the grade's last step (9 of 9): no step any more.
    writer.create('person', member('C1', 'Trần Văn Trần', { isCadre: true, civilServiceGradeCode: '01.003', salaryStep: 9, salaryEffectiveDate: '2023-12-01' }), 'top-step');
    // Retirement: the age for a man in 2026 is 61 years 6 months (Decree 135/2020); born 06/1965, he reaches it in 12/2026.
    writer.create('person', member('C1', 'Lê Văn Hưu', { isCadre: true, sex: 'male', birthDate: '1965-06-15' }), 'retiring');
    // Not a cadre (a farmer member): no retirement reminder.
    writer.create('person', member('C1', 'Phạm Văn Nông', { isCadre: false, sex: 'male', birthDate: '1965-06-15' }), 'farmer');
    // Outside the subtree: nothing of this one.
    writer.create('person', member('X', 'Vũ Văn Ngoài', { isCadre: true, sex: 'male', birthDate: '1965-06-15' }), 'outside');
    writer.create('person', member('C1', 'Đỗ Thị Dự Bị', { memberStatus: 'probationary' }), 'probationer');
    writer.create('person', member('C1', 'Hoàng Văn Quần Chúng', { memberStatus: 'sympathizer' }), 'candidate');
    writer.create('person', member('C1', 'Bùi Văn Chuyển', {}), 'traveller');
    writer.create('person', member('C1', 'Ngô Văn Bổ Nhiệm', { isCadre: true }), 'appointed');
    writer.create('admissionCase', sampleAdmissionCase({ personId: 'probationer', unitId: 'C1', stage: 'probation', admissionDecision: { number: '45-QĐ/ĐU', date: '2025-12-15' }, ceremonyDate: '2025-12-20', probationEndsOn: '2026-12-15', stageHistory: [{ stage: 'outstanding-non-member', date: '2024-09-01' }, { stage: 'admission-decision', date: '2025-12-15' }, { stage: 'ceremony', date: '2025-12-20' }, { stage: 'probation', date: '2025-12-20' }] }));
    writer.create('admissionCase', sampleAdmissionCase({ personId: 'candidate', unitId: 'C1', awarenessCourseCompletedOn: '2021-11-20', awarenessCertificateExpiresOn: '2026-11-20', stageHistory: [{ stage: 'outstanding-non-member', date: '2021-09-01' }, { stage: 'awareness-course', date: '2021-11-20' }] }));
    writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'traveller', fromUnitId: 'C1', issuedOn: '2026-10-01', presentBy: '2026-10-31', hops: [{ office: 'Đảng ủy xã', signedOn: '2026-10-02' }] }));
    writer.create('movement', sampleMovement({ personId: 'appointed', fromUnitId: 'C1', toUnitId: 'C1', effectiveDate: '2022-02-01', termEndDate: '2027-02-01', decision: { number: '12-QĐ/ĐU', date: '2022-01-20' } }));
  });
});
afterAll(() => db.delete());

async function reminders() {
  const people = await allRecords(db, 'person');
  return remindersOn(db, day, async (visit) => people.forEach((person) => visit(person as ReminderPerson)), { rootUnitId: 'C', catalog: officialCatalogEntries });
}

describe('reminders of an office', () => {
  it('lists each reminder with its people and due date, in the subtree only', async () => {
    const found = await reminders();
    const ids = (kind: keyof typeof found) => found[kind].map((entry) => [entry.personId, entry.dueOn, entry.overdue]);
    expect(ids('salaryStepsDue')).toEqual([['salary', '2026-12-01', false]]);
    expect(ids('retirementsComing')).toEqual([['retiring', '2026-12-31', false]]);
    expect(ids('probationsEnding')).toEqual([['probationer', '2026-12-15', false]]);
    expect(ids('certificatesExpired')).toEqual([['candidate', '2026-11-20', true]]);
    expect(ids('transitOverdue')).toEqual([['traveller', '2026-10-31', true]]);
    // 01/02/2027 is 45 working days away: within 90.
    expect(ids('termsEnding')).toEqual([['appointed', '2027-02-01', false]]);
    expect(found.salaryStepsDue[0]).toMatchObject({ fullName: 'Nguyễn Văn Lương', unitId: 'C1' });
  });
});

describe('the rules behind them', () => {
  it('retire men and women at the age the 2019 Labour Code sets for the year they reach it', () => {
    // Men: 60y3m in 2021, +3 months a year to 62 in 2028. Born 01/1961 → 60y3m in 04/2021.
    expect(retirementDateOf('male', '1961-01-10')).toBe('2021-04-30');
    // Born 1970: 62 years (the cap) in 2032.
    expect(retirementDateOf('male', '1970-05')).toBe('2032-05-31');
    // Women: 55y4m in 2021 (born 01/1966 → 05/2021); 60 years from 2035.
    expect(retirementDateOf('female', '1966-01-02')).toBe('2021-05-31');
    expect(retirementDateOf('female', '1980-07-01')).toBe('2040-07-31');
    // Before 2021: 60 and 55.
    expect(retirementDateOf('male', '1958-06-20')).toBe('2018-06-30');
    // A year alone does not say when.
    expect(retirementDateOf('male', '1965')).toBeUndefined();
  });

  it('step salaries by the grade’s interval, and not past its last step', () => {
    expect(nextSalaryStepOn({ civilServiceGradeCode: '01.005', salaryStep: 3, salaryEffectiveDate: '2025-03-01' }, officialCatalogEntries)).toBe('2027-03-01');
    expect(nextSalaryStepOn({ civilServiceGradeCode: '01.001', salaryStep: 6, salaryEffectiveDate: '2025-03-01' }, officialCatalogEntries)).toBeUndefined();
    expect(nextSalaryStepOn({ civilServiceGradeCode: 'unknown', salaryStep: 1, salaryEffectiveDate: '2025-03-01' }, officialCatalogEntries)).toBeUndefined();
  });
});
