import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../storage/database';
import { peopleInSubtreeOn, unitTreeOn, countBy } from '../queries/people-queries';
import { generateProvince, type ProvinceOptions } from './province-generator';
import { loadDemoProvince } from './load-province';
import { countChanges } from '../records/change-log';

const small: ProvinceOptions = { seed: 1, people: 3000, districts: 3, communes: 12, agencies: 15, chunkSize: 700 };
const all = (options: ProvinceOptions) => [...generateProvince(options)].flat();

let db: AppDatabase | undefined;
afterEach(() => db?.delete());

describe('the province generator', () => {
  it('gives the same province for the same seed, and another for another seed', () => {
    const first = all(small);
    expect(all(small)).toEqual(first);
    const other = all({ ...small, seed: 2 });
    expect(other.map((record) => record.id)).not.toEqual(first.map((record) => record.id));
  });

  it('makes exactly the people asked for, in chunks of the asked size', () => {
    const chunks = [...generateProvince(small)];
    expect(chunks.every((chunk) => chunk.length <= 700)).toBe(true);
    expect(chunks.flat().filter((record) => record.type === 'person')).toHaveLength(3000);
  });

  it('has the full Phú Thọ shape by default', () => {
    const units = [...generateProvince({ seed: 7, people: 0 })].flat();
    const byKind = new Map<string, number>();
    for (const unit of units) {
      const kind = (unit.fields as { periods: { kind: string }[] }).periods[0]!.kind;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    expect(byKind.get('district-committee')).toBe(13);
    expect(byKind.get('grassroots-committee')).toBeGreaterThan(280);
    const grassroots = (byKind.get('grassroots-committee') ?? 0) + (byKind.get('grassroots-cell') ?? 0);
    expect(grassroots).toBeGreaterThan(800);
    expect(grassroots).toBeLessThan(900);
    expect(byKind.get('cell')).toBeGreaterThan(2500);
    expect(byKind.get('cell')).toBeLessThan(3500);
  });

  it('loads through the write path: every record valid, one change per record', async () => {
    db = new AppDatabase('generator-load');
    const progress = await loadDemoProvince({ db, office: { officeId: 'province', level: 'province' } }, small);
    expect(progress.people).toBe(3000);
    expect(await countChanges(db)).toBe(progress.records);
    const tree = await unitTreeOn(db, '2025-12-31');
    const root = tree.roots[0]!;
    const members = await peopleInSubtreeOn(db, root.id, '2025-12-31', { membersOnly: true });
    expect(members.length).toBeGreaterThan(2700);
    expect(members.length).toBeLessThan(2900);
    const sexes = countBy(members, 'sex', '2025-12-31');
    expect((sexes.get('female') ?? 0) / members.length).toBeGreaterThan(0.3);
  });
});
