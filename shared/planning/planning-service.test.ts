import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusalOf } from '../records/refusal-check';
import { samplePerson, samplePlannedPosition, samplePlanningCycle, sampleUnit } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { addPlannedPosition, createPlanningCycle, loadPlanningBoard, loadPlanningCycles, recordVote, reviewPool } from './planning-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
const decision = { number: '45-QĐ/TU', date: '2028-03-01', signedBy: 'Ban Thường vụ Tỉnh ủy' };

beforeEach(async () => {
  db = new AppDatabase(`planning-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2028-03-04T05:06:07Z') };
  await writeRecords(context, (writer) => {
    writer.create('unit', sampleUnit({ code: 'PT', periods: [{ from: '2010-01-01', to: null, name: 'Đảng bộ tỉnh Phú Thọ', kind: 'province-committee', isGrassroots: false, parentId: null }] }), 'u1');
    writer.create('planningCycle', samplePlanningCycle({ name: 'Nhiệm kỳ 2030-2035', partyTermFrom: 2030, partyTermTo: 2035, stateTermFrom: 2031, stateTermTo: 2036 }), 'c1');
    writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'c1', unitId: 'u1', postCode: 'secretary', title: 'Bí thư Tỉnh ủy', level: 'province', seats: 1 }), 'pos1');
    writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'c1', unitId: 'u1', postCode: 'deputy-secretary', title: 'Phó Bí thư Tỉnh ủy', level: 'province', seats: 1 }), 'pos2');
    writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'c1', unitId: 'u1', postCode: 'people-committee-chair', title: 'Chủ tịch UBND tỉnh', level: 'province', seats: 1 }), 'pos3');
    writer.create('plannedPosition', samplePlannedPosition({ cycleId: 'c1', unitId: 'u1', postCode: 'inspection-chair', title: 'Chủ nhiệm UBKT Tỉnh ủy', level: 'province', seats: 1 }), 'pos4');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', birthDate: '1975-05-12', citizenId: undefined }), 'p1');
    writer.create('person', samplePerson({ fullName: 'Trần Thị Bình', sex: 'female', birthDate: '1984-02-01', citizenId: undefined }), 'p2');
    writer.create('person', samplePerson({ fullName: 'Lê Văn Cường', memberStatus: 'exited', exitDate: '2027-01-01', citizenId: undefined }), 'p3');
  });
});
afterEach(() => db.delete());

async function refusal(attempt: Promise<unknown>) {
  const { issues, written } = await refusalOf(db, attempt);
  expect(written).toBe(0);
  return issues;
}

describe('planning service', () => {
  it('adds candidates by a review decision and shows the pool with the structure warnings', async () => {
    await reviewPool(context, { decision, effectiveDate: '2028-03-01', additions: [{ positionId: 'pos1', personId: 'p1', priority: 1 }, { positionId: 'pos1', personId: 'p2', priority: 2 }] });
    const board = (await loadPlanningBoard(db, 'c1', 'u1'))!;
    expect(board.unit.name).toBe('Đảng bộ tỉnh Phú Thọ');
    // The secretary first, then in the order a committee lists its posts.
    expect(board.pools.map((pool) => pool.position.id)).toEqual(['pos1', 'pos2', 'pos3', 'pos4']);
    const secretary = board.pools[0]!;
    expect(secretary.candidates.map((entry) => [entry.person?.fullName, entry.candidate.priority, entry.ageAtTermStart])).toEqual([
      ['Nguyễn Văn An', 1, 54],
      ['Trần Thị Bình', 2, 45],
    ]);
    expect(secretary.candidates[0]!.candidate.decision).toEqual(decision);
    expect(board.people).toBe(2);
    // No minority, nobody under 40; the three positions without anyone are too small; nobody is too old to plan.
    expect(board.warnings.map((warning) => warning.key).sort()).toEqual(['ethnicMinorityShare', 'fewCandidates', 'fewCandidates', 'fewCandidates', 'youngShare']);
    expect((await loadPlanningCycles(db)).unitsByCycle.c1).toEqual([{ id: 'u1', name: 'Đảng bộ tỉnh Phú Thọ' }]);
  });

  it('removes a candidate at a yearly review with its decision, and keeps them among the removed', async () => {
    const { added } = await reviewPool(context, { decision, effectiveDate: '2028-03-01', additions: [{ positionId: 'pos1', personId: 'p1', priority: 1 }] });
    const review = { number: '80-QĐ/TU', date: '2029-01-15' };
    await reviewPool(context, { decision: review, effectiveDate: '2029-01-15', removals: [{ candidateId: added[0]!.id, reason: 'Chuyển công tác ra ngoài tỉnh' }] });
    const pool = (await loadPlanningBoard(db, 'c1', 'u1'))!.pools[0]!;
    expect(pool.candidates).toEqual([]);
    expect(pool.removed[0]!.candidate).toMatchObject({ removedOn: '2029-01-15', removalDecision: review, removalReason: 'Chuyển công tác ra ngoài tỉnh' });
    expect(await refusal(reviewPool(context, { decision: review, effectiveDate: '2029-01-16', removals: [{ candidateId: added[0]!.id }] }))).toEqual([{ field: 'removals.0.candidateId', messageKey: 'planning.issues.notInPool' }]);
  });

  it('refuses, writing nothing: someone already in the pool, a person who left the party, a fourth position, an empty review', async () => {
    await reviewPool(context, {
      decision,
      effectiveDate: '2028-03-01',
      additions: [
        { positionId: 'pos1', personId: 'p1', priority: 1 },
        { positionId: 'pos2', personId: 'p1', priority: 1 },
        { positionId: 'pos3', personId: 'p1', priority: 1 },
      ],
    });
    expect(
      await refusal(
        reviewPool(context, {
          decision,
          effectiveDate: '2028-04-01',
          additions: [
            { positionId: 'pos2', personId: 'p2', priority: 2 },
            { positionId: 'pos1', personId: 'p1', priority: 2 },
            { positionId: 'pos4', personId: 'p1', priority: 1 },
            { positionId: 'pos1', personId: 'p3', priority: 3 },
            { positionId: 'nowhere', personId: 'p2', priority: 3 },
          ],
        }),
      ),
    ).toEqual([
      { field: 'additions.1.personId', messageKey: 'planning.issues.alreadyInPool' },
      { field: 'additions.2.personId', messageKey: 'planning.issues.tooManyPositions' },
      { field: 'additions.3.personId', messageKey: 'planning.issues.personExited' },
      { field: 'additions.4.positionId', messageKey: 'planning.issues.positionMissing' },
    ]);
    expect((await loadPlanningBoard(db, 'c1', 'u1'))!.pools[1]!.candidates.map((entry) => entry.person?.id)).toEqual(['p1']);
    expect(await refusal(reviewPool(context, { decision, effectiveDate: '2028-04-01' }))).toEqual([{ field: 'additions', messageKey: 'planning.issues.emptyReview' }]);
    expect(await refusal(reviewPool(context, { decision: { number: '', date: '2028-02-30' }, effectiveDate: '2028-04-01', additions: [{ positionId: 'pos4', personId: 'p2', priority: 0 }] }))).toEqual([
      { field: 'decision.number', messageKey: 'validation.required' },
      { field: 'decision.date', messageKey: 'validation.date' },
      { field: 'additions.0.priority', messageKey: 'validation.tooSmall' },
    ]);
  });

  it('records the votes of the selection steps, refusing more votes than voters', async () => {
    const { added } = await reviewPool(context, { decision, effectiveDate: '2028-03-01', additions: [{ positionId: 'pos1', personId: 'p2', priority: 1 }] });
    const id = added[0]!.id;
    await recordVote(context, id, { step: 'Hội nghị cán bộ chủ chốt', date: '2028-02-01', votesFor: 90, votesAgainst: 5, totalVoters: 100 });
    expect(await refusal(recordVote(context, id, { step: 'Ban Thường vụ', date: '2028-02-20', votesFor: 14, votesAgainst: 2, totalVoters: 15 }))).toEqual([
      { field: 'votes.1.totalVoters', messageKey: 'validation.votesExceedVoters' },
    ]);
    expect((await loadPlanningBoard(db, 'c1', 'u1'))!.pools[0]!.candidates[0]!.candidate.votes).toHaveLength(1);
  });

  it('refuses a second cycle for the same term, and a position twice in a unit or in a unit that does not exist', async () => {
    expect(await refusal(createPlanningCycle(context, samplePlanningCycle({ partyTermFrom: 2030, partyTermTo: 2035, stateTermFrom: 2031, stateTermTo: 2036 })))).toEqual([{ field: 'partyTermFrom', messageKey: 'planning.issues.cycleExists' }]);
    expect(await refusal(addPlannedPosition(context, samplePlannedPosition({ cycleId: 'c1', unitId: 'u1', postCode: 'secretary' })))).toEqual([{ field: 'postCode', messageKey: 'planning.issues.positionExists' }]);
    expect(await refusal(addPlannedPosition(context, samplePlannedPosition({ cycleId: 'c9', unitId: 'u9' })))).toEqual([
      { field: 'cycleId', messageKey: 'planning.issues.cycleMissing' },
      { field: 'unitId', messageKey: 'planning.issues.unitMissing' },
    ]);
    const cycle = await createPlanningCycle(context, samplePlanningCycle());
    const position = await addPlannedPosition(context, samplePlannedPosition({ cycleId: cycle.id, unitId: 'u1', seats: 2 }));
    expect(position.seats).toBe(2);
  });
});
