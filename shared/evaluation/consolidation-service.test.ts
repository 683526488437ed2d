import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countChanges } from '../records/change-log';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { recordById } from '../queries/records-reader';
import { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { consolidationList, enterConsolidation, leaveConsolidation, weakRatingsWithoutProgram } from './consolidation-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;

const unit = (code: string, name: string, parentId: string | null) =>
  fixtures.sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind: parentId ? 'grassroots-committee' : 'province-committee', isGrassroots: parentId !== null, parentId }] });
const weakRating = (unitId: string, overrides: Parameters<typeof fixtures.sampleEvaluation>[0] = {}) =>
  fixtures.sampleEvaluation({ subject: 'unit', personId: undefined, unitId, ratingSchemeCode: '2025', ratingCode: '2025.notCompleted', points: 42, ...overrides });
const entry = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'c2',
  enteredOn: '2026-01-20',
  evaluationId: 'e-c2',
  reason: 'Xếp loại không hoàn thành nhiệm vụ năm 2025',
  measures: 'Kiện toàn cấp ủy; cấp ủy viên cấp trên dự sinh hoạt',
  responsiblePerson: 'Đồng chí Hoàng Văn Dũng, Ủy viên Ban Thường vụ',
  targetYear: 2026,
  ...overrides,
});
const refusal = (promise: Promise<unknown>) => promise.then(() => 'saved', (error: unknown) => (error instanceof ValidationFailed ? error.issues.map((issue) => `${issue.field} ${issue.messageKey}`) : String(error)));

beforeEach(async () => {
  db = new AppDatabase(`consolidation-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date(2026, 1, 1, 9, 0) };
  await writeRecords(context, (writer) => {
    writer.create('unit', unit('PT', 'Đảng bộ tỉnh Phú Thọ', null), 'province');
    writer.create('unit', unit('PT.A', 'Đảng bộ xã An Gia', 'province'), 'c1');
    writer.create('unit', unit('PT.B', 'Đảng bộ xã Bảo Tây', 'province'), 'c2');
    writer.create('unit', unit('PT.C', 'Đảng bộ xã Cẩm Khê', 'province'), 'c3');
    writer.create('evaluation', weakRating('c1'), 'e-c1');
    writer.create('evaluation', weakRating('c2'), 'e-c2');
    writer.create('evaluation', weakRating('c3', { ratingCode: '2025.good', points: 80 }), 'e-c3');
    writer.create('evaluation', weakRating('c3', { stage: 'verification', decision: undefined }), 'e-c3-proposed');
    writer.create('consolidation', fixtures.sampleConsolidation({ unitId: 'c1', evaluationId: 'e-c1', enteredOn: '2026-01-10', targetYear: 2026 }), 'k-c1');
    writer.create('consolidation', fixtures.sampleConsolidation({ unitId: 'c3', enteredOn: '2024-02-10', targetYear: 2024, leftOn: '2025-01-15' }), 'k-c3');
  });
});
afterEach(() => db.delete());

describe('weak organizations', () => {
  it('offer the organizations rated weak by a decision and not yet in a program', async () => {
    expect((await weakRatingsWithoutProgram(db, 'province', 2025, '2026-02-01')).map((weak) => [weak.unitName, weak.gradeName, weak.evaluation.id])).toEqual([
      ['Đảng bộ xã Bảo Tây', 'Không hoàn thành nhiệm vụ', 'e-c2'],
    ]);
    expect(await weakRatingsWithoutProgram(db, 'c1', 2025, '2026-02-01')).toEqual([]);
  });

  it('enter the program from a weak rating, then leave it with the decision that recognizes it', async () => {
    const program = await enterConsolidation(context, entry({ decision: { number: '20-QĐ/TU', date: '2026-01-20', signedBy: 'Ban Thường vụ Tỉnh ủy' } }));
    expect(await weakRatingsWithoutProgram(db, 'province', 2025, '2026-02-01')).toEqual([]);
    expect((await consolidationList(db, 'province', '2026-02-01')).map((listed) => [listed.unitName, listed.state])).toEqual([
      ['Đảng bộ xã Bảo Tây', 'open'],
      ['Đảng bộ xã An Gia', 'open'],
      ['Đảng bộ xã Cẩm Khê', 'left'],
    ]);
    expect((await consolidationList(db, 'province', '2027-03-01')).map((listed) => listed.state)).toEqual(['overdue', 'overdue', 'left']);

    await leaveConsolidation(context, program.id, { leftOn: '2026-12-28', exitDecision: { number: '95-QĐ/TU', date: '2026-12-28' }, outcome: 'Đã khắc phục yếu kém' });
    expect(await recordById(db, 'consolidation', program.id)).toMatchObject({ leftOn: '2026-12-28', exitDecision: { number: '95-QĐ/TU' }, decision: { number: '20-QĐ/TU' } });
    expect((await consolidationList(db, 'province', '2026-12-31')).find((listed) => listed.program.id === program.id)?.state).toBe('left');
  });

  it('refuse a second open program, a rating that is not a weak one of the organization, a second exit, and bad input; nothing written', async () => {
    const before = await countChanges(db);
    expect(await refusal(enterConsolidation(context, entry({ unitId: 'c1', evaluationId: undefined })))).toEqual(['unitId consolidation.rules.alreadyOpen']);
    expect(await refusal(enterConsolidation(context, entry({ unitId: 'c3', evaluationId: 'e-c3' })))).toEqual(['evaluationId consolidation.rules.notWeak']);
    expect(await refusal(enterConsolidation(context, entry({ evaluationId: 'e-c1' })))).toEqual(['evaluationId consolidation.rules.notWeak']);
    expect(await refusal(enterConsolidation(context, entry({ unitId: 'nowhere', evaluationId: undefined })))).toEqual(['unitId consolidation.rules.unitMissing']);
    expect(await refusal(enterConsolidation(context, entry({ measures: '', targetYear: 2020 })))).toEqual(['measures validation.required', 'targetYear validation.endBeforeStart']);
    expect(await refusal(leaveConsolidation(context, 'k-c3', { leftOn: '2026-01-30' }))).toEqual(['leftOn consolidation.rules.alreadyLeft']);
    expect(await refusal(leaveConsolidation(context, 'k-c1', { leftOn: '2025-12-31' }))).toEqual(['leftOn validation.endBeforeStart']);
    expect(await refusal(leaveConsolidation(context, 'k-c1', { leftOn: '31/12/2026' }))).toEqual(['leftOn validation.date']);
    expect(await countChanges(db)).toBe(before);
  });
});
