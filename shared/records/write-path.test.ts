import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { RecordNotFound, writeRecords, type WriteContext } from './write-path';
import { samplePerson, sampleUnit } from './test-fixtures';
import { readChanges, countChanges, changeAt } from './change-log';

let db: AppDatabase;
let context: WriteContext;
let counter = 0;

beforeEach(() => {
  db = new AppDatabase(`write-path-${++counter}`);
  context = { db, office: { officeId: 'office-a', level: 'province' }, now: () => new Date('2026-03-04T05:06:07Z') };
});
afterEach(() => db.delete());

async function dump() {
  return { people: await db.recordTable('people').toArray(), units: await db.recordTable('units').toArray(), changes: await readChanges(db), clock: await db.officeState.toArray() };
}

describe('the write path', () => {
  it('creates a record and logs exactly one change with every field', async () => {
    const person = await writeRecords(context, (writer) => writer.create('person', samplePerson(), 'p1'));
    expect(person).toMatchObject({ id: 'p1', fullName: 'Nguyễn Văn An' });
    const { people, changes, clock } = await dump();
    expect(people).toEqual([
      expect.objectContaining({ id: 'p1', fullName: 'Nguyễn Văn An', _nameKey: 'nguyen van an', _created: { clock: 1, office: 'office-a' }, _stamps: {} }),
    ]);
    expect(changes).toEqual([
      {
        seq: 1,
        clock: 1,
        office: 'office-a',
        type: 'person',
        id: 'p1',
        op: 'create',
        values: expect.objectContaining({ fullName: 'Nguyễn Văn An', sex: 'male', birthDate: '1980-05-12', unitId: 'u1' }),
        seen: {},
        at: '2026-03-04T05:06:07.000Z',
      },
    ]);
    expect(Object.keys(changes[0]!.values).sort()).toEqual(Object.keys(samplePerson()).sort());
    expect(clock).toEqual([{ key: 'clock', clock: 1, seq: 1 }]);
  });

  it('logs only the fields an update changes, with the stamps the author had seen', async () => {
    await writeRecords(context, (writer) => writer.create('person', samplePerson(), 'p1'));
    await writeRecords(context, (writer) => writer.update('person', 'p1', { phone: '0912 345 678', fullName: 'Nguyễn Văn An' }));
    await writeRecords(context, (writer) => writer.update('person', 'p1', { phone: '0987 654 321', citizenId: null }));
    const { people, changes } = await dump();
    expect(changes.slice(1)).toEqual([
      expect.objectContaining({ seq: 2, clock: 2, op: 'update', values: { phone: '0912 345 678' }, seen: { phone: { clock: 1, office: 'office-a' } } }),
      expect.objectContaining({
        seq: 3,
        clock: 3,
        op: 'update',
        values: { phone: '0987 654 321', citizenId: null },
        seen: { phone: { clock: 2, office: 'office-a' }, citizenId: { clock: 1, office: 'office-a' } },
      }),
    ]);
    expect(people[0]).not.toHaveProperty('citizenId');
    expect(people[0]).toMatchObject({ phone: '0987 654 321', _stamps: { phone: { clock: 3, office: 'office-a' }, citizenId: { clock: 3, office: 'office-a' } } });
  });

  it('writes nothing when an update changes nothing', async () => {
    await writeRecords(context, (writer) => writer.create('person', samplePerson(), 'p1'));
    await writeRecords(context, (writer) => writer.update('person', 'p1', { fullName: '  Nguyễn Văn An ' }));
    expect(await countChanges(db)).toBe(1);
  });

  it('refuses invalid input, naming the field, and writes nothing', async () => {
    await writeRecords(context, (writer) => writer.create('unit', sampleUnit(), 'u1'));
    const before = await dump();
    const bad = writeRecords(context, (writer) => writer.create('person', { ...samplePerson(), birthDate: '1980-02-30' }));
    await expect(bad).rejects.toBeInstanceOf(ValidationFailed);
    await expect(bad).rejects.toMatchObject({ issues: [{ field: 'birthDate', messageKey: 'validation.partialDate' }] });
    const badUpdate = writeRecords(context, (writer) => writer.update('unit', 'u1', { code: 'có dấu' }));
    await expect(badUpdate).rejects.toMatchObject({ issues: [{ field: 'code', messageKey: 'validation.unitCodeFormat' }] });
    expect(await dump()).toEqual(before);
  });

  it('writes all of a transaction or none of it', async () => {
    const attempt = writeRecords(context, async (writer) => {
      writer.create('unit', sampleUnit(), 'u1');
      writer.create('person', samplePerson(), 'p1');
      await writer.update('person', 'p1', { phone: 'không phải số' });
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    expect(await dump()).toEqual({ people: [], units: [], changes: [], clock: [] });
  });

  it('deletes by tombstone, and the deletion is a change', async () => {
    await writeRecords(context, (writer) => writer.create('person', samplePerson(), 'p1'));
    await writeRecords(context, (writer) => writer.remove('person', 'p1'));
    const { people, changes } = await dump();
    expect(people[0]).toMatchObject({ id: 'p1', _deleted: { clock: 2, office: 'office-a' } });
    expect(changes[1]).toMatchObject({ op: 'delete', values: {}, seen: expect.objectContaining({ fullName: { clock: 1, office: 'office-a' } }) });
    expect(await writeRecords(context, (writer) => writer.get('person', 'p1'))).toBeUndefined();
    await expect(writeRecords(context, (writer) => writer.update('person', 'p1', { phone: '0912345678' }))).rejects.toBeInstanceOf(RecordNotFound);
  });

  it('keeps fields this version does not know when it updates a record', async () => {
    await writeRecords(context, (writer) => writer.create('person', samplePerson(), 'p1'));
    await db.recordTable('people').update('p1', { futureField: 'từ phiên bản mới' });
    await writeRecords(context, (writer) => writer.update('person', 'p1', { phone: '0912345678' }));
    const [row] = (await dump()).people;
    expect(row).toMatchObject({ futureField: 'từ phiên bản mới', phone: '0912345678' });
    expect((await changeAt(db, 2))?.values).toEqual({ phone: '0912345678' });
  });
});
