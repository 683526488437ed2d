import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { catalogCode, decision, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkInOrder, checkNotBefore, count, level, requiredDecision, wholeNumber, year } from './event-fields';

/**
 * Succession planning (quy hoạch cán bộ): a planning cycle spans a party term and the overlapping state term
 * (e.g. 2020-2025 and 2021-2026); for each planned position (title + level + unit) a pool of candidates,
 * typically 1.5-2× the seats, added and removed by decisions at the yearly reviews.
 * Age, sex, ethnicity and qualifications of candidates come from their person records.
 */
export const planningCycleSchema = z
  .object({
    name: text(200),
    partyTermFrom: year,
    partyTermTo: year,
    stateTermFrom: year,
    stateTermTo: year,
    note: optionalText(2000),
  })
  .superRefine((cycle, context) => {
    if (cycle.partyTermTo <= cycle.partyTermFrom) context.addIssue({ code: 'custom', path: ['partyTermTo'], message: 'validation.endBeforeStart' });
    if (cycle.stateTermTo <= cycle.stateTermFrom) context.addIssue({ code: 'custom', path: ['stateTermTo'], message: 'validation.endBeforeStart' });
  });
export type PlanningCycle = z.infer<typeof planningCycleSchema> & { readonly id: string };

export const planningCycleRecordType = defineRecordType({
  name: 'planningCycle',
  table: 'planningCycles',
  schema: planningCycleSchema,
  indexes: ['partyTermFrom', 'stateTermFrom'],
});

export const plannedPositionSchema = z.object({
  cycleId: recordId,
  unitId: recordId,
  /** From the `partyPost` or `governmentPost` catalog. */
  postCode: catalogCode,
  /** The title as the plan writes it ("Bí thư Đảng ủy xã"). */
  title: text(200),
  /** The level that manages the post. */
  level,
  seats: wholeNumber(1, 100),
  note: optionalText(1000),
});
export type PlannedPosition = z.infer<typeof plannedPositionSchema> & { readonly id: string };

export const plannedPositionRecordType = defineRecordType({
  name: 'plannedPosition',
  table: 'plannedPositions',
  schema: plannedPositionSchema,
  indexes: ['cycleId', 'unitId', '[cycleId+unitId]', 'postCode'],
});

/** The vote of one selection step (key-cadre conference, standing committee, executive committee…). */
export const planningVote = z.object({
  step: text(200),
  date: isoDate,
  votesFor: count(),
  votesAgainst: count(),
  totalVoters: wholeNumber(1, 10_000),
});
export type PlanningVote = z.infer<typeof planningVote>;

export const planningCandidateSchema = z
  .object({
    positionId: recordId,
    personId: recordId,
    /** 1 is the first choice. */
    priority: wholeNumber(1, 99),
    addedOn: isoDate,
    decision: requiredDecision,
    removedOn: isoDate.optional(),
    removalDecision: decision.optional(),
    removalReason: optionalText(1000),
    votes: z.array(planningVote, { message: 'validation.required' }).default([]),
  })
  .superRefine((candidate, context) => {
    checkNotBefore(context, ['removedOn'], candidate.addedOn, candidate.removedOn);
    // Removal, like addition, is by decision: the date and the decision go together.
    if (candidate.removalDecision !== undefined && candidate.removedOn === undefined) {
      context.addIssue({ code: 'custom', path: ['removedOn'], message: 'validation.required' });
    }
    if (candidate.removedOn !== undefined && candidate.removalDecision === undefined) {
      context.addIssue({ code: 'custom', path: ['removalDecision'], message: 'validation.required' });
    }
    checkInOrder(candidate.votes, (vote) => vote.date, context, ['votes'], 'date');
    candidate.votes.forEach((vote, index) => {
      if (vote.votesFor + vote.votesAgainst > vote.totalVoters) {
        context.addIssue({ code: 'custom', path: ['votes', index, 'totalVoters'], message: 'validation.votesExceedVoters' });
      }
    });
  });
export type PlanningCandidate = z.infer<typeof planningCandidateSchema> & { readonly id: string };

export const planningCandidateRecordType = defineRecordType({
  name: 'planningCandidate',
  table: 'planningCandidates',
  schema: planningCandidateSchema,
  indexes: ['positionId', 'personId', '[positionId+_active]', '[personId+_active]'],
  /** `_active` is 1 while the candidate is in the pool, 0 once removed. */
  derive: (candidate) => ({ _active: candidate.removedOn ? 0 : 1 }),
});
