import type { IsoDate } from '../dates/partial-date';
import type { Movement } from '../events/movement';
import type { PlanningCandidate } from '../events/planning';

/**
 * The end of the term each cadre serves on a day: the term of their latest movement in effect that day, if that
 * movement set one (an appointment or reappointment). A later movement without a term (a dismissal, a rotation)
 * means the person no longer serves that term.
 */
export function currentTermEnds(movements: readonly Pick<Movement, 'personId' | 'effectiveDate' | 'termEndDate'>[], day: IsoDate): Map<string, IsoDate> {
  const latest = new Map<string, Pick<Movement, 'effectiveDate' | 'termEndDate'>>();
  for (const movement of movements) {
    if (movement.effectiveDate > day) continue;
    const known = latest.get(movement.personId);
    if (!known || movement.effectiveDate >= known.effectiveDate) latest.set(movement.personId, movement);
  }
  const ends = new Map<string, IsoDate>();
  for (const [personId, movement] of latest) if (movement.termEndDate !== undefined) ends.set(personId, movement.termEndDate);
  return ends;
}

/** The people in a planning pool on a day: added by then and not removed by then. */
export function planningPoolOn(candidates: readonly Pick<PlanningCandidate, 'personId' | 'addedOn' | 'removedOn'>[], day: IsoDate): Set<string> {
  const pool = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.addedOn <= day && (candidate.removedOn === undefined || candidate.removedOn > day)) pool.add(candidate.personId);
  }
  return pool;
}
