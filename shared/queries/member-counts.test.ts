import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../demo/random';
import { mergeUnits, moveUnit } from '../organization/restructure-service';
import { samplePerson } from '../records/test-fixtures';
import { writeRecords, type WriteContext } from '../records/write-path';
import { AppDatabase } from '../storage/database';
import { memberCountsOn } from './member-counts';
import { peopleInSubtreeOn, unitTreeOn } from './people-queries';

let db: AppDatabase;

/**
 * A random hierarchy four levels deep with 400 people of every status, then restructured (a merge and a move),
 * so that the counts before, on and after the changes all differ.
 */
beforeAll(async () => {
  db = new AppDatabase('member-counts');
  const context: WriteContext = { db, office: { officeId: 'province', level: 'province' } };
  const random = new SeededRandom(7);
  const cells: string[] = [];
  const committees: string[] = [];
  await writeRecords(context, (writer) => {
    const unit = (code: string, parentId: string | null, kind: string) =>
      writer.create('unit', { code, periods: [{ from: '2010-01-01', to: null, name: `Đơn vị ${code}`, kind, isGrassroots: kind.startsWith('grassroots'), parentId }] }).id;
    const root = unit('P', null, 'province-committee');
    for (let district = 1; district <= 3; district += 1) {
      const districtId = unit(`P.${district}`, root, 'district-committee');
      for (let commune = 1; commune <= 3; commune += 1) {
        const communeId = unit(`P.${district}.${commune}`, districtId, 'grassroots-committee');
        committees.push(communeId);
        for (let cell = 1; cell <= random.int(1, 4); cell += 1) cells.push(unit(`P.${district}.${commune}.${cell}`, communeId, 'cell'));
      }
    }
    for (let index = 0; index < 400; index += 1) {
      // Some people sit directly in a committee; some joined late, moved, or left the party.
      const first = random.chance(0.1) ? random.pick(committees) : random.pick(cells);
      const second = random.pick(cells);
      const moved = random.chance(0.3);
      const admissionDate = random.chance(0.8) ? `${random.int(2000, 2024)}-0${random.int(1, 9)}-15` : undefined;
      const unitHistory = moved
        ? [{ unitId: first, from: '2005-01-01', to: '2021-03-01' }, { unitId: second, from: '2021-03-01', to: null }]
        : [{ unitId: first, from: random.pick(['2005-01-01', '2022-06-01']), to: null }];
      writer.create(
        'person',
        samplePerson({
          fullName: `Người ${index}`,
          unitId: unitHistory.at(-1)!.unitId,
          unitHistory,
          memberStatus: admissionDate ? 'full' : random.pick(['non-member', 'sympathizer'] as const),
          admissionDate,
          fullMembershipDate: undefined,
          exitDate: admissionDate && random.chance(0.1) ? '2023-05-01' : undefined,
        }),
      );
    }
  });
  await writeRecords(context, (writer) => mergeUnits(writer, [cells[0]!, cells[1]!, cells[5]!], { existingId: cells[2]! }, { decision: { number: '1-QĐ', date: '2024-01-01' }, effectiveDate: '2024-01-01' }));
  await writeRecords(context, (writer) => moveUnit(writer, committees[0]!, committees[8]!, { decision: { number: '2-QĐ', date: '2024-06-01' }, effectiveDate: '2024-06-01' }));
});
afterAll(() => db.delete());

describe('member counts per unit', () => {
  it.each(['2015-01-01', '2021-03-01', '2023-12-31', '2024-01-01', '2024-06-01', '2026-01-01'])('match a count made unit by unit on %s', async (day) => {
    const tree = await unitTreeOn(db, day);
    const counts = await memberCountsOn(db, tree);
    const independent = new Map<string, number>();
    for (const unitId of counts.keys()) independent.set(unitId, (await peopleInSubtreeOn(db, unitId, day, { membersOnly: true })).length);
    expect(counts).toEqual(independent);
    expect(counts.size).toBe(tree.size);
    expect([...counts.values()].some((count) => count > 0)).toBe(true);
  });

  it('count each member once at the top, whatever the depth', async () => {
    const tree = await unitTreeOn(db, '2026-01-01');
    const counts = await memberCountsOn(db, tree);
    const root = tree.roots[0]!;
    expect(counts.get(root.id)).toBe(root.children.reduce((sum, child) => sum + counts.get(child.id)!, 0));
  });
});
