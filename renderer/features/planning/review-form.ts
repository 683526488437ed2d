/**
 * The review form of the planning screen: one decision that adds a person to a pool or takes a candidate out of it.
 * The typed text is parsed here (zod); the service judges the rest and its refusals are put back on these fields.
 */
import { z } from 'zod';
import type { PoolReview } from '../../../shared/planning/planning-service';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { Parsed } from './use-decision-form';
import { dayText, optionalDayText, optionalText, requiredText, wholeNumberText } from './form-text';

export type ReviewMode = 'add' | 'remove';

export interface ReviewFormValues {
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly signedBy: string;
  /** Blank: the decision's date. */
  readonly effectiveDate: string;
  readonly positionId: string;
  readonly personId: string;
  readonly priority: string;
  /** One selection step's vote, all blank when none is entered. */
  readonly voteStep: string;
  readonly voteDate: string;
  readonly votesFor: string;
  readonly votesAgainst: string;
  readonly totalVoters: string;
  readonly candidateId: string;
  readonly reason: string;
}

export const emptyReview: ReviewFormValues = {
  decisionNumber: '',
  decisionDate: '',
  signedBy: '',
  effectiveDate: '',
  positionId: '',
  personId: '',
  priority: '1',
  voteStep: '',
  voteDate: '',
  votesFor: '',
  votesAgainst: '0',
  totalVoters: '',
  candidateId: '',
  reason: '',
};

const decisionFields = {
  decisionNumber: requiredText,
  decisionDate: dayText,
  signedBy: optionalText,
  effectiveDate: optionalDayText,
};

const chosen = z.string().min(1, 'validation.chooseOne');

const addForm = z.object({
  ...decisionFields,
  positionId: chosen,
  personId: chosen,
  priority: wholeNumberText(1, 99),
});

const voteForm = z.object({
  voteStep: requiredText,
  voteDate: dayText,
  votesFor: wholeNumberText(0, 10_000),
  votesAgainst: wholeNumberText(0, 10_000),
  totalVoters: wholeNumberText(1, 10_000),
});

const removeForm = z.object({ ...decisionFields, candidateId: chosen, reason: optionalText });

/** The review the form asks for, or the fields it refuses (form field names). */
export function reviewFromForm(mode: ReviewMode, values: ReviewFormValues): Parsed<PoolReview> {
  if (mode === 'remove') {
    const parsed = removeForm.safeParse(values);
    if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
    const { decisionNumber, decisionDate, signedBy, effectiveDate, candidateId, reason } = parsed.data;
    return { request: { decision: { number: decisionNumber, date: decisionDate, ...(signedBy ? { signedBy } : {}) }, effectiveDate: effectiveDate ?? decisionDate, removals: [{ candidateId, ...(reason ? { reason } : {}) }] } };
  }
  const parsed = addForm.safeParse(values);
  const voteGiven = [values.voteStep, values.voteDate, values.votesFor, values.totalVoters].some((text) => text.trim() !== '');
  const vote = voteGiven ? voteForm.safeParse(values) : undefined;
  const issues = [...(parsed.success ? [] : toFieldIssues(parsed.error)), ...(vote && !vote.success ? toFieldIssues(vote.error) : [])];
  if (!parsed.success || (vote && !vote.success)) return { issues };
  const { decisionNumber, decisionDate, signedBy, effectiveDate, positionId, personId, priority } = parsed.data;
  const votes = vote?.success ? [{ step: vote.data.voteStep, date: vote.data.voteDate, votesFor: vote.data.votesFor, votesAgainst: vote.data.votesAgainst, totalVoters: vote.data.totalVoters }] : [];
  return {
    request: {
      decision: { number: decisionNumber, date: decisionDate, ...(signedBy ? { signedBy } : {}) },
      effectiveDate: effectiveDate ?? decisionDate,
      additions: [{ positionId, personId, priority, votes }],
    },
  };
}

/** Where the service's refusals belong on the form. */
export function formFieldOf(serviceField: string): string {
  const mapped: Record<string, string> = { 'decision.number': 'decisionNumber', 'decision.date': 'decisionDate', 'decision.signedBy': 'signedBy', effectiveDate: 'effectiveDate', additions: 'personId', removedOn: 'effectiveDate' };
  if (mapped[serviceField]) return mapped[serviceField];
  const parts = serviceField.split('.');
  // A vote is checked where it is stored, on the candidate (`votes.0.totalVoters`), or in the review (`additions.0.votes.0.…`).
  const voteAt = parts.indexOf('votes');
  if (voteAt !== -1) {
    const voteField = parts[voteAt + 2];
    return voteField === undefined ? 'voteStep' : voteField === 'date' ? 'voteDate' : voteField === 'step' ? 'voteStep' : voteField;
  }
  if (parts[0] === 'additions' && parts[2]) return parts[2];
  if (parts[0] === 'removals') return parts[2] === 'reason' ? 'reason' : 'candidateId';
  return serviceField;
}
