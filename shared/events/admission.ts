import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { decision, optionalText, recordId } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkAfter, checkDistinct, checkInOrder, checkNotBefore, idList } from './event-fields';

/**
 * One person's way into the party, tracked from before admission (the central software does not, and users ask
 * for it): outstanding non-member → sympathizer with an assigned helper → awareness course (certificate valid
 * 5 years) → CV verification → cell and grassroots resolutions → admission decision → ceremony → probation
 * (about 12 months) → full membership; or withdrawn at any stage.
 */
export const admissionStages = [
  'outstanding-non-member',
  'sympathizer',
  'awareness-course',
  'cv-verification',
  'cell-resolution',
  'grassroots-resolution',
  'admission-decision',
  'ceremony',
  'probation',
  'full-membership',
  'withdrawn',
] as const;
export type AdmissionStage = (typeof admissionStages)[number];

/** Stages after which the case is closed. */
export const closedAdmissionStages: readonly AdmissionStage[] = ['full-membership', 'withdrawn'];

/** Whether a (not withdrawn) case has reached `stage`. */
export function hasReached(current: AdmissionStage, stage: AdmissionStage): boolean {
  return current !== 'withdrawn' && admissionStages.indexOf(current) >= admissionStages.indexOf(stage);
}

export const admissionStageEntry = z.object({
  stage: z.enum(admissionStages, { message: 'validation.chooseOne' }),
  date: isoDate,
  /** The resolution or decision the step was taken by, where it has one (the cell's and grassroots' resolutions). */
  decision: decision.optional(),
});

export const admissionCaseSchema = z
  .object({
    personId: recordId,
    /** The cell (or grassroots organization) that brings the person in. */
    unitId: recordId,
    /** Where the person works or lives, for the reports of admissions in enterprises and in areas without members. */
    enterpriseId: recordId.optional(),
    residentialAreaId: recordId.optional(),
    stage: z.enum(admissionStages, { message: 'validation.chooseOne' }),
    /** Party members assigned to help (and later introduce) the person. */
    helperPersonIds: idList.default([]),
    awarenessCourseCompletedOn: isoDate.optional(),
    awarenessCertificateExpiresOn: isoDate.optional(),
    cellVoteDate: isoDate.optional(),
    admissionDecision: decision.optional(),
    ceremonyDate: isoDate.optional(),
    probationEndsOn: isoDate.optional(),
    fullMembershipDecision: decision.optional(),
    /** Every stage reached, in time order; the last one is the current `stage`. */
    stageHistory: z.array(admissionStageEntry, { message: 'validation.required' }).min(1, 'validation.required'),
    note: optionalText(2000),
  })
  .superRefine((admission, context) => {
    checkDistinct(admission.helperPersonIds, context, ['helperPersonIds']);
    if (admission.helperPersonIds.includes(admission.personId)) {
      context.addIssue({ code: 'custom', path: ['helperPersonIds', admission.helperPersonIds.indexOf(admission.personId)], message: 'validation.helperIsCandidate' });
    }
    checkInOrder(admission.stageHistory, (entry) => entry.date, context, ['stageHistory'], 'date');
    const last = admission.stageHistory[admission.stageHistory.length - 1];
    if (last && last.stage !== admission.stage) context.addIssue({ code: 'custom', path: ['stage'], message: 'validation.stageHistoryMismatch' });

    checkAfter(context, ['awarenessCertificateExpiresOn'], admission.awarenessCourseCompletedOn, admission.awarenessCertificateExpiresOn);
    checkNotBefore(context, ['ceremonyDate'], admission.admissionDecision?.date, admission.ceremonyDate);
    checkAfter(context, ['probationEndsOn'], admission.ceremonyDate, admission.probationEndsOn);
    checkNotBefore(context, ['fullMembershipDecision', 'date'], admission.ceremonyDate, admission.fullMembershipDecision?.date);

    // What a stage cannot be reached without.
    const required: [AdmissionStage, keyof typeof admission][] = [
      ['admission-decision', 'admissionDecision'],
      ['ceremony', 'ceremonyDate'],
      ['full-membership', 'fullMembershipDecision'],
    ];
    for (const [stage, field] of required) {
      if (hasReached(admission.stage, stage) && admission[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    }
  });
export type AdmissionCase = z.infer<typeof admissionCaseSchema> & { readonly id: string };

export const admissionCaseRecordType = defineRecordType({
  name: 'admissionCase',
  table: 'admissionCases',
  schema: admissionCaseSchema,
  indexes: ['personId', 'unitId', 'stage', '[unitId+stage]', 'enterpriseId', 'residentialAreaId', '_admittedOn', 'awarenessCertificateExpiresOn', 'probationEndsOn', '_open'],
  /** `_admittedOn`: the date of the admission decision (admissions per year); `_open`: 1 until full membership or withdrawal. */
  derive: (admission) => ({
    ...(admission.admissionDecision ? { _admittedOn: admission.admissionDecision.date } : {}),
    _open: closedAdmissionStages.includes(admission.stage) ? 0 : 1,
  }),
});
