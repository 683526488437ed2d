/**
 * The rules of an evaluation sheet (a unit's members and organizations rated for one period in one go), as pure
 * functions: what the sheet's input may hold, what it writes for each row under its scheme, what is refused
 * (with message keys) and what is only warned about (the cap on "excellent").
 */
import { z } from 'zod';
import { catalogCode, decision, recordId } from '../records/common-fields';
import { evaluationPeriod, evaluationSchema, evaluationStages, type Evaluation, type EvaluationStage } from '../events/evaluation';
import type { Subject } from '../events/event-fields';
import type { FieldIssue } from '../validation/issues';
import { gradeForPoints, gradeOf, type RatingLevel, type RatingSchemeRules } from './rating-schemes';

/** One line of the sheet: a member or an organization, with the grade chosen (or the points given); blank: not rated. */
export const evaluationSheetRow = z.object({
  subject: evaluationSchema.shape.subject,
  subjectId: recordId,
  ratingCode: catalogCode.optional(),
  points: evaluationSchema.shape.points,
  note: evaluationSchema.shape.note,
});
export type EvaluationSheetRow = z.infer<typeof evaluationSheetRow>;

/** What saving a sheet takes: every row is written at the sheet's stage, with its decision from the decision stage on. */
export const evaluationSheetInput = z.object({
  unitId: recordId,
  period: evaluationPeriod,
  stage: evaluationSchema.shape.stage,
  decision: decision.optional(),
  rows: z.array(evaluationSheetRow, { message: 'validation.required' }).max(5000, 'validation.tooLong'),
});
export type EvaluationSheetInput = z.infer<typeof evaluationSheetInput>;

export type SchemesBySubject = Partial<Record<Subject, RatingSchemeRules>>;

/** The stages at which an evaluation carries its decision. */
export function stageNeedsDecision(stage: EvaluationStage): boolean {
  return evaluationStages.indexOf(stage) >= evaluationStages.indexOf('decision');
}

const isRated = (row: EvaluationSheetRow) => row.ratingCode !== undefined || row.points !== undefined;

/** What a rated row stores under its scheme: the grade chosen, or the grade its points earn. Undefined when not rated or not valid. */
export function ratedValues(row: EvaluationSheetRow, scheme: RatingSchemeRules | undefined): { ratingCode: string; points?: number; level: RatingLevel } | undefined {
  if (!scheme || !isRated(row)) return undefined;
  if (scheme.byPoints) {
    const grade = row.points === undefined ? undefined : gradeForPoints(scheme, row.points);
    return grade && { ratingCode: grade.code, points: row.points!, level: grade.level };
  }
  const grade = row.ratingCode === undefined || row.points !== undefined ? undefined : gradeOf(scheme, row.ratingCode);
  return grade && { ratingCode: grade.code, level: grade.level };
}

export interface SheetCheckContext {
  readonly schemes: SchemesBySubject;
  /** Who may be rated on this sheet: the members and organizations of the unit in the period. */
  readonly subjectIds: ReadonlySet<string>;
  /** The evaluations already recorded for the period, by the person or unit rated. */
  readonly existing: ReadonlyMap<string, Pick<Evaluation, 'stage'>>;
}

const issue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue => ({ field, messageKey, params });

