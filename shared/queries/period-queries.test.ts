/**
 * The queries of the year-end statistics added for reports, on hand-built records: a commune committee G with two
 * cells A and B, and a cell X of another commune. Each expectation is counted by hand from the records below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeUnits } from '../organization/restructure-service';
import {
  sampleAdmissionCase,
  sampleCommendation,
  sampleConsolidation,
  sampleDiscipline,
  sampleEvaluation,
  sampleMembershipTransfer,
  sampleMovement,
  samplePerson,
  samplePlannedPosition,
  samplePlanningCandidate,
  samplePlanningCycle,
  sampleTrainingCourse,
  sampleTrainingEnrolment,
  sampleTrainingPlan,
  sampleUnit,
} from '../records/test-fixtures';
import { writeRecords } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { movementsBetween, planningPoolsOn, trainingCompletedBetween } from './cadre-queries';
import { commendationsBetween, disciplinesBetween, ratingLevels, yearlyRatings } from './conduct-queries';
import { admissionPipelineOn, admissionStageOn, transfersBetween } from './membership-queries';
import { organizationChangesBetween, weakOrganizationsBetween } from './organization-queries';

const office = { officeId: 'province', level: 'province' as const };
const from = '2025-01-01';
const to = '2025-12-31';
let db: AppDatabase;

const unit = (code: string, kind: string, parentId: string | null, isGrassroots = false) =>
  sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name: `Đơn vị ${code}`, kind, isGrassroots, parentId }] });
const member = (unitId: string, overrides: Parameters<typeof samplePerson>[0] = {}) =>
  samplePerson({ citizenId: undefined, unitId, unitHistory: [{ unitId, from: '2015-01-01', to: null }], ...overrides });

beforeAll(async () => {
  db = new AppDatabase('period-queries');
  await writeRecords({ db, office }, (writer) => {
    writer.create('unit', unit('P', 'province-committee', null), 'p');
    writer.create('unit', unit('G', 'grassroots-committee', 'p', true), 'g');
    writer.create('unit', unit('A', 'cell', 'g'), 'a');
    writer.create('unit', unit('B', 'cell', 'g'), 'b');
    writer.create('unit', unit('H', 'grassroots-committee', 'p', true), 'h');
    writer.create('unit', unit('X', 'cell', 'h'), 'x');
    writer.create('person', member('a', { sex: 'female', birthDate: '1990-03-01' }), 'pa');
    writer.create('person', member('b', { birthDate: '1978-01-01' }), 'pb');
    writer.create('person', member('x'), 'px');
    writer.create('person', member('a', { memberStatus: 'sympathizer', admissionDate: undefined }), 'candidate');
    // Admission pipeline: one case in A at the awareness course, one in X, one already admitted.
    writer.create('admissionCase', sampleAdmissionCase({ personId: 'candidate', unitId: 'a', helperPersonIds: ['pa'] }), 'case-a');
    writer.create('admissionCase', sampleAdmissionCase({ personId: 'px', unitId: 'x', helperPersonIds: [] }), 'case-x');
    // Transfers: A → outside (out), X → A accepted in the period (in), A → B (within), one of last year.
    writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'pa', fromUnitId: 'a', issuedOn: '2025-05-02', presentBy: '2025-06-01', hops: [] }), 't-out');
    writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'px', fromUnitId: 'x', toUnitId: 'a', status: 'accepted', issuedOn: '2024-12-20', presentBy: '2025-01-19', hops: [], acceptedOn: '2025-01-05' }), 't-in');
    writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'pb', kind: 'internal', fromUnitId: 'b', toUnitId: 'a', issuedOn: '2025-03-02', presentBy: '2025-04-01', hops: [], status: 'accepted', acceptedOn: '2025-03-10' }), 't-within');
    writer.create('membershipTransfer', sampleMembershipTransfer({ personId: 'pb', fromUnitId: 'b', issuedOn: '2024-03-01', presentBy: '2024-03-31', hops: [], status: 'expired' }), 't-old');
    writer.create('consolidation', sampleConsolidation({ unitId: 'g', enteredOn: '2024-02-01', targetYear: 2024 }), 'weak-open');
    writer.create('consolidation', sampleConsolidation({ unitId: 'h', enteredOn: '2025-02-01', leftOn: '2025-11-30', targetYear: 2025 }), 'weak-left');
    writer.create('commendation', sampleCommendation({ formCode: 'commendation-paper', decision: { number: '7-QĐ', date: '2025-05-15' }, recipients: [{ personId: 'pa' }, { unitId: 'b' }, { personId: 'px' }] }), 'c1');
    writer.create('commendation', sampleCommendation({ decision: { number: '1-QĐ', date: '2024-12-20' }, recipients: [{ personId: 'pa' }] }), 'c-old');
    writer.create('discipline', sampleDiscipline({ personId: 'pb' }), 'd1');
    writer.create('discipline', sampleDiscipline({ subject: 'unit', personId: undefined, unitId: 'x', formCode: 'warning' }), 'd2');
    writer.create('evaluation', sampleEvaluation({ personId: 'pa', ratingSchemeCode: '2025', ratingCode: '2025.excellent', points: 95 }), 'e1');
    writer.create('evaluation', sampleEvaluation({ personId: 'pb', ratingSchemeCode: '2025', ratingCode: '2025.good', stage: 'self-assessment' }), 'e-proposed');
    writer.create('evaluation', sampleEvaluation({ personId: 'px', ratingSchemeCode: '2025', ratingCode: '2025.good', period: { year: 2025, quarter: 2 } }), 'e-quarter');
    writer.create('planningCycle', samplePlanningCycle(), 'c1');
    writer.create('plannedPosition', samplePlannedPosition({ unitId: 'g' }), 'pos-g');
    writer.create('plannedPosition', samplePlannedPosition({ unitId: 'h' }), 'pos-h');
    writer.create('planningCandidate', samplePlanningCandidate({ positionId: 'pos-g', personId: 'pa' }), 'cand-1');
    writer.create('planningCandidate', samplePlanningCandidate({ positionId: 'pos-g', personId: 'pb', removedOn: '2025-10-01', removalDecision: { number: '2-QĐ', date: '2025-10-01' } }), 'cand-removed');
    writer.create('planningCandidate', samplePlanningCandidate({ positionId: 'pos-h', personId: 'px' }), 'cand-h');
    writer.create('movement', sampleMovement({ personId: 'pa', fromUnitId: undefined, toUnitId: undefined }), 'm1');
    writer.create('movement', sampleMovement({ personId: 'px', fromUnitId: 'x', toUnitId: 'x' }), 'm-other');
    writer.create('trainingPlan', sampleTrainingPlan({ unitId: 'g', year: 2025 }), 'tp1');
    writer.create('trainingCourse', sampleTrainingCourse({ from: '2025-03-01', to: '2025-10-30' }), 'tc1');
    writer.create('trainingEnrolment', sampleTrainingEnrolment({ personId: 'pa', status: 'completed', completedOn: '2025-10-30' }), 'en1');
    writer.create('trainingEnrolment', sampleTrainingEnrolment({ personId: 'px', status: 'completed', completedOn: '2025-10-30' }), 'en2');
    writer.create('trainingEnrolment', sampleTrainingEnrolment({ personId: 'pb' }), 'en3');
  });
  await writeRecords({ db, office }, (writer) =>
    mergeUnits(writer, ['a', 'b'], { newUnit: { code: 'AB', name: 'Chi bộ AB', kind: 'cell', isGrassroots: false, parentId: 'g' } }, { decision: { number: '3-QĐ/ĐU', date: '2025-06-20' }, effectiveDate: '2025-07-01' }),
  );
});
afterAll(() => db.delete());

describe('queries of the yearly statistics', () => {
  it('find the pipeline by the stage each case stood at on the day', async () => {
    expect(admissionStageOn({ stageHistory: sampleAdmissionCase().stageHistory }, '2025-03-01')).toBe('sympathizer');
    expect(admissionStageOn({ stageHistory: sampleAdmissionCase().stageHistory }, '2024-01-01')).toBeUndefined();
    expect((await admissionPipelineOn(db, '2025-06-01', { rootUnitId: 'g' })).map((entry) => [entry.personId, entry.stage])).toEqual([['candidate', 'awareness-course']]);
    expect((await admissionPipelineOn(db, '2025-06-01')).map((entry) => entry.personId)).toEqual(['candidate', 'px']);
  });

  it('tell transfers out of, into and within a subtree apart', async () => {
    const seen = async (rootUnitId?: string) => (await transfersBetween(db, from, to, rootUnitId ? { rootUnitId } : {})).map((entry) => [entry.transfer.id, entry.direction]).sort();
    expect(await seen('g')).toEqual([['t-in', 'in'], ['t-out', 'out'], ['t-within', 'within']]);
    expect(await seen('h')).toEqual([]);
    expect(await seen()).toEqual([['t-out', 'out'], ['t-within', 'within']]);
  });

  it('list the units created and merged in a period where they stood, and the weak organizations by status', async () => {
    const changes = await organizationChangesBetween(db, from, to, { rootUnitId: 'g' });
    expect(changes.map((change) => change.change).sort()).toEqual(['created', 'merged', 'merged']);
    expect(changes.filter((change) => change.change === 'merged').map((change) => change.unitId)).toEqual(['a', 'b']);
    expect(await organizationChangesBetween(db, from, to, { rootUnitId: 'h' })).toEqual([]);
    expect(await organizationChangesBetween(db, '2024-01-01', '2024-12-31')).toEqual([]);
    const weak = await weakOrganizationsBetween(db, from, to);
    expect(weak.map((status) => [status.unitId, status.open, status.enteredInPeriod, status.leftInPeriod, status.overdue])).toEqual([
      ['g', true, false, false, true],
      ['h', false, true, true, false],
    ]);
    expect((await weakOrganizationsBetween(db, from, to, { rootUnitId: 'h' })).map((status) => status.unitId)).toEqual(['h']);
  });

  it('count commendations per recipient and discipline of the subtree in the period', async () => {
    const given = await commendationsBetween(db, from, to, { rootUnitId: 'g' });
    expect(given.map((entry) => [entry.subject, entry.subjectId]).sort()).toEqual([['person', 'pa'], ['unit', 'b']]);
    expect(await commendationsBetween(db, from, to)).toHaveLength(3);
    expect((await disciplinesBetween(db, from, to, { rootUnitId: 'g' })).map((discipline) => discipline.id)).toEqual(['d1']);
    expect((await disciplinesBetween(db, from, to, { rootUnitId: 'h' })).map((discipline) => discipline.id)).toEqual(['d2']);
  });

  it('keep the decided yearly ratings only, with their level under the scheme', async () => {
    const ratings = await yearlyRatings(db, 2025, 'person');
    expect([...ratings.keys()]).toEqual(['pa']);
    expect(ratingLevels().get(ratings.get('pa')!.ratingCode)).toBe('excellent');
    expect(ratingLevels().get('org-2008.weak')).toBe('weak');
  });

  it('find the planning pools, movements and completed training of a subtree', async () => {
    const pools = await planningPoolsOn(db, '2025-12-31', { rootUnitId: 'g' });
    expect(pools.map((entry) => [entry.personId, entry.ageAtTermStart])).toEqual([['pa', 34]]);
    expect((await planningPoolsOn(db, '2025-09-30', { rootUnitId: 'g' })).map((entry) => entry.personId).sort()).toEqual(['pa', 'pb']);
    expect((await movementsBetween(db, from, to, { rootUnitId: 'g' })).map((movement) => movement.id)).toEqual(['m1']);
    expect(await movementsBetween(db, from, to)).toHaveLength(2);
    expect((await trainingCompletedBetween(db, from, to, { rootUnitId: 'g' })).map((entry) => entry.personId)).toEqual(['pa']);
    expect(await trainingCompletedBetween(db, '2024-01-01', '2024-12-31')).toEqual([]);
  });
});
