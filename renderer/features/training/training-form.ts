/**
 * The training screen's forms: what was typed, parsed with zod into the requests the domain service judges, and
 * where the service's refusals go back on each form.
 */
import { z } from 'zod';
import type { CatalogName } from '../../../shared/catalogs/catalog';
import { trainingSubjects, type TrainingSubject } from '../../../shared/events/training';
import type { CompletionRequest } from '../../../shared/training/training-service';
import type { trainingCourseSchema, trainingPlanSchema } from '../../../shared/events/training';
import { toFieldIssues } from '../../../shared/validation/issues';
import type { Parsed } from '../planning/use-decision-form';
import { dayText, optionalText, requiredText, wholeNumberText } from '../planning/form-text';

const chosen = z.string().min(1, 'validation.chooseOne');

export interface PlanFormValues {
  readonly unitId: string;
  readonly year: string;
  readonly name: string;
  readonly note: string;
}

const planForm = z.object({ unitId: chosen, year: wholeNumberText(1945, 2100), name: requiredText, note: optionalText });

export function planFromForm(values: PlanFormValues): Parsed<z.input<typeof trainingPlanSchema>> {
  const parsed = planForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { note, ...rest } = parsed.data;
  return { request: { ...rest, ...(note === undefined ? {} : { note }) } };
}

export interface CourseFormValues {
  readonly planId: string;
  readonly name: string;
  readonly subject: string;
  readonly targetCode: string;
  readonly provider: string;
  readonly quota: string;
  readonly from: string;
  readonly to: string;
}

export const emptyCourse: CourseFormValues = { planId: '', name: '', subject: '', targetCode: '', provider: '', quota: '', from: '', to: '' };

const courseForm = z.object({
  planId: chosen,
  name: requiredText,
  subject: z.enum(trainingSubjects, { message: 'validation.chooseOne' }),
  targetCode: optionalText,
  provider: optionalText,
  quota: wholeNumberText(1, 100_000),
  from: dayText,
  to: dayText,
});

export function courseFromForm(values: CourseFormValues): Parsed<z.input<typeof trainingCourseSchema>> {
  const parsed = courseForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { targetCode, provider, ...rest } = parsed.data;
  return { request: { ...rest, ...(targetCode === undefined ? {} : { targetCode }), ...(provider === undefined ? {} : { provider }) } };
}

export interface CompletionFormValues {
  readonly completedOn: string;
  readonly certificate: string;
}

const completionForm = z.object({ completedOn: dayText, certificate: optionalText });

export function completionFromForm(enrolmentId: string, values: CompletionFormValues): Parsed<CompletionRequest> {
  const parsed = completionForm.safeParse(values);
  if (!parsed.success) return { issues: toFieldIssues(parsed.error) };
  const { certificate, completedOn } = parsed.data;
  return { request: { enrolmentId, completedOn, ...(certificate === undefined ? {} : { certificate }) } };
}

/** The catalog of the levels a course of each subject leads to (none for `other`). */
export const levelCatalogOf: Readonly<Record<TrainingSubject, CatalogName | undefined>> = {
  politicalTheory: 'politicalTheory',
  stateManagement: 'stateManagement',
  degree: 'professionalDegree',
  language: 'foreignLanguageLevel',
  it: 'itLevel',
  other: undefined,
};

/** The service's fields are the form's. */
export const sameField = (field: string) => field;