/** Everything that refuses the sheet; empty when it may be written. */
export function checkEvaluationSheet(input: EvaluationSheetInput, context: SheetCheckContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const rated = input.rows.map((row, index) => ({ row, index })).filter(({ row }) => isRated(row));
  if (rated.length === 0) issues.push(issue('rows', 'evaluation.rules.nothingRated'));
  if (stageNeedsDecision(input.stage) && !input.decision) issues.push(issue('decision', 'evaluation.rules.decisionRequired'));
  for (const subject of new Set(rated.map(({ row }) => row.subject))) {
    const scheme = context.schemes[subject];
    if (!scheme) issues.push(issue('period', 'evaluation.rules.noScheme'));
    else if (input.period.quarter !== undefined && !scheme.quarterly) issues.push(issue('period.quarter', 'evaluation.rules.quarterNotInScheme', { scheme: scheme.name }));
  }
  for (const { row, index } of rated) {
    const at = (field: string) => `rows.${index}.${field}`;
    const scheme = context.schemes[row.subject];
    if (!context.subjectIds.has(row.subjectId)) issues.push(issue(at('subjectId'), 'evaluation.rules.notInUnit'));
    if (scheme?.byPoints) {
      if (row.points === undefined) issues.push(issue(at('points'), 'evaluation.rules.pointsRequired'));
      else if (row.points > scheme.maxPoints) issues.push(issue(at('points'), 'validation.tooLarge', { maximum: scheme.maxPoints }));
    } else if (scheme) {
      if (row.points !== undefined) issues.push(issue(at('points'), 'evaluation.rules.pointsNotInScheme', { scheme: scheme.name }));
      if (row.ratingCode === undefined || !gradeOf(scheme, row.ratingCode)) issues.push(issue(at('ratingCode'), 'evaluation.rules.gradeNotInScheme', { scheme: scheme.name }));
    }
    const before = context.existing.get(row.subjectId);
    if (before && evaluationStages.indexOf(before.stage) > evaluationStages.indexOf(input.stage)) {
      issues.push(issue(at('stage'), 'evaluation.rules.stageBackwards', { stage: before.stage }));
    }
  }
  return issues;
}

/** A rating counted against the cap: who rated it belongs with (the grassroots organization, or the parent of an organization). */
export interface CountedRating {
  readonly subject: Subject;
  readonly groupId: string;
  readonly level: RatingLevel;
}

export interface ExcellentCapWarning {
  readonly subject: Subject;
  readonly groupId: string;
  readonly excellent: number;
  readonly good: number;
  /** The most "excellent" the cap allows with that many "good". */
  readonly allowed: number;
}

/**
 * Where "excellent" exceeds the scheme's share of "good" among those rated together (2018-2024: a fifth of the
 * members rated "good" in each grassroots organization). A warning, not a refusal: the decision is the committee's.
 */
export function excellentCapWarnings(ratings: readonly CountedRating[], schemes: SchemesBySubject): ExcellentCapWarning[] {
  const groups = new Map<string, { subject: Subject; groupId: string; excellent: number; good: number }>();
  for (const rating of ratings) {
    if (rating.level !== 'excellent' && rating.level !== 'good') continue;
    const key = `${rating.subject}|${rating.groupId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { subject: rating.subject, groupId: rating.groupId, excellent: 0, good: 0 }));
    group[rating.level] += 1;
  }
  const warnings: ExcellentCapWarning[] = [];
  for (const group of groups.values()) {
    const share = schemes[group.subject]?.excellentCapShareOfGood;
    if (share === undefined) continue;
    // A share of a count, rounded down, without floating-point dust (0.2 × 15 is 3, not 2.9999…).
    const allowed = Math.floor(share * group.good + 1e-9);
    if (group.excellent > allowed) warnings.push({ ...group, allowed });
  }
  return warnings;
}

/** The rows of a sheet as a form sends them: texts to numbers and codes, blanks left out, parsed before use. */
export const evaluationSheetCell = z.object({
  ratingCode: z.string().trim(),
  points: z.string().trim(),
  note: z.string().trim(),
});
export type EvaluationSheetCell = z.infer<typeof evaluationSheetCell>;

/** One cell of the form as a sheet row (points typed `85` or `85,5`; text that is no number is kept as NaN for the schema to refuse). */
export function rowFromCell(subject: Subject, subjectId: string, cell: EvaluationSheetCell): EvaluationSheetRow {
  const parsed = evaluationSheetCell.parse(cell);
  const points = parsed.points === '' ? undefined : /^\d+([.,]\d+)?$/.test(parsed.points) ? Number(parsed.points.replace(',', '.')) : Number.NaN;
  return {
    subject,
    subjectId,
    ...(parsed.ratingCode ? { ratingCode: parsed.ratingCode } : {}),
    ...(points !== undefined ? { points } : {}),
    ...(parsed.note ? { note: parsed.note } : {}),
  };
}
