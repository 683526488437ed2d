/**
 * The structure checks of a succession plan, as data: the share of women, of young cadres and of ethnic minorities
 * in a committee's planning, the age caps at first planning, everyone able to serve a full term, and the size of each
 * pool against its seats. A province sets its own figures; breaking one is a warning, never a refusal.
 */
import { z } from 'zod';
import { ageOn, type IsoDate, type PartialDate } from '../dates/partial-date';
import type { Sex } from '../people/person';

const share = z.number({ message: 'validation.number' }).min(0, 'validation.tooSmall').max(1, 'validation.tooLarge');
const age = z.number({ message: 'validation.number' }).int('validation.wholeNumber').min(18, 'validation.tooSmall').max(80, 'validation.tooLarge');
const bySex = z.object({ male: age, female: age });

export const planningStructureRulesSchema = z.object({
  /** Share of women among the distinct people planned in a unit (at least). */
  minWomenShare: share,
  /** Young cadres are those below this age at the start of the party term. */
  youngBelowAge: age,
  minYoungShare: share,
  minEthnicMinorityShare: share,
  /** The ethnicity code of the majority (Kinh): every other code counts as an ethnic minority. */
  majorityEthnicityCode: z.string().min(1, 'validation.required'),
  /** Oldest age when first planned (on the day of the decision that first added the person to the cycle). */
  maxAgeAtFirstPlanning: bySex,
  /** Retirement age: a candidate must be able to serve the whole party term before reaching it. */
  retirementAge: bySex,
  /** Candidates per seat of a position: fewer or more is warned about. */
  candidatesPerSeat: z.object({ min: z.number().min(0), max: z.number().min(0) }),
});
export type PlanningStructureRules = z.infer<typeof planningStructureRulesSchema>;

/** Quy định 50-QĐ/TW (2021) and its guidance: women at least 15%, young cadres (under 40) at least 10%, 55/50 at first planning. */
export const defaultPlanningStructureRules: PlanningStructureRules = {
  minWomenShare: 0.15,
  youngBelowAge: 40,
  minYoungShare: 0.1,
  minEthnicMinorityShare: 0.1,
  majorityEthnicityCode: '01',
  maxAgeAtFirstPlanning: { male: 55, female: 50 },
  retirementAge: { male: 62, female: 60 },
  candidatesPerSeat: { min: 1, max: 3 },
};

/** What the checks read of a candidate. */
export interface CheckedCandidate {
  readonly candidateId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly sex: Sex;
  readonly birthDate: PartialDate;
  readonly ethnicityCode: string;
  /** The day the person was first added to the cycle (any of its positions). */
  readonly firstPlannedOn: IsoDate;
}

export interface CheckedPosition {
  readonly id: string;
  readonly seats: number;
}

export interface PlanningTerm {
  readonly partyTermFrom: number;
  readonly partyTermTo: number;
}

/** A broken rule: the message key (under `planning.warnings`) with what it names. */
export interface PlanningWarning {
  readonly key: 'womenShare' | 'youngShare' | 'ethnicMinorityShare' | 'ageAtFirstPlanning' | 'fullTerm' | 'fewCandidates' | 'manyCandidates';
  readonly positionId?: string;
  readonly candidateId?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The first day of the party term: ages "at term start" are counted on it. */
export const termStart = (term: PlanningTerm): IsoDate => `${term.partyTermFrom}-01-01`;

export const ageAtTermStart = (birthDate: PartialDate, term: PlanningTerm) => ageOn(birthDate, termStart(term));

const percent = (value: number) => Math.round(value * 1000) / 10;

/**
 * The warnings of one unit's planning in a cycle: the shares over the distinct people in its pools, the ages of each
 * candidate, the size of each pool. `candidates` are those in the pools (the removed left out).
 */
export function planningWarnings(term: PlanningTerm, positions: readonly CheckedPosition[], candidates: readonly CheckedCandidate[], rules: PlanningStructureRules = defaultPlanningStructureRules): PlanningWarning[] {
  const warnings: PlanningWarning[] = [];
  for (const position of positions) {
    const count = candidates.filter((candidate) => candidate.positionId === position.id).length;
    const min = Math.ceil(position.seats * rules.candidatesPerSeat.min);
    const max = Math.floor(position.seats * rules.candidatesPerSeat.max);
    if (count < min) warnings.push({ key: 'fewCandidates', positionId: position.id, params: { count, min, seats: position.seats } });
    else if (count > max) warnings.push({ key: 'manyCandidates', positionId: position.id, params: { count, max, seats: position.seats } });
  }

  const people = [...new Map(candidates.map((candidate) => [candidate.personId, candidate])).values()];
  if (people.length > 0) {
    const shareOf = (test: (candidate: CheckedCandidate) => boolean) => people.filter(test).length / people.length;
    const shares = [
      ['womenShare', shareOf((person) => person.sex === 'female'), rules.minWomenShare],
      ['youngShare', shareOf((person) => ageAtTermStart(person.birthDate, term) < rules.youngBelowAge), rules.minYoungShare],
      ['ethnicMinorityShare', shareOf((person) => person.ethnicityCode !== rules.majorityEthnicityCode), rules.minEthnicMinorityShare],
    ] as const;
    for (const [key, actual, minimum] of shares) {
      if (actual < minimum) warnings.push({ key, params: { share: percent(actual), minimum: percent(minimum), people: people.length, age: rules.youngBelowAge } });
    }
  }

  const termYears = term.partyTermTo - term.partyTermFrom;
  for (const candidate of candidates) {
    const cap = rules.maxAgeAtFirstPlanning[candidate.sex];
    const ageFirst = ageOn(candidate.birthDate, candidate.firstPlannedOn);
    if (ageFirst > cap) warnings.push({ key: 'ageAtFirstPlanning', positionId: candidate.positionId, candidateId: candidate.candidateId, params: { age: ageFirst, cap } });
    const atStart = ageAtTermStart(candidate.birthDate, term);
    const retirement = rules.retirementAge[candidate.sex];
    if (atStart + termYears > retirement) warnings.push({ key: 'fullTerm', positionId: candidate.positionId, candidateId: candidate.candidateId, params: { age: atStart, years: termYears, retirement } });
  }
  return warnings;
}
