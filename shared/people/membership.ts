import { ageOn, spanCovers, type IsoDate } from '../dates/partial-date';
import type { MemberStatus, Person } from './person';

/** The unit a person belonged to on a day, from their dated unit history. */
export function unitOn(person: Pick<Person, 'unitHistory'>, day: IsoDate): string | undefined {
  return person.unitHistory.find((membership) => spanCovers(membership.from, membership.to, day))?.unitId;
}

/** The person's unit from `day` on: the open membership closes that day and one in `unitId` opens. */
export function moveToUnit(person: Pick<Person, 'unitHistory'>, unitId: string, day: IsoDate): Pick<Person, 'unitId' | 'unitHistory'> {
  const history = person.unitHistory.map((membership, index) => (index === person.unitHistory.length - 1 ? { ...membership, to: day } : membership));
  return { unitId, unitHistory: [...history, { unitId, from: day, to: null }] };
}

/**
 * The person's standing in the party on a day, rebuilt from the dates on the record, so that any figure
 * can be recomputed as it stood then. People who never joined keep their current non-member status.
 */
export function memberStatusOn(person: Pick<Person, 'memberStatus' | 'admissionDate' | 'fullMembershipDate' | 'exitDate'>, day: IsoDate): MemberStatus {
  if (!person.admissionDate) return person.memberStatus === 'exited' ? 'exited' : person.memberStatus;
  if (day < person.admissionDate) return 'non-member';
  if (person.exitDate && person.exitDate <= day) return 'exited';
  if (person.fullMembershipDate && person.fullMembershipDate <= day) return 'full';
  return 'probationary';
}

export function isMemberOn(person: Parameters<typeof memberStatusOn>[0], day: IsoDate): boolean {
  const status = memberStatusOn(person, day);
  return status === 'full' || status === 'probationary';
}

export const ageBands = ['18-30', '31-40', '41-50', '51-60', '61-70', '71-80', '81+'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The age bands of the statistical tables. Under-18s (outstanding youth in the pipeline) fall in the first. */
export function ageBandOn(birthDate: string, day: IsoDate): AgeBand {
  const age = ageOn(birthDate, day);
  if (age <= 30) return '18-30';
  if (age <= 40) return '31-40';
  if (age <= 50) return '41-50';
  if (age <= 60) return '51-60';
  if (age <= 70) return '61-70';
  if (age <= 80) return '71-80';
  return '81+';
}
