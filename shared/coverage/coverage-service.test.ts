import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordById } from '../queries/records-reader';
import { refusalOf } from '../records/refusal-check';
import { sampleAdminUnit, sampleAdmissionCase, sampleEnterprise, sampleResidentialArea, sampleUnit } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { loadCoverageBoard, recordAreaStatus, setAreaPlan, setEnterprisePlan } from './coverage-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const day = '2026-07-21';
const plan = { decidedOn: '2026-03-01', targetDate: '2026-06-30', measures: 'Phát triển đảng viên tại khu dân cư, thành lập chi bộ', responsible: 'Đảng ủy xã Vân Phú' };

beforeEach(async () => {
  db = new AppDatabase(`coverage-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-07-21T05:06:07Z') };
  await writeRecords(context, (writer) => {
    writer.create('adminUnit', sampleAdminUnit(), 'a1');
    writer.create('unit', sampleUnit({ periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu 3', kind: 'cell', isGrassroots: false, parentId: null }] }), 'u1');
    writer.create('residentialArea', sampleResidentialArea({ coverage: [{ from: '2010-01-01', statusCode: 'independent', cellUnitId: 'u1' }] }), 'r1');
    writer.create('residentialArea', sampleResidentialArea({ periods: [{ from: '2010-01-01', to: null, name: 'Khu 7', adminUnitId: 'a1' }], coverage: [{ from: '2010-01-01', statusCode: 'none' }] }), 'r2');
    writer.create('enterprise', sampleEnterprise(), 'e1');
    writer.create('enterprise', sampleEnterprise({ name: 'Công ty CP Chè Phú Bền', taxCode: '2600654321', partyUnitId: 'u1', partyUnitSince: '2015-01-01' }), 'e2');
    writer.create('admissionCase', sampleAdmissionCase({ residentialAreaId: 'r2' }), 'ac1');
    writer.create('admissionCase', sampleAdmissionCase({
        personId: 'p3',
        enterpriseId: 'e1',
        stage: 'admission-decision',
        admissionDecision: { number: '12-QĐ/ĐU', date: '2026-05-19' },
        stageHistory: [
          { stage: 'sympathizer', date: '2025-01-10' },
          { stage: 'admission-decision', date: '2026-05-19' },
        ],
      }), 'ac2');
  });
});
afterEach(() => db.delete());

async function refusal(attempt: Promise<unknown>) {
  const { issues, written } = await refusalOf(db, attempt);
  expect(written).toBe(0);
  return issues;
}

describe('the coverage board', () => {
  it('lists areas with their status and cell, enterprises with or without a party organization, and the admissions made there', async () => {
    const board = await loadCoverageBoard(db, day);
    expect(board.areas.map((row) => [row.name, row.communeName, row.statusCode, row.cellUnitName, row.admitted, row.inProgress])).toEqual([
      ['Khu 3', 'Xã Vân Phú', 'independent', 'Chi bộ Khu 3', 0, 0],
      ['Khu 7', 'Xã Vân Phú', 'none', undefined, 0, 1],
    ]);
    expect(board.enterprises.map((row) => [row.name, row.partyUnitName, row.figures?.workforce, row.admitted])).toEqual([
      ['Công ty CP Chè Phú Bền', 'Chi bộ Khu 3', 420, 0],
      ['Công ty TNHH May Phú Thọ', undefined, 420, 1],
    ]);
  });
});

describe('plans to close the gap', () => {
  it('a plan per area or enterprise, overdue once its target date has passed with the gap open', async () => {
    await setAreaPlan(context, { placeId: 'r2', plan });
    await setEnterprisePlan(context, { placeId: 'e1', plan: { ...plan, targetDate: '2026-12-31' } });
    const board = await loadCoverageBoard(db, day);
    expect(board.areas.find((row) => row.id === 'r2')).toMatchObject({ plan, overdue: true });
    expect(board.enterprises.find((row) => row.id === 'e1')).toMatchObject({ plan: { targetDate: '2026-12-31' }, overdue: false });
  });

  it('refuses, writing nothing: an area with a cell, an enterprise with a party organization, a target before the decision, an unknown place', async () => {
    expect(await refusal(setAreaPlan(context, { placeId: 'r1', plan }))).toEqual([{ field: 'placeId', messageKey: 'coverage.issues.areaCovered' }]);
    expect(await refusal(setEnterprisePlan(context, { placeId: 'e2', plan }))).toEqual([{ field: 'placeId', messageKey: 'coverage.issues.enterpriseCovered' }]);
    expect(await refusal(setAreaPlan(context, { placeId: 'r2', plan: { ...plan, targetDate: '2026-02-01' } }))).toEqual([{ field: 'plan.targetDate', messageKey: 'validation.endBeforeStart' }]);
    expect(await refusal(setAreaPlan(context, { placeId: 'nowhere', plan }))).toEqual([{ field: 'placeId', messageKey: 'coverage.issues.placeMissing' }]);
  });
});

describe('the status of an area', () => {
  it('a cell formed closes the gap: the status from that day, the plan no longer overdue', async () => {
    await setAreaPlan(context, { placeId: 'r2', plan });
    await recordAreaStatus(context, { areaId: 'r2', from: '2026-06-15', statusCode: 'joint', cellUnitId: 'u1' });
    expect((await recordById(db, 'residentialArea', 'r2'))?.coverage.at(-1)).toEqual({ from: '2026-06-15', statusCode: 'joint', cellUnitId: 'u1' });
    expect((await loadCoverageBoard(db, day)).areas.find((row) => row.id === 'r2')).toMatchObject({ statusCode: 'joint', cellUnitName: 'Chi bộ Khu 3', overdue: false });
    // Members gone: no cell is kept with the status, whatever the form sent.
    await recordAreaStatus(context, { areaId: 'r2', from: '2026-07-01', statusCode: 'none', cellUnitId: 'u1' });
    expect((await recordById(db, 'residentialArea', 'r2'))?.coverage.at(-1)).toEqual({ from: '2026-07-01', statusCode: 'none' });
  });

  it('refuses, writing nothing: a day not after the status in force, the same status, a cell missing', async () => {
    expect(await refusal(recordAreaStatus(context, { areaId: 'r2', from: '2009-06-15', statusCode: 'independent' }))).toEqual([
      { field: 'from', messageKey: 'coverage.issues.notAfterLatest' },
      { field: 'cellUnitId', messageKey: 'coverage.issues.cellRequired' },
    ]);
    expect(await refusal(recordAreaStatus(context, { areaId: 'r2', from: '2026-06-15', statusCode: 'none' }))).toEqual([{ field: 'statusCode', messageKey: 'coverage.issues.sameStatus' }]);
    expect(await refusal(recordAreaStatus(context, { areaId: 'r2', from: '2026-06-15', statusCode: 'joint', cellUnitId: 'ghost' }))).toEqual([{ field: 'cellUnitId', messageKey: 'coverage.issues.cellMissing' }]);
  });
});
