import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { writeRecords, type WriteContext } from '../records/write-path';
import { samplePerson } from '../records/test-fixtures';
import { defaultRecordRules } from '../records/record-rules';
import { countChanges } from '../records/change-log';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;
beforeEach(() => {
  db = new AppDatabase(`person-identifiers-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'district' } };
});
afterEach(() => db.delete());

describe('identifiers on a person', () => {
  it('are normalised: spaces dropped, dossier letters upper-cased', async () => {
    const person = await writeRecords(context, (writer) => writer.create('person', samplePerson({ citizenId: '025 080 001234', dossierNumber: '012345pt', partyCardNumber: '1234 5678' })));
    expect(person).toMatchObject({ citizenId: '025080001234', dossierNumber: '012345PT', partyCardNumber: '12345678' });
  });

  it.each([
    ['a citizen ID whose digits say another birth year', { citizenId: '025090001234' }, 'citizenId', 'validation.citizenId.birthYearMismatch'],
    ['a citizen ID of the wrong length', { citizenId: '02508000123' }, 'citizenId', 'validation.citizenId.lengthOrLegacy'],
    ['a party card number with 7 digits', { partyCardNumber: '1234567' }, 'partyCardNumber', 'validation.partyCardNumber.length'],
    ['a dossier number without the province letters', { dossierNumber: '012345' }, 'dossierNumber', 'validation.dossierNumber.format'],
  ])('refuse %s, writing nothing', async (_name, overrides, field, messageKey) => {
    const attempt = writeRecords(context, (writer) => writer.create('person', samplePerson(overrides)));
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ field, messageKey })] });
    expect(await countChanges(db)).toBe(0);
  });

  it('follow the rules the installation configures', async () => {
    const nineDigitCards = { ...defaultRecordRules, identifiers: { ...defaultRecordRules.identifiers, partyCardNumber: { length: 9 } } };
    await expect(writeRecords({ ...context, rules: nineDigitCards }, (writer) => writer.create('person', samplePerson({ partyCardNumber: '123456789' })))).resolves.toMatchObject({ partyCardNumber: '123456789' });
    await expect(writeRecords(context, (writer) => writer.create('person', samplePerson({ partyCardNumber: '123456789' })))).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'partyCardNumber' })],
    });
  });
});
