import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { findPeopleByName } from './person-search';

let db: AppDatabase;
let counter = 0;

beforeEach(async () => {
  db = new AppDatabase(`person-search-${++counter}`);
  const context: WriteContext = { db, office: { officeId: 'office-a', level: 'province' } };
  await writeRecords(context, (writer) => {
    writer.create('unit', sampleUnit(), 'u1');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Văn An', citizenId: undefined, currentPost: 'Trưởng phòng' }), 'p1');
    writer.create('person', samplePerson({ fullName: 'Nguyễn Thị Bình', sex: 'female', citizenId: undefined }), 'p2');
    writer.create('person', samplePerson({ fullName: 'Đặng Văn Cường', citizenId: undefined }), 'p3');
  });
});
afterEach(() => db.delete());

describe('finding people by name', () => {
  it('matches the start of the name, diacritics and case ignored, with post and unit', async () => {
    expect((await findPeopleByName(db, 'nguyen')).map((match) => match.fullName)).toEqual(['Nguyễn Thị Bình', 'Nguyễn Văn An']);
    expect(await findPeopleByName(db, 'NGUYỄN VĂN')).toEqual([{ id: 'p1', fullName: 'Nguyễn Văn An', birthDate: '1980-05-12', unitId: 'u1', currentPost: 'Trưởng phòng', unitName: 'Chi bộ Khu 1' }]);
    expect((await findPeopleByName(db, 'dang')).map((match) => match.id)).toEqual(['p3']);
    expect(await findPeopleByName(db, 'n')).toEqual([]);
  });
});
