import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusalOf } from '../records/refusal-check';
import { recordById } from '../queries/records-reader';
import { samplePerson, samplePlannedPosition, samplePlanningCandidate, samplePlanningCycle, sampleUnit } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { recordMovement, recentMovements, termsEndingWithin, type MovementRequest } from './movement-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const decision = { number: '215-QĐ/TU', date: '2026-07-20', signedBy: 'Ban Thường vụ Tỉnh ủy' };

beforeEach(async () => {
  db = new AppDatabase(`movement-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-07-21T05:06:07Z') };
  await writeRecords(context, (writer) => {
    writer.create('unit', sampleUnit({ code: 'VP', periods: [{ from: '2010-01-01', to: null, name: 'Văn phòng Tỉnh ủy', kind: 'cell', isGrassroots: false, parentId: null }] }), 'u1');
    writer.create('unit', sampleUnit({ code: 'BTC', periods: [{ from: '2010-01-01', to: null, name: 'Ban Tổ chức Tỉnh ủy', kind: 'cell', isGrassroots: false, parentId: null }] }), 'u2');
    writer.create('person', samplePerson({ citizenId: undefined, isCadre: true, currentPost: 'Phó Chánh Văn phòng', currentPostSince: '2019-03', workplace: 'Văn phòng Tỉnh ủy' }), 'p1');
    writer.create('person', samplePerson({ fullName: 'Trần Văn Bình', citizenId: undefined, isCadre: true }), 'p2');
    writer.create('personHistory', { personId: 'p1', kind: 'work', from: '2019-03', post: 'Phó Chánh Văn phòng', workplace: 'Văn phòng Tỉnh ủy', unitId: 'u1' }, 'h1');
    writer.create('personHistory', { personId: 'p1', kind: 'work', from: '2010-01', to: '2019-03', post: 'Chuyên viên', workplace: 'Văn phòng Tỉnh ủy' }, 'h0');
    writer.create('planningCycle', samplePlanningCycle(), 'c1');
    writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'c1', unitId: 'u2' }), 'pos1');
    writer.create('planningCandidate', samplePlanningCandidate({ positionId: 'pos1', personId: 'p1' }), 'cand1');
  });
});
afterEach(() => db.delete());

const appointment = (overrides: Partial<MovementRequest> = {}): MovementRequest => ({
  movementTypeCode: 'appointment',
  personId: 'p1',
  toUnitId: 'u2',
  toPost: 'Phó Trưởng Ban Tổ chức',
  effectiveDate: '2026-08-01',
  decision,
  ...overrides,
});

async function refusal(attempt: Promise<unknown>) {
  const { issues, written } = await refusalOf(db, attempt);
  expect(written).toBe(0);
  return issues;
}

describe('movement decisions', () => {
  it('an appointment writes the movement with its 5-year term, closes the open work row, opens the new one and sets the current post', async () => {
    const { movement, workRow } = await recordMovement(context, appointment());
    expect(movement).toMatchObject({ movementTypeCode: 'appointment', fromPost: 'Phó Chánh Văn phòng', fromUnitId: 'u1', toPost: 'Phó Trưởng Ban Tổ chức', termYears: 5, termEndDate: '2031-08-01', wasInPlanning: true, decision });
    expect(workRow).toMatchObject({ kind: 'work', from: '2026-08-01', post: 'Phó Trưởng Ban Tổ chức', workplace: 'Ban Tổ chức Tỉnh ủy', unitId: 'u2', movementId: movement.id });
    expect(await recordById(db, 'personHistory', 'h1')).toMatchObject({ to: '2026-08-01' });
    expect(await recordById(db, 'personHistory', 'h0')).toMatchObject({ to: '2019-03' });
    expect(await recordById(db, 'person', 'p1')).toMatchObject({ currentPost: 'Phó Trưởng Ban Tổ chức', currentPostSince: '2026-08-01', workplace: 'Ban Tổ chức Tỉnh ủy' });
    expect((await recentMovements(db, '2026-01-01', '2026-12-31')).map((row) => [row.fullName, row.toUnitName])).toEqual([['Nguyễn Văn An', 'Ban Tổ chức Tỉnh ủy']]);
  });

  it('a dismissal without a new post leaves the person without one, and writes no term', async () => {
    const { movement, workRow } = await recordMovement(context, { movementTypeCode: 'dismissal', personId: 'p1', effectiveDate: '2026-08-01', decision, wasInPlanning: false });
    expect(workRow).toBeUndefined();
    expect(movement.termEndDate).toBeUndefined();
    expect(movement.fromPost).toBe('Phó Chánh Văn phòng');
    const person = await recordById(db, 'person', 'p1');
    expect(person?.currentPost).toBeUndefined();
    expect(await recordById(db, 'personHistory', 'h1')).toMatchObject({ to: '2026-08-01' });
  });

  it('refuses, writing nothing: no new post, leaving a post not held, a reappointment to another post, a date before the latest movement, unknown person', async () => {
    expect(await refusal(recordMovement(context, appointment({ toPost: '' })))).toEqual([{ field: 'toPost', messageKey: 'validation.required' }]);
    expect(await refusal(recordMovement(context, { movementTypeCode: 'resignation-from-post', personId: 'p2', effectiveDate: '2026-08-01', decision }))).toEqual([{ field: 'personId', messageKey: 'movements.issues.noPostToLeave' }]);
    expect(await refusal(recordMovement(context, appointment({ movementTypeCode: 'reappointment' })))).toEqual([{ field: 'toPost', messageKey: 'movements.issues.reappointmentOtherPost' }]);
    expect(await refusal(recordMovement(context, appointment({ personId: 'nobody', movementTypeCode: 'promotion' })))).toEqual([
      { field: 'movementTypeCode', messageKey: 'validation.chooseOne' },
      { field: 'personId', messageKey: 'movements.issues.personMissing' },
    ]);
    expect(await refusal(recordMovement(context, appointment({ decision: { number: '', date: '2026-02-30' }, effectiveDate: '01/08/2026' })))).toEqual([
      { field: 'effectiveDate', messageKey: 'validation.date' },
      { field: 'decision.number', messageKey: 'validation.required' },
      { field: 'decision.date', messageKey: 'validation.date' },
    ]);
    await recordMovement(context, appointment());
    expect(await refusal(recordMovement(context, appointment({ movementTypeCode: 'rotation', toPost: 'Bí thư Đảng ủy xã', effectiveDate: '2026-07-31' })))).toEqual([{ field: 'effectiveDate', messageKey: 'movements.issues.beforeLatest' }]);
  });

  it('lists the terms ending within 90 working days, the latest appointment of each person only', async () => {
    await recordMovement(context, appointment({ effectiveDate: '2021-09-01', toPost: 'Phó Chánh Văn phòng', toUnitId: 'u1' }));
    await recordMovement(context, appointment({ personId: 'p2', effectiveDate: '2021-12-01', toPost: 'Trưởng phòng', toUnitId: 'u1' }));
    // 2026-07-01 + 90 working days (weekends out) is 2026-11-03: the first term ends in it, the second after it.
    const ending = await termsEndingWithin(db, '2026-07-01');
    expect(ending.map((entry) => [entry.fullName, entry.termEndDate, entry.workingDaysLeft, entry.unitName])).toEqual([['Nguyễn Văn An', '2026-09-01', 44, 'Văn phòng Tỉnh ủy']]);
    // A reappointment replaces the appointment before it: from its day on, only the second term ends in the window.
    await recordMovement(context, appointment({ movementTypeCode: 'reappointment', effectiveDate: '2026-08-15', toPost: 'Phó Chánh Văn phòng', toUnitId: 'u1' }));
    expect((await termsEndingWithin(db, '2026-07-01')).map((entry) => entry.personId)).toEqual(['p1']);
    expect((await termsEndingWithin(db, '2026-08-20')).map((entry) => [entry.fullName, entry.termEndDate])).toEqual([['Trần Văn Bình', '2026-12-01']]);
  });
});
