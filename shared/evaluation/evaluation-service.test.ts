import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countChanges } from '../records/change-log';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { allRecords } from '../queries/records-reader';
import type { AppDatabase } from '../storage/database';
import { workflowTestOffice } from '../events/workflow-test-office';
import { ValidationFailed } from '../validation/issues';
import { loadEvaluationSheet, saveEvaluationSheet } from './evaluation-service';

let db: AppDatabase;
let context: WriteContext;

const member = (fullName: string, unitId: string, overrides: Parameters<typeof fixtures.samplePerson>[0] = {}) =>
  fixtures.samplePerson({ fullName, citizenId: undefined, unitId, unitHistory: [{ unitId, from: '2005-03-01', to: null }], ...overrides });

beforeEach(async () => {
  context = await workflowTestOffice('evaluation-service', new Date(2026, 0, 10, 9, 0));
  db = context.db;
  await writeRecords(context, (writer) => {
    writer.create('person', member('Trần Văn Bình', 'u1'), 'p1');
    writer.create('person', member('Lê Thị An', 'u2', { sex: 'female' }), 'p2');
    writer.create('person', member('Phạm Văn Cường', 'u2', { memberStatus: 'non-member', admissionDate: undefined }), 'p3');
    writer.create('evaluation', fixtures.sampleEvaluation({ ratingSchemeCode: '2018', ratingCode: '2018.good', points: undefined, period: { year: 2024 }, stage: 'self-assessment', decision: undefined }), 'e-p1');
  });
});
afterEach(() => db.delete());

describe('the evaluation sheet of a unit', () => {
  it('lists its organizations and its members (not the non-members), with what is recorded for the period', async () => {
    const sheet = await loadEvaluationSheet(db, 'commune', { year: 2024 });
    expect(sheet.organizations.map((row) => [row.name, row.groupName])).toEqual([
      ['Đảng bộ xã Vân Phú', 'Đảng bộ tỉnh Phú Thọ'],
      ['Chi bộ Khu 3', 'Đảng bộ xã Vân Phú'],
      ['Chi bộ Khu 5', 'Đảng bộ xã Vân Phú'],
    ]);
    expect(sheet.members.map((row) => [row.name, row.groupName, row.existing?.ratingCode])).toEqual([
      ['Lê Thị An', 'Đảng bộ xã Vân Phú', undefined],
      ['Trần Văn Bình', 'Đảng bộ xã Vân Phú', '2018.good'],
    ]);
    expect(sheet.schemes.person?.code).toBe('2018');
    expect((await loadEvaluationSheet(db, 'commune', { year: 2024, quarter: 1 })).members.every((row) => row.existing === undefined)).toBe(true);
  });

  it('refuses a unit that did not exist in the period', async () => {
    await expect(loadEvaluationSheet(db, 'commune', { year: 2008 })).rejects.toMatchObject({ issues: [{ field: 'unitId', messageKey: 'evaluation.rules.unitMissing' }] });
  });
});

describe('saving an evaluation sheet', () => {
  const decision = { number: '12-QĐ/ĐU', date: '2025-12-20', signedBy: 'Ban Thường vụ Đảng ủy xã Vân Phú' };

  it('writes every rated row in one go, at the sheet’s stage, updating what was recorded and deriving grades from points', async () => {
    const saved = await saveEvaluationSheet(context, {
      unitId: 'commune',
      period: { year: 2024 },
      stage: 'decision',
      decision,
      rows: [
        { subject: 'person', subjectId: 'p1', ratingCode: '2018.excellent' },
        { subject: 'person', subjectId: 'p2', ratingCode: '2018.good', note: 'Tốt' },
        { subject: 'unit', subjectId: 'u1', ratingCode: '2018.notCompleted' },
        { subject: 'unit', subjectId: 'u2' },
      ],
    });
    expect(saved).toEqual({ created: 2, updated: 1 });
    const evaluations = await allRecords(db, 'evaluation');
    expect(evaluations.find((row) => row.id === 'e-p1')).toMatchObject({ ratingCode: '2018.excellent', stage: 'decision', decision });
    expect(evaluations.find((row) => row.unitId === 'u1')).toMatchObject({ subject: 'unit', ratingSchemeCode: '2018', ratingCode: '2018.notCompleted', period: { year: 2024 } });
    expect(evaluations.some((row) => row.unitId === 'u2')).toBe(false);

    await saveEvaluationSheet(context, { unitId: 'u2', period: { year: 2025, quarter: 3 }, stage: 'verification', rows: [{ subject: 'person', subjectId: 'p2', points: 72.5 }] });
    expect((await allRecords(db, 'evaluation')).find((row) => row.period.quarter === 3)).toMatchObject({ personId: 'p2', ratingSchemeCode: '2025', ratingCode: '2025.good', points: 72.5, stage: 'verification' });
  });

  it('refuses a bad sheet as a whole, with the rule broken, and writes nothing of it', async () => {
    const before = await countChanges(db);
    const refused = (input: unknown) => saveEvaluationSheet(context, input).then(() => 'saved', (error: unknown) => (error instanceof ValidationFailed ? error.issues.map((issue) => `${issue.field} ${issue.messageKey}`) : String(error)));
    expect(
      await refused({ unitId: 'commune', period: { year: 2024 }, stage: 'decision', rows: [{ subject: 'person', subjectId: 'p2', ratingCode: '2018.good' }, { subject: 'person', subjectId: 'p3', ratingCode: '2018.good' }] }),
    ).toEqual(['decision evaluation.rules.decisionRequired', 'rows.1.subjectId evaluation.rules.notInUnit']);
    expect(await refused({ unitId: 'commune', period: { year: 2025 }, stage: 'verification', rows: [{ subject: 'person', subjectId: 'p2', points: 120 }] })).toEqual(['rows.0.points validation.tooLarge']);
    expect(await refused({ unitId: 'commune', period: { year: 2025 }, stage: 'verification', rows: [{ subject: 'person', subjectId: 'p2', points: Number.NaN }] })).toEqual(['rows.0.points validation.number']);
    await saveEvaluationSheet(context, { unitId: 'commune', period: { year: 2024 }, stage: 'published', decision, rows: [{ subject: 'person', subjectId: 'p1', ratingCode: '2018.good' }] });
    const published = await countChanges(db);
    expect(await refused({ unitId: 'commune', period: { year: 2024 }, stage: 'verification', rows: [{ subject: 'person', subjectId: 'p2', ratingCode: '2018.good' }, { subject: 'person', subjectId: 'p1', ratingCode: '2018.completed' }] })).toEqual([
      'rows.1.stage evaluation.rules.stageBackwards',
    ]);
    expect(published - before).toBe(1);
    expect(await countChanges(db)).toBe(published);
  });
});
