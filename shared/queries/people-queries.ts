import type { IsoDate } from '../dates/partial-date';
import { UnitTree } from '../organization/unit-tree';
import { ageBandOn, isMemberOn, memberStatusOn, unitOn } from '../people/membership';
import type { Person } from '../people/person';
import type { AppDatabase } from '../storage/database';
import { allRecords } from './records-reader';

/** Names in Vietnamese order, as `localeCompare(…, 'vi')` gives it; one collator, since making one per comparison is slow. */
export const byVietnamese = new Intl.Collator('vi').compare;

export async function unitTreeOn(db: AppDatabase, day: IsoDate): Promise<UnitTree> {
  return new UnitTree(await allRecords(db, 'unit'), day);
}

/**
 * People who belonged to a unit's subtree on a day (by their dated unit history, under the tree as it stood then).
 * With `membersOnly`, only those who were party members that day.
 */
export async function peopleInSubtreeOn(db: AppDatabase, rootUnitId: string, day: IsoDate, options: { membersOnly?: boolean } = {}): Promise<Person[]> {
  const subtree = (await unitTreeOn(db, day)).subtreeIds(rootUnitId);
  if (subtree.size === 0) return [];
  const people = await allRecords(db, 'person');
  return people.filter((person) => {
    const unitId = unitOn(person, day);
    return unitId !== undefined && subtree.has(unitId) && (!options.membersOnly || isMemberOn(person, day));
  });
}

/** The fields of a person the breakdowns read. */
export type BreakdownFields = Pick<
  Person,
  'sex' | 'birthDate' | 'ethnicityCode' | 'religionCode' | 'generalEducationCode' | 'professionalDegreeCode' | 'politicalTheoryCode' | 'stateManagementCode' | 'occupationCode' | 'memberStatus' | 'admissionDate' | 'fullMembershipDate' | 'exitDate'
>;

/** The breakdowns of the statistical tables, each a key computed from a person as at a day. */
export const breakdowns = {
  sex: (person: BreakdownFields) => person.sex,
  ageBand: (person: BreakdownFields, day: IsoDate) => ageBandOn(person.birthDate, day),
  ethnicity: (person: BreakdownFields) => person.ethnicityCode,
  religion: (person: BreakdownFields) => person.religionCode,
  generalEducation: (person: BreakdownFields) => person.generalEducationCode ?? '',
  professionalDegree: (person: BreakdownFields) => person.professionalDegreeCode ?? '',
  politicalTheory: (person: BreakdownFields) => person.politicalTheoryCode ?? '',
  stateManagement: (person: BreakdownFields) => person.stateManagementCode ?? '',
  occupation: (person: BreakdownFields) => person.occupationCode ?? '',
  memberStatus: (person: BreakdownFields, day: IsoDate) => memberStatusOn(person, day),
} as const satisfies Record<string, (person: BreakdownFields, day: IsoDate) => string>;
export type Breakdown = keyof typeof breakdowns;

/** Counts per key, for one breakdown; the empty key means "not recorded". */
export function countBy(people: readonly Person[], breakdown: Breakdown, day: IsoDate): Map<string, number> {
  const counts = new Map<string, number>();
  const key = breakdowns[breakdown];
  for (const person of people) {
    const value = key(person, day);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
