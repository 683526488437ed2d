import type { IsoDate } from '../dates/partial-date';
import { ageBandOn, ageBands, unitOn, type AgeBand } from '../people/membership';
import type { AppDatabase } from '../storage/database';
import { eachPerson, MemberTally } from './member-counts';
import { admissionsBetween } from './membership-queries';
import { unitTreeOn } from './people-queries';

export interface UnitFigure {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly members: number;
}

/** The headline figures of an office's own units on a day: what the home screen shows. */
export interface JurisdictionSummary {
  readonly day: IsoDate;
  readonly root: UnitFigure;
  /** Units in the subtree, the root included. */
  readonly units: number;
  readonly members: number;
  /** People flagged as cadres whose unit was in the subtree on the day. */
  readonly cadres: number;
  /** Everyone whose unit was in the subtree on the day (members, people in the admission pipeline, those who left). */
  readonly people: number;
  /** People admitted to the party from 1 January of the day's year up to the day, by units of the subtree. */
  readonly admissions: number;
  readonly byAgeAndSex: readonly { readonly band: AgeBand; readonly male: number; readonly female: number }[];
  /** The units directly under the root, most members first. */
  readonly byUnit: readonly UnitFigure[];
}

/** One pass over people, as at the day, for the subtree of the unit bearing `rootCode`; null when no such unit existed then. */
export async function jurisdictionSummaryOn(db: AppDatabase, rootCode: string, day: IsoDate): Promise<JurisdictionSummary | null> {
  const tree = await unitTreeOn(db, day);
  const root = tree.byCode(rootCode);
  if (!root) return null;
  const subtree = tree.subtreeIds(root.id);
  const tally = new MemberTally(day);
  const bands = new Map(ageBands.map((band) => [band, { band, male: 0, female: 0 }]));
  let cadres = 0;
  let people = 0;
  await eachPerson(db, (person) => {
    const unitId = unitOn(person, day);
    if (unitId === undefined || !subtree.has(unitId)) return;
    people += 1;
    if (person.isCadre) cadres += 1;
    if (tally.add(person) !== undefined) bands.get(ageBandOn(person.birthDate, day))![person.sex] += 1;
  });
  // Counted as the yearly statistics count them (admission cases first, then person records).
  const admissions = await admissionsBetween(db, `${day.slice(0, 4)}-01-01`, day, { rootUnitId: root.id });
  const counts = tally.subtreeCounts(tree);
  const figure = (node: { id: string; code: string; name: string }): UnitFigure => ({ id: node.id, code: node.code, name: node.name, members: counts.get(node.id) ?? 0 });
  return {
    day,
    root: figure(root),
    units: subtree.size,
    members: counts.get(root.id) ?? 0,
    cadres,
    people,
    admissions: admissions.length,
    byAgeAndSex: [...bands.values()],
    byUnit: root.children.map(figure).sort((a, b) => b.members - a.members || a.name.localeCompare(b.name, 'vi')),
  };
}
