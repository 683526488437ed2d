import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countChanges } from '../records/change-log';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { personRecordType, personSchema } from './person';
import { personHistoryFields } from './person-history';
import {
  createPerson,
  historyFieldCatalogs,
  loadPersonDossier,
  loadRestrictedFields,
  personFieldCatalogs,
  removePersonHistory,
  removePersonPhoto,
  restrictedFields,
  savePersonHistory,
  setPersonPhoto,
  updatePerson,
} from './person-service';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;

const unit = (code: string, name: string, parentId: string | null, kind: string, isGrassroots: boolean) =>
  fixtures.sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots, parentId }] });

beforeEach(async () => {
  db = new AppDatabase(`person-service-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date(2026, 2, 4, 9, 30) };
  await writeRecords(context, (writer) => {
    writer.create('unit', unit('PT', 'Đảng bộ tỉnh Phú Thọ', null, 'province-committee', false), 'province');
    writer.create('unit', unit('PT.VP', 'Đảng bộ xã Vân Phú', 'province', 'grassroots-committee', true), 'commune');
    writer.create('unit', unit('PT.VP.K3', 'Chi bộ Khu 3', 'commune', 'cell', false), 'u1');
    writer.create('person', fixtures.samplePerson({ politicalHistory: 'Không bị bắt, không bị tù', foreignRelations: 'Không', familyEconomy: 'Đủ ăn' }), 'p1');
    writer.create('person', fixtures.samplePerson({ fullName: 'Trần Thị Bình', sex: 'female', citizenId: undefined }), 'p2');
  });
});
afterEach(() => db.delete());

describe('the dossier of a person', () => {
  beforeEach(async () => {
    await writeRecords(context, (writer) => {
      writer.create('personHistory', fixtures.samplePersonHistory('work', { from: '2011-01', to: undefined, post: 'Phó Chánh Văn phòng' }), 'w2');
      writer.create('personHistory', fixtures.samplePersonHistory('work'), 'w1');
      writer.create('personHistory', fixtures.samplePersonHistory('family'), 'f1');
      writer.create('personHistory', fixtures.samplePersonHistory('training', { personId: 'p2' }), 'other');
      writer.create('commendation', fixtures.sampleCommendation(), 'c1');
      writer.create('commendation', fixtures.sampleCommendation({ recipients: [{ personId: 'p2' }] }), 'c-other');
      writer.create('discipline', fixtures.sampleDiscipline(), 'd1');
      writer.create('evaluation', fixtures.sampleEvaluation({ period: { year: 2025 } }), 'e2025');
      writer.create('evaluation', fixtures.sampleEvaluation({ period: { year: 2024 }, ratingSchemeCode: '2018', ratingCode: '2018.good', points: undefined }), 'e2024');
      writer.create('plannedPosition', fixtures.samplePlannedPosition({ unitId: 'commune' }), 'pos1');
      writer.create('planningCandidate', fixtures.samplePlanningCandidate(), 'pc1');
      writer.create('movement', fixtures.sampleMovement(), 'm1');
      writer.create('trainingCourse', fixtures.sampleTrainingCourse(), 'tc1');
      writer.create('trainingEnrolment', fixtures.sampleTrainingEnrolment(), 'te1');
      writer.create('membershipTransfer', fixtures.sampleMembershipTransfer(), 't1');
      writer.create('partyExit', fixtures.samplePartyExit(), 'x1');
      writer.create('inspection', fixtures.sampleInspection({ subject: 'person', personId: 'p1', unitId: undefined }), 'i1');
    });
  });

  it('gathers the person’s dated records from every record type, and nobody else’s', async () => {
    const dossier = await loadPersonDossier(db, 'p1');
    expect(dossier?.person).toMatchObject({ id: 'p1', fullName: 'Nguyễn Văn An' });
    expect(dossier?.histories.work.map((row) => row.id)).toEqual(['w1', 'w2']);
    expect(dossier?.histories.family.map((row) => row.id)).toEqual(['f1']);
    expect(dossier?.histories.training).toEqual([]);
    expect(dossier?.commendations.map((item) => item.id)).toEqual(['c1']);
    expect(dossier?.disciplines.map((item) => item.id)).toEqual(['d1']);
    expect(dossier?.inspections.map((item) => item.id)).toEqual(['i1']);
    expect(dossier?.evaluations.map((item) => item.id)).toEqual(['e2024', 'e2025']);
    expect(dossier?.planning).toEqual([{ candidate: expect.objectContaining({ id: 'pc1' }), position: expect.objectContaining({ id: 'pos1', title: 'Bí thư Đảng ủy xã' }) }]);
    expect(dossier?.movements.map((item) => item.id)).toEqual(['m1']);
    expect(dossier?.training).toEqual([{ enrolment: expect.objectContaining({ id: 'te1' }), course: expect.objectContaining({ id: 'tc1' }) }]);
    expect(dossier?.transfers.map((item) => item.id)).toEqual(['t1']);
    expect(dossier?.exits.map((item) => item.id)).toEqual(['x1']);
  });

  it('names the units it mentions, and the path from the top down to the person’s unit', async () => {
    const dossier = await loadPersonDossier(db, 'p1');
    expect(dossier?.unitPath.map((item) => item.name)).toEqual(['Đảng bộ tỉnh Phú Thọ', 'Đảng bộ xã Vân Phú', 'Chi bộ Khu 3']);
    expect(dossier?.unitPath[1]).toMatchObject({ isGrassroots: true, kind: 'grassroots-committee' });
    expect(dossier?.units.get('u1')?.name).toBe('Chi bộ Khu 3');
    expect(dossier?.units.get('commune')?.name).toBe('Đảng bộ xã Vân Phú');
  });

  it('leaves the restricted fields out; they are read on their own', async () => {
    const dossier = await loadPersonDossier(db, 'p1');
    for (const field of restrictedFields) expect(dossier?.person).not.toHaveProperty(field);
    expect(await loadRestrictedFields(db, 'p1')).toEqual({ politicalHistory: 'Không bị bắt, không bị tù', foreignRelations: 'Không', familyEconomy: 'Đủ ăn' });
    expect(await loadRestrictedFields(db, 'p2')).toEqual({});
  });

  it('is null for a person who does not exist or was deleted', async () => {
    expect(await loadPersonDossier(db, 'nobody')).toBeNull();
    await writeRecords(context, (writer) => writer.remove('person', 'p2'));
    expect(await loadPersonDossier(db, 'p2')).toBeNull();
  });
});

describe('editing a person', () => {
  it('refuses a bad value, naming the field, and changes nothing', async () => {
    const before = await countChanges(db);
    const attempt = updatePerson(context, 'p1', { birthDate: '31/02/1990' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ issues: [{ field: 'birthDate', messageKey: 'validation.partialDate' }] });
    await expect(updatePerson(context, 'p1', { partyCardNumber: '1234567' })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'partyCardNumber', messageKey: 'validation.partyCardNumber.length' })] });
    expect(await countChanges(db)).toBe(before);
    expect((await loadPersonDossier(db, 'p1'))?.person.birthDate).toBe('1980-05-12');
  });

  it('saves a good value and clears a field given as null, keeping the restricted fields', async () => {
    await updatePerson(context, 'p1', { birthDate: '1980-05-13', otherNames: 'An', citizenId: null });
    await updatePerson(context, 'p1', { otherNames: null });
    const person = (await loadPersonDossier(db, 'p1'))?.person;
    expect(person).toMatchObject({ birthDate: '1980-05-13' });
    expect(person).not.toHaveProperty('otherNames');
    expect(person).not.toHaveProperty('citizenId');
    expect(await loadRestrictedFields(db, 'p1')).toMatchObject({ politicalHistory: 'Không bị bắt, không bị tù' });
  });
});

describe('creating a person', () => {
  const input = () => {
    const { unitHistory: _history, ...rest } = fixtures.samplePerson({ fullName: 'Lê Văn Cường', citizenId: undefined, unitId: 'u1' });
    return rest;
  };

  it('opens the unit history on the admission date', async () => {
    const person = await createPerson(context, input());
    expect(person.unitHistory).toEqual([{ unitId: 'u1', from: '2005-03-01', to: null }]);
  });

  it('opens it on the local day of entry for someone not admitted', async () => {
    const person = await createPerson(context, { ...input(), memberStatus: 'non-member', admissionDate: undefined });
    expect(person.unitHistory).toEqual([{ unitId: 'u1', from: '2026-03-04', to: null }]);
  });

  it('refuses an incomplete person and writes nothing', async () => {
    const before = await countChanges(db);
    await expect(createPerson(context, { ...input(), fullName: ' ' })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'fullName', messageKey: 'validation.required' })] });
    expect(await countChanges(db)).toBe(before);
  });
});

describe('the dated tables of a person', () => {
  it('add, change (clearing a field with null) and delete a row', async () => {
    const row = await savePersonHistory(context, 'p1', null, { kind: 'work', from: '2002-08', to: '2010-12', post: 'Chuyên viên', workplace: 'Văn phòng Huyện ủy', unitId: null });
    expect(row).toMatchObject({ personId: 'p1', kind: 'work', post: 'Chuyên viên' });
    await savePersonHistory(context, 'p1', row.id, { kind: 'work', from: '2002-08', to: null, post: 'Chánh Văn phòng', workplace: 'Văn phòng Huyện ủy', unitId: null });
    const [saved] = (await loadPersonDossier(db, 'p1'))?.histories.work ?? [];
    expect(saved).toMatchObject({ id: row.id, post: 'Chánh Văn phòng' });
    expect(saved).not.toHaveProperty('to');

    await removePersonHistory(context, 'p1', row.id);
    expect((await loadPersonDossier(db, 'p1'))?.histories.work).toEqual([]);
  });

  it('refuse a row that breaks its kind’s rules, writing nothing', async () => {
    const before = await countChanges(db);
    const attempt = savePersonHistory(context, 'p1', null, { kind: 'salary', effectiveDate: '2023-07', civilServiceGradeCode: '01.003', salaryStep: 4, salaryCoefficient: Number.NaN });
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'salaryCoefficient', messageKey: 'validation.number' })] });
    expect(await countChanges(db)).toBe(before);
  });

  it('never touch a row of another person', async () => {
    await writeRecords(context, (writer) => writer.create('personHistory', fixtures.samplePersonHistory('family', { personId: 'p2' }), 'h-p2'));
    await expect(removePersonHistory(context, 'p1', 'h-p2')).rejects.toThrow('not one of person p1');
    await expect(savePersonHistory(context, 'p1', 'h-p2', { kind: 'family', side: 'own', relation: 'Mẹ đẻ', fullName: 'X' })).rejects.toThrow('not one of person p1');
    expect((await loadPersonDossier(db, 'p2'))?.histories.family).toHaveLength(1);
  });
});

describe('the photo of a person', () => {
  it('is replaced by a new one, the old record retired in the same write', async () => {
    const first = await setPersonPhoto(context, 'p1', { mediaType: 'image/png', width: 1, height: 1, data: fixtures.samplePersonPhoto().data });
    const second = await setPersonPhoto(context, 'p1', { mediaType: 'image/png', width: 1, height: 1, data: fixtures.samplePersonPhoto().data });
    const dossier = await loadPersonDossier(db, 'p1');
    expect(dossier?.person.photoId).toBe(second.id);
    expect(dossier?.photo).toMatchObject({ id: second.id, personId: 'p1' });
    const stored = await db.recordTable('personPhotos').where('personId').equals('p1').toArray();
    expect(stored.filter((row) => !row._deleted).map((row) => row.id)).toEqual([second.id]);
    expect(stored.find((row) => row.id === first.id)?._deleted).toBeDefined();
  });

  it('refuses a picture larger than the 3×4 box and writes nothing', async () => {
    const before = await countChanges(db);
    await expect(setPersonPhoto(context, 'p1', { mediaType: 'image/png', width: 600, height: 800, data: 'AAAA' })).rejects.toBeInstanceOf(ValidationFailed);
    expect(await countChanges(db)).toBe(before);
  });

  it('can be removed', async () => {
    await setPersonPhoto(context, 'p1', { mediaType: 'image/png', width: 1, height: 1, data: fixtures.samplePersonPhoto().data });
    await removePersonPhoto(context, 'p1');
    const dossier = await loadPersonDossier(db, 'p1');
    expect(dossier?.person).not.toHaveProperty('photoId');
    expect(dossier?.photo).toBeUndefined();
  });
});

describe('what the page needs to know of the fields', () => {
  it('knows the catalog of every code field of the person and of the dated tables', () => {
    const codeFields = (fields: object) => Object.keys(fields).filter((field) => field.endsWith('Code'));
    expect(Object.keys(personFieldCatalogs).sort()).toEqual(codeFields(personSchema.shape).sort());
    expect(Object.keys(historyFieldCatalogs).sort()).toEqual(codeFields(personHistoryFields).sort());
  });

  it('keeps restricted exactly the fields the person record type marks sensitive', () => {
    expect([...restrictedFields]).toEqual(personRecordType.sensitiveFields);
  });
});
