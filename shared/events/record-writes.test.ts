import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordFields } from '../records/stored-record';
import { recordTypeNames, recordTypes, type RecordTypeName } from '../records/registry';
import * as fixtures from '../records/test-fixtures';
import { NotPermitted, writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { readChanges, countChanges, changeAt } from '../records/change-log';

/** For every record type: a valid sample, and a typical bad input with the issue it must raise first. */
const cases = {
  unit: { valid: fixtures.sampleUnit(), invalid: fixtures.sampleUnit({ code: 'có dấu' }), issue: { field: 'code', messageKey: 'validation.unitCodeFormat' } },
  person: { valid: fixtures.samplePerson(), invalid: fixtures.samplePerson({ birthDate: '1980-02-30' }), issue: { field: 'birthDate', messageKey: 'validation.partialDate' } },
  adminUnit: { valid: fixtures.sampleAdminUnit(), invalid: fixtures.sampleAdminUnit({ code: 'X' }), issue: { field: 'code', messageKey: 'validation.adminUnitCode' } },
  residentialArea: { valid: fixtures.sampleResidentialArea(), invalid: fixtures.sampleResidentialArea({ coverage: [] }), issue: { field: 'coverage', messageKey: 'validation.required' } },
  enterprise: { valid: fixtures.sampleEnterprise(), invalid: fixtures.sampleEnterprise({ taxCode: '123' }), issue: { field: 'taxCode', messageKey: 'validation.taxCode' } },
  restructuring: {
    valid: fixtures.sampleRestructuring(),
    invalid: fixtures.sampleRestructuring({ sourceUnitIds: [] }),
    issue: { field: 'sourceUnitIds', messageKey: 'validation.restructuringSources' },
  },
  personHistory: {
    valid: fixtures.samplePersonHistory('salary'),
    invalid: fixtures.samplePersonHistory('salary', { school: 'Đại học Luật' }),
    issue: { field: 'school', messageKey: 'validation.notForKind' },
  },
  personPhoto: { valid: fixtures.samplePersonPhoto(), invalid: fixtures.samplePersonPhoto({ width: 640 }), issue: { field: 'width', messageKey: 'validation.tooLarge' } },
  evaluation: {
    valid: fixtures.sampleEvaluation(),
    invalid: fixtures.sampleEvaluation({ personId: undefined }),
    issue: { field: 'personId', messageKey: 'validation.subjectPersonRequired' },
  },
  consolidation: { valid: fixtures.sampleConsolidation(), invalid: fixtures.sampleConsolidation({ measures: '' }), issue: { field: 'measures', messageKey: 'validation.required' } },
  planningCycle: {
    valid: fixtures.samplePlanningCycle(),
    invalid: fixtures.samplePlanningCycle({ partyTermTo: 2020 }),
    issue: { field: 'partyTermTo', messageKey: 'validation.endBeforeStart' },
  },
  plannedPosition: { valid: fixtures.samplePlannedPosition(), invalid: fixtures.samplePlannedPosition({ seats: 0 }), issue: { field: 'seats', messageKey: 'validation.tooSmall' } },
  planningCandidate: {
    valid: fixtures.samplePlanningCandidate(),
    invalid: fixtures.samplePlanningCandidate({ priority: 1.5 }),
    issue: { field: 'priority', messageKey: 'validation.wholeNumber' },
  },
  movement: {
    valid: fixtures.sampleMovement(),
    invalid: fixtures.sampleMovement({ termEndDate: '2020-01-01' }),
    issue: { field: 'termEndDate', messageKey: 'validation.endBeforeStart' },
  },
  trainingPlan: { valid: fixtures.sampleTrainingPlan(), invalid: fixtures.sampleTrainingPlan({ name: '' }), issue: { field: 'name', messageKey: 'validation.required' } },
  trainingCourse: {
    valid: fixtures.sampleTrainingCourse(),
    invalid: fixtures.sampleTrainingCourse({ targetCode: undefined }),
    issue: { field: 'targetCode', messageKey: 'validation.chooseOne' },
  },
  trainingEnrolment: {
    valid: fixtures.sampleTrainingEnrolment(),
    invalid: fixtures.sampleTrainingEnrolment({ status: 'completed' }),
    issue: { field: 'completedOn', messageKey: 'validation.required' },
  },
  postStandard: { valid: fixtures.samplePostStandard(), invalid: fixtures.samplePostStandard({ postCode: '' }), issue: { field: 'postCode', messageKey: 'validation.chooseOne' } },
  admissionCase: {
    valid: fixtures.sampleAdmissionCase(),
    invalid: fixtures.sampleAdmissionCase({ stage: 'sympathizer' }),
    issue: { field: 'stage', messageKey: 'validation.stageHistoryMismatch' },
  },
  membershipTransfer: {
    valid: fixtures.sampleMembershipTransfer(),
    invalid: fixtures.sampleMembershipTransfer({ kind: 'internal' }),
    issue: { field: 'toUnitId', messageKey: 'validation.required' },
  },
  partyExit: { valid: fixtures.samplePartyExit(), invalid: fixtures.samplePartyExit({ decision: undefined }), issue: { field: 'decision', messageKey: 'validation.required' } },
  discipline: {
    valid: fixtures.sampleDiscipline(),
    invalid: fixtures.sampleDiscipline({ subject: 'unit', personId: undefined }),
    issue: { field: 'unitId', messageKey: 'validation.subjectUnitRequired' },
  },
  commendation: { valid: fixtures.sampleCommendation(), invalid: fixtures.sampleCommendation({ recipients: [] }), issue: { field: 'recipients', messageKey: 'validation.required' } },
  inspection: {
    valid: fixtures.sampleInspection(),
    invalid: fixtures.sampleInspection({ unitId: undefined }),
    issue: { field: 'unitId', messageKey: 'validation.subjectUnitRequired' },
  },
  catalogEntry: { valid: fixtures.sampleCatalogEntry(), invalid: fixtures.sampleCatalogEntry({ name: ' ' }), issue: { field: 'name', messageKey: 'validation.required' } },
} satisfies { [T in RecordTypeName]: { valid: unknown; invalid: unknown; issue: { field: string; messageKey: string } } };

let db: AppDatabase;
let context: WriteContext;
let counter = 0;

beforeEach(() => {
  db = new AppDatabase(`record-writes-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-03-04T05:06:07Z') };
});
afterEach(() => db.delete());

async function everything() {
  return { rows: await Promise.all(recordTypeNames.map((type) => db.recordTable(recordTypes[type].table).toArray())), changes: await readChanges(db), clock: await db.officeState.toArray() };
}

describe('writing every record type', () => {
  it('has a case for every registered type', () => {
    expect(Object.keys(cases).sort()).toEqual([...recordTypeNames].sort());
  });

  it.each(recordTypeNames)('%s: a valid create writes one row and logs exactly one change', async (type) => {
    const { valid } = cases[type];
    const parsed = recordTypes[type].schema.parse(valid) as Record<string, unknown>;
    await writeRecords(context, (writer) => writer.create(type, valid as never, 'r1'));
    const rows = await db.recordTable(recordTypes[type].table).toArray();
    expect(rows).toHaveLength(1);
    expect(recordFields(rows[0]!)).toEqual(parsed);
    expect(rows[0]).toMatchObject(recordTypes[type].derive?.(parsed as never) ?? {});
    const changes = await readChanges(db);
    expect(changes).toEqual([expect.objectContaining({ seq: 1, type, id: 'r1', op: 'create', values: parsed, seen: {} })]);
  });

  it.each(recordTypeNames)('%s: an invalid create is refused, naming the field, and writes nothing', async (type) => {
    const { invalid, issue } = cases[type];
    const before = await everything();
    const attempt = writeRecords(context, (writer) => writer.create(type, invalid as never, 'r1'));
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining(issue)] });
    expect(await everything()).toEqual(before);
  });

  it('updates a history row field by field, through its flat schema', async () => {
    await writeRecords(context, (writer) => writer.create('personHistory', fixtures.samplePersonHistory('salary'), 'h1'));
    await writeRecords(context, (writer) => writer.update('personHistory', 'h1', { salaryStep: 5, salaryCoefficient: 3.66 }));
    expect((await changeAt(db, 2))?.values).toEqual({ salaryStep: 5, salaryCoefficient: 3.66 });
    const wrongKind = writeRecords(context, (writer) => writer.update('personHistory', 'h1', { major: 'Luật' }));
    await expect(wrongKind).rejects.toMatchObject({ issues: [{ field: 'major', messageKey: 'validation.notForKind' }] });
  });

  it('lets only the province write post standards', async () => {
    const district: WriteContext = { ...context, office: { officeId: 'office-b', level: 'district' } };
    await expect(writeRecords(district, (writer) => writer.create('postStandard', fixtures.samplePostStandard()))).rejects.toBeInstanceOf(NotPermitted);
    expect(await countChanges(db)).toBe(0);
  });
});
