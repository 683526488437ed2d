import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePerson } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { birthDatesMayMatch, findLikelyDuplicates } from './duplicates';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;

beforeEach(async () => {
  db = new AppDatabase(`duplicates-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' } };
  await writeRecords(context, (writer) => {
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', birthDate: '1980-05-12', citizenId: '025080001234' }), 'an');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', birthDate: '1975', citizenId: '025075000001' }), 'an-1975');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn Ân', birthDate: '1980-05', citizenId: undefined }), 'an-month');
    writer.create('person', samplePerson({ fullName: 'Trần Thị Bình', birthDate: '1990-01-02', sex: 'female', citizenId: '025190000002' }), 'binh');
  });
});
afterEach(() => db.delete());

const ids = async (query: Parameters<typeof findLikelyDuplicates>[1]) => (await findLikelyDuplicates(db, query)).map((match) => [match.person.id, match.reasons]);

describe('likely duplicates of a new person', () => {
  it('are people with the same name, ignoring diacritics, case and spacing, and a birth date that may be the same', async () => {
    expect(await ids({ fullName: '  nguyen   van AN ', birthDate: '1980-05-12' })).toEqual([
      ['an', ['nameAndBirthDate']],
      ['an-month', ['nameAndBirthDate']],
    ]);
  });

  it('include a record known only to the year when the new one is known to the day, and the reverse', async () => {
    expect(await ids({ fullName: 'Nguyễn Văn An', birthDate: '1975-08-30' })).toEqual([['an-1975', ['nameAndBirthDate']]]);
    expect(await ids({ fullName: 'Nguyễn Văn An', birthDate: '1980' })).toEqual([
      ['an', ['nameAndBirthDate']],
      ['an-month', ['nameAndBirthDate']],
    ]);
  });

  it('leave out the same name with another birth date, and a name alone', async () => {
    expect(await ids({ fullName: 'Nguyễn Văn An', birthDate: '1980-05-13' })).toEqual([['an-month', ['nameAndBirthDate']]]);
    expect(await ids({ fullName: 'Nguyễn Văn An', birthDate: '1981' })).toEqual([]);
    expect(await ids({ fullName: 'Nguyễn Văn An' })).toEqual([]);
  });

  it('are people with the same citizen ID, whatever their name, written with or without spaces', async () => {
    expect(await ids({ fullName: 'Lê Văn Cường', birthDate: '1990-01-02', citizenId: '025 190 000002' })).toEqual([['binh', ['citizenId']]]);
  });

  it('put a person matching on both name and citizen ID first, once', async () => {
    expect(await ids({ fullName: 'Nguyễn Văn An', birthDate: '1980-05-12', citizenId: '025080001234' })).toEqual([
      ['an', ['nameAndBirthDate', 'citizenId']],
      ['an-month', ['nameAndBirthDate']],
    ]);
  });

  it('skip deleted records', async () => {
    await writeRecords(context, (writer) => writer.remove('person', 'binh'));
    expect(await ids({ fullName: 'Trần Thị Bình', birthDate: '1990-01-02', citizenId: '025190000002' })).toEqual([]);
  });
});

describe('birth dates that may match', () => {
  it('compare as far as both are known', () => {
    expect(birthDatesMayMatch('1980', '1980-05-12')).toBe(true);
    expect(birthDatesMayMatch('1980-05-12', '1980-05')).toBe(true);
    expect(birthDatesMayMatch('1980-05-12', '1980-05-12')).toBe(true);
    expect(birthDatesMayMatch('1980-05-12', '1980-06')).toBe(false);
    expect(birthDatesMayMatch('1980', '1981')).toBe(false);
  });
});
