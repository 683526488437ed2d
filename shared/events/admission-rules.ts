/**
 * The rules of the way into the party, as pure functions over an admission case and the people it names:
 * which step follows which, what each step must carry, the conditions checked before it is taken (age at the
 * cell's vote, the awareness certificate, the helpers), and what taking it changes on the case and on the person.
 * The numbers are data with the day they took effect (`admissionRuleSets`), since the rules change over the years.
 */
import { z } from 'zod';
import { addYears, ageOn, isoDate, type IsoDate } from '../dates/partial-date';
import { moveToUnit, memberStatusOn } from '../people/membership';
import type { Person } from '../people/person';
import { optionalText } from '../records/common-fields';
import type { RecordPatch } from '../records/write-path';
import { admissionStages, closedAdmissionStages, hasReached, type AdmissionCase, type AdmissionStage } from './admission';
import { idList } from './event-fields';
import { RuleRefused } from './rule-refused';

export interface AdmissionRules {
  /** The first day these numbers apply (the last set starting on or before a day is the one in force). */
  readonly from: IsoDate;
  /** Age at the cell's vote: from `minimumAge` full years up to `maximumAge` (a 61-year-old is refused). */
  readonly minimumAge: number;
  readonly maximumAge: number;
  /** How long the certificate of the awareness course (lớp bồi dưỡng nhận thức về Đảng) stays valid. */
  readonly certificateYears: number;
  /** Probation after the ceremony, in years (12 months). */
  readonly probationYears: number;
  /** Full members assigned to help a sympathizer, and full members introducing the person at the cell's vote. */
  readonly helpersForSympathizer: number;
  readonly introducers: number;
}

/** The rules in force; an older set (other ages, another validity) is added with its own `from`. */
export const admissionRuleSets: readonly AdmissionRules[] = [
  { from: '1930-02-03', minimumAge: 18, maximumAge: 60, certificateYears: 5, probationYears: 1, helpersForSympathizer: 1, introducers: 2 },
];

export function admissionRulesOn(day: IsoDate, sets: readonly AdmissionRules[] = admissionRuleSets): AdmissionRules {
  let found = sets[0]!;
  for (const set of sets) if (set.from <= day) found = set;
  return found;
}

/** The step each open stage moves on to. The ceremony opens the probation on the same day. */
export const nextStageOf: Readonly<Partial<Record<AdmissionStage, AdmissionStage>>> = {
  'outstanding-non-member': 'sympathizer',
  sympathizer: 'awareness-course',
  'awareness-course': 'cv-verification',
  'cv-verification': 'cell-resolution',
  'cell-resolution': 'grassroots-resolution',
  'grassroots-resolution': 'admission-decision',
  'admission-decision': 'ceremony',
  ceremony: 'full-membership',
  probation: 'full-membership',
};

/** The board's columns: every open stage, the ceremony shown with the probation it opens. */
export const boardStages = admissionStages.filter((stage) => !closedAdmissionStages.includes(stage) && stage !== 'ceremony');
export const boardColumnOf = (stage: AdmissionStage): AdmissionStage => (stage === 'ceremony' ? 'probation' : stage);

/** Steps taken by a resolution (number required) or by a decision (number and signing level required). */
export const stepDecisionKinds: Readonly<Partial<Record<AdmissionStage, 'resolution' | 'decision'>>> = {
  'cell-resolution': 'resolution',
  'grassroots-resolution': 'resolution',
  'admission-decision': 'decision',
  'full-membership': 'decision',
};

/** One step as the form gives it; the decision's date is the step's date. */
export const admissionStepSchema = z
  .object({
    to: z.enum(admissionStages, { message: 'validation.chooseOne' }),
    date: isoDate,
    decisionNumber: optionalText(60),
    signedBy: optionalText(200),
    /** The helpers after the step (assigned at the sympathizer step, completed to the introducers at the cell's vote). */
    helperPersonIds: idList.optional(),
    note: optionalText(2000),
  })
  .superRefine((step, context) => {
    const kind = stepDecisionKinds[step.to];
    if (kind && !step.decisionNumber) context.addIssue({ code: 'custom', path: ['decisionNumber'], message: 'validation.required' });
    if (kind === 'decision' && !step.signedBy) context.addIssue({ code: 'custom', path: ['signedBy'], message: 'validation.required' });
    if (step.to === 'withdrawn' && !step.note) context.addIssue({ code: 'custom', path: ['note'], message: 'validation.required' });
  });
export type AdmissionStep = z.infer<typeof admissionStepSchema>;

/** What the conditions read of a person. */
export type PersonFacts = Pick<Person, 'id' | 'fullName' | 'birthDate' | 'memberStatus' | 'admissionDate' | 'fullMembershipDate' | 'exitDate'>;

export interface StepFacts {
  readonly admission: AdmissionCase;
  readonly candidate: PersonFacts;
  /** The helpers the case will have after the step. */
  readonly helpers: readonly PersonFacts[];
  readonly today: IsoDate;
  readonly rules?: AdmissionRules;
}

function checkHelpers(helpers: readonly PersonFacts[], needed: number, day: IsoDate): RuleRefused | null {
  if (helpers.length < needed) return new RuleRefused('admission.refused.helpersMissing', { needed, have: helpers.length });
  const notFull = helpers.find((helper) => memberStatusOn(helper, day) !== 'full');
  return notFull ? new RuleRefused('admission.refused.helperNotFullMember', { name: notFull.fullName, date: day }) : null;
}

