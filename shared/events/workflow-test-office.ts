/**
 * For the workflow tests: a fresh database holding a commune (Vân Phú) with two cells under a province and a
 * second commune (Thanh Sơn), and the write context of the province office writing on a fixed day.
 */
import { expect } from 'vitest';
import { countChanges } from '../records/change-log';
import * as fixtures from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { RuleRefused } from './rule-refused';

let counter = 0;

const unit = (code: string, name: string, parentId: string | null, kind: string, isGrassroots: boolean) =>
  fixtures.sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots, parentId }] });

/** Units `province`, `commune` (with cells `u1`, `u2`) and `other`, written at `now`. */
export async function workflowTestOffice(name: string, now: Date): Promise<WriteContext> {
  const db = new AppDatabase(`${name}-${++counter}`);
  const context: WriteContext = { db, office: { officeId: 'office-a', level: 'province' }, now: () => now };
  await writeRecords(context, (writer) => {
    writer.create('unit', unit('PT', 'Đảng bộ tỉnh Phú Thọ', null, 'province-committee', false), 'province');
    writer.create('unit', unit('PT.VP', 'Đảng bộ xã Vân Phú', 'province', 'grassroots-committee', true), 'commune');
    writer.create('unit', unit('PT.VP.K3', 'Chi bộ Khu 3', 'commune', 'cell', false), 'u1');
    writer.create('unit', unit('PT.VP.K5', 'Chi bộ Khu 5', 'commune', 'cell', false), 'u2');
    writer.create('unit', unit('PT.TS', 'Đảng bộ xã Thanh Sơn', 'province', 'grassroots-committee', true), 'other');
  });
  return context;
}

/** Runs a write that the rules must refuse with `reasonKey`, and proves that nothing was written. */
export async function expectRefused(db: AppDatabase, reasonKey: string, write: () => Promise<unknown>): Promise<RuleRefused> {
  const before = await countChanges(db);
  const error = await write().then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(RuleRefused);
  expect((error as RuleRefused).reasonKey).toEqual(reasonKey);
  expect(await countChanges(db)).toBe(before);
  return error as RuleRefused;
}
