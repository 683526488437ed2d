import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allRecords, recordById } from '../queries/records-reader';
import { refusalOf } from '../records/refusal-check';
import { samplePerson, samplePostStandard, sampleTrainingCourse, sampleTrainingPlan, sampleUnit } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { addTrainingCourse, standardsInForce, completeEnrolment, courseEnrolments, createTrainingPlan, enrolInCourse, trainingGapList, trainingPlansOf } from './training-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const day = '2026-07-21';

beforeEach(async () => {
  db = new AppDatabase(`training-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-07-21T05:06:07Z') };
  await writeRecords(context, (writer) => {
    writer.create('unit', sampleUnit({ code: 'HC', periods: [{ from: '2010-01-01', to: null, name: 'Huyện ủy Hạ Hòa', kind: 'committee', isGrassroots: false, parentId: null }] }), 'u1');
    writer.create('postStandard', samplePostStandard({ postCode: 'division-head', level: undefined, minPoliticalTheoryCode: 'CC', minProfessionalDegreeCode: 'DH', validFrom: '2020-01-02' }), 's1');
    writer.create('person', samplePerson({ citizenId: undefined, isCadre: true, currentPost: 'Trưởng phòng Nội vụ', currentPostCode: 'division-head', currentPostSince: '2022-01-01', politicalTheoryCode: 'TC', professionalDegreeCode: 'DH' }), 'p1');
    writer.create('person', samplePerson({ fullName: 'Trần Thị Bình', citizenId: undefined, isCadre: true, currentPost: 'Trưởng phòng Tài chính', currentPostCode: 'division-head', currentPostSince: '2021-01-01', politicalTheoryCode: 'CC', professionalDegreeCode: 'CD' }), 'p2');
    writer.create('person', samplePerson({ fullName: 'Lê Văn Cường', citizenId: undefined, memberStatus: 'exited', exitDate: '2025-01-01' }), 'p3');
    writer.create('trainingPlan', sampleTrainingPlan({ year: 2026 }), 'tp1');
    writer.create('trainingCourse', sampleTrainingCourse({ planId: 'tp1', name: 'Cao cấp lý luận chính trị, khóa 2026', targetCode: 'CC', quota: 2, from: '2026-09-01', to: '2027-06-30' }), 'tc1');
  });
});
afterEach(() => db.delete());

async function refusal(attempt: Promise<unknown>) {
  const { issues, written } = await refusalOf(db, attempt);
  expect(written).toBe(0);
  return issues;
}

describe('the gap list', () => {
  it('lists who falls short of the standard of the post held, on which requirement, with the course that closes it', async () => {
    const rows = await trainingGapList(db, day, 2026);
    expect(rows.map((row) => [row.fullName, row.post.postCode, row.shortfalls.map((shortfall) => [shortfall.requirement, shortfall.required, shortfall.held, shortfall.course?.id])])).toEqual([
      ['Nguyễn Văn An', 'division-head', [['politicalTheory', 'CC', 'TC', 'tc1']]],
      ['Trần Thị Bình', 'division-head', [['professionalDegree', 'DH', 'CD', undefined]]],
    ]);
    expect(await trainingGapList(db, day, 2025)).toMatchObject([{ shortfalls: [{ requirement: 'politicalTheory' }] }, { shortfalls: [{ requirement: 'professionalDegree' }] }]);
    expect((await trainingGapList(db, day, 2025))[0]!.shortfalls[0]!.course).toBeUndefined();
  });
});

describe('the standards', () => {
  it('lists those in force on the day', async () => {
    await writeRecords(context, (writer) => void writer.create('postStandard', samplePostStandard({ postCode: 'division-head', validFrom: '2004-01-01', validTo: '2020-01-02' }), 's0'));
    expect((await standardsInForce(db, day)).map((standard) => standard.id)).toEqual(['s1']);
    expect((await standardsInForce(db, '2019-01-01')).map((standard) => standard.id)).toEqual(['s0']);
  });
});

describe('plans, courses, enrolments and completion', () => {
  it('a plan per unit and year, with courses in its year', async () => {
    const plan = await createTrainingPlan(context, { unitId: 'u1', year: 2027, name: 'Kế hoạch năm 2027' });
    const course = await addTrainingCourse(context, { planId: plan.id, name: 'Bồi dưỡng ngạch chuyên viên chính', subject: 'stateManagement', targetCode: 'CVC', quota: 30, from: '2027-05-12', to: '2027-07-11' });
    const summaries = await trainingPlansOf(db, 2027);
    expect(summaries).toEqual([{ plan, unitName: 'Huyện ủy Hạ Hòa', courses: [{ course, taken: 0, completed: 0 }] }]);
  });

  it('refuses, writing nothing: a second plan of the unit for the year, an unknown unit, a course outside the plan year or with an unknown level', async () => {
    expect(await refusal(createTrainingPlan(context, { unitId: 'u1', year: 2026, name: 'Kế hoạch khác' }))).toEqual([{ field: 'year', messageKey: 'training.issues.planExists' }]);
    expect(await refusal(createTrainingPlan(context, { unitId: 'nowhere', year: 2027, name: 'Kế hoạch' }))).toEqual([{ field: 'unitId', messageKey: 'training.issues.unitMissing' }]);
    expect(await refusal(addTrainingCourse(context, { planId: 'tp1', name: 'Khóa', subject: 'politicalTheory', targetCode: 'XX', quota: 5, from: '2027-01-05', to: '2027-02-05' }))).toEqual([
      { field: 'targetCode', messageKey: 'validation.chooseOne' },
      { field: 'from', messageKey: 'training.issues.outsideYear' },
    ]);
    expect(await refusal(addTrainingCourse(context, { planId: 'tp1', name: 'Khóa', subject: 'politicalTheory', quota: 5, from: '2026-03-05', to: '2026-02-05' }))).toEqual([
      { field: 'targetCode', messageKey: 'validation.chooseOne' },
      { field: 'to', messageKey: 'validation.endBeforeStart' },
    ]);
  });

  it('enrols from the gap list; completing the course raises the qualification, writes the history row, and closes the gap', async () => {
    const [enrolment] = await enrolInCourse(context, { courseId: 'tc1', personIds: ['p1'], on: day });
    expect(enrolment).toMatchObject({ courseId: 'tc1', personId: 'p1', status: 'planned' });
    expect((await trainingGapList(db, day, 2026))[0]!.shortfalls[0]!.enrolment).toEqual({ courseName: 'Cao cấp lý luận chính trị, khóa 2026', status: 'planned' });

    const { raised } = await completeEnrolment(context, { enrolmentId: enrolment!.id, completedOn: '2027-06-30', certificate: 'Bằng Cao cấp lý luận chính trị' });
    expect(raised).toEqual({ field: 'politicalTheoryCode', from: 'TC', to: 'CC' });
    expect((await recordById(db, 'person', 'p1'))?.politicalTheoryCode).toBe('CC');
    expect((await allRecords(db, 'personHistory')).filter((row) => row.personId === 'p1')).toMatchObject([{ kind: 'training', from: '2026-09-01', to: '2027-06-30', major: 'Cao cấp lý luận chính trị, khóa 2026', certificate: 'Bằng Cao cấp lý luận chính trị' }]);
    expect((await courseEnrolments(db, 'tc1')).map((row) => [row.fullName, row.enrolment.status])).toEqual([['Nguyễn Văn An', 'completed']]);
    expect((await trainingGapList(db, '2027-07-01', 2026)).map((row) => row.fullName)).toEqual(['Trần Thị Bình']);
  });

  it('a course below the level held completes without lowering it', async () => {
    await writeRecords(context, (writer) => void writer.create('trainingCourse', sampleTrainingCourse({ planId: 'tp1', name: 'Trung cấp', targetCode: 'TC', from: '2026-02-01', to: '2026-06-30' }), 'tc2'));
    const [enrolment] = await enrolInCourse(context, { courseId: 'tc2', personIds: ['p2'], on: day });
    expect(enrolment?.status).toBe('enrolled');
    expect((await completeEnrolment(context, { enrolmentId: enrolment!.id, completedOn: '2026-06-30' })).raised).toBeUndefined();
    expect((await recordById(db, 'person', 'p2'))?.politicalTheoryCode).toBe('CC');
  });

  it('refuses, writing nothing: over the quota, twice in a course, someone who left the party, nobody, completing twice or before the course', async () => {
    await enrolInCourse(context, { courseId: 'tc1', personIds: ['p1'], on: day });
    expect(await refusal(enrolInCourse(context, { courseId: 'tc1', personIds: ['p1'], on: day }))).toEqual([{ field: 'personIds', messageKey: 'training.issues.alreadyEnrolled' }]);
    expect(await refusal(enrolInCourse(context, { courseId: 'tc1', personIds: ['p3'], on: day }))).toEqual([{ field: 'personIds', messageKey: 'training.issues.personLeft' }]);
    expect(await refusal(enrolInCourse(context, { courseId: 'tc1', personIds: [], on: day }))).toEqual([{ field: 'personIds', messageKey: 'training.issues.nobodyChosen' }]);
    await writeRecords(context, (writer) => void writer.create('person', samplePerson({ fullName: 'Phạm Văn Dũng', citizenId: undefined }), 'p4'));
    expect(await refusal(enrolInCourse(context, { courseId: 'tc1', personIds: ['p2', 'p4'], on: day }))).toEqual([{ field: 'personIds', messageKey: 'training.issues.overQuota' }]);

    const [enrolment] = await enrolInCourse(context, { courseId: 'tc1', personIds: ['p2'], on: day });
    expect(await refusal(completeEnrolment(context, { enrolmentId: enrolment!.id, completedOn: '2026-08-31' }))).toEqual([{ field: 'completedOn', messageKey: 'training.issues.beforeCourse' }]);
    await completeEnrolment(context, { enrolmentId: enrolment!.id, completedOn: '2027-06-30' });
    expect(await refusal(completeEnrolment(context, { enrolmentId: enrolment!.id, completedOn: '2027-06-30' }))).toEqual([{ field: 'enrolmentId', messageKey: 'training.issues.already.completed' }]);
  });
});