/** Why a step may not be taken, or null when it may. Nothing about it is written either way. */
export function refusalOfStep(facts: StepFacts, step: AdmissionStep): RuleRefused | null {
  const { admission, candidate, helpers, today } = facts;
  const rules = facts.rules ?? admissionRulesOn(step.date);
  if (closedAdmissionStages.includes(admission.stage)) return new RuleRefused('admission.refused.closed', { stage: admission.stage });
  const next = nextStageOf[admission.stage];
  if (step.to === 'withdrawn' && hasReached(admission.stage, 'admission-decision')) return new RuleRefused('admission.refused.withdrawAfterDecision');
  if (step.to !== 'withdrawn' && step.to !== next) return new RuleRefused('admission.refused.notNext', { stage: admission.stage, next: next ?? '' });
  if (step.date > today) return new RuleRefused('admission.refused.future', { date: step.date });
  const last = admission.stageHistory.at(-1)!.date;
  if (step.date < last) return new RuleRefused('admission.refused.beforeLast', { date: step.date, last });

  switch (step.to) {
    case 'sympathizer':
      return checkHelpers(helpers, rules.helpersForSympathizer, step.date);
    case 'cell-resolution': {
      const age = ageOn(candidate.birthDate, step.date);
      if (age < rules.minimumAge || age > rules.maximumAge) return new RuleRefused('admission.refused.age', { age, date: step.date, minimum: rules.minimumAge, maximum: rules.maximumAge });
      const expires = admission.awarenessCertificateExpiresOn;
      if (!admission.awarenessCourseCompletedOn || !expires) return new RuleRefused('admission.refused.noCertificate');
      if (expires <= step.date) return new RuleRefused('admission.refused.certificateExpired', { expires, years: rules.certificateYears });
      return checkHelpers(helpers, rules.introducers, step.date);
    }
    case 'full-membership':
      if (admission.probationEndsOn && step.date < admission.probationEndsOn) return new RuleRefused('admission.refused.probationNotOver', { ends: admission.probationEndsOn });
      return null;
    default:
      return null;
  }
}

function stepDecision(step: AdmissionStep) {
  return step.decisionNumber ? { number: step.decisionNumber, date: step.date, ...(step.signedBy ? { signedBy: step.signedBy } : {}) } : undefined;
}

/** What the step changes on the case: the dated entry (with its decision) and the fields it sets. */
export function admissionStepPatch(admission: AdmissionCase, step: AdmissionStep, rules: AdmissionRules = admissionRulesOn(step.date)): RecordPatch<'admissionCase'> {
  const decision = stepDecision(step);
  const entry = { stage: step.to, date: step.date, ...(decision ? { decision } : {}) };
  const entries = step.to === 'ceremony' ? [entry, { stage: 'probation' as const, date: step.date }] : [entry];
  const patch: { -readonly [K in keyof RecordPatch<'admissionCase'>]: RecordPatch<'admissionCase'>[K] } = {
    stage: entries.at(-1)!.stage,
    stageHistory: [...admission.stageHistory, ...entries],
    ...(step.helperPersonIds ? { helperPersonIds: step.helperPersonIds } : {}),
  };
  if (step.to === 'awareness-course') {
    patch.awarenessCourseCompletedOn = step.date;
    patch.awarenessCertificateExpiresOn = addYears(step.date, rules.certificateYears);
  }
  if (step.to === 'cell-resolution') patch.cellVoteDate = step.date;
  if (step.to === 'admission-decision') patch.admissionDecision = decision ?? null;
  if (step.to === 'ceremony') {
    patch.ceremonyDate = step.date;
    patch.probationEndsOn = addYears(step.date, rules.probationYears);
  }
  if (step.to === 'full-membership') patch.fullMembershipDecision = decision ?? null;
  if (step.note) patch.note = admission.note ? `${admission.note}\n${step.note}` : step.note;
  return patch;
}

const beforeAdmission: readonly Person['memberStatus'][] = ['non-member', 'outstanding-non-member', 'sympathizer'];

/**
 * What the step changes on the person record: the sympathizer status; the admission decision's date and the two
 * introducers; at the ceremony the admission date, the probationary status and the admitting unit; full membership
 * from the end of the probation. Empty when the step changes nothing there.
 */
export function personStepPatch(person: Person, admission: AdmissionCase, step: AdmissionStep, helperNames: readonly string[]): RecordPatch<'person'> {
  switch (step.to) {
    case 'sympathizer':
      return beforeAdmission.includes(person.memberStatus) ? { memberStatus: 'sympathizer' } : {};
    case 'admission-decision':
      return { admissionDecisionDate: step.date, firstIntroducer: helperNames[0] ?? null, secondIntroducer: helperNames[1] ?? null };
    case 'ceremony':
      return { admissionDate: step.date, memberStatus: 'probationary', ...(person.unitId === admission.unitId ? {} : moveToUnit(person, admission.unitId, step.date)) };
    case 'full-membership':
      return { memberStatus: 'full', fullMembershipDate: admission.probationEndsOn ?? step.date };
    case 'withdrawn':
      return beforeAdmission.includes(person.memberStatus) ? { memberStatus: 'non-member' } : {};
    default:
      return {};
  }
}
