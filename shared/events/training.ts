import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkNotBefore, count, year } from './event-fields';

/**
 * Training and retraining (đào tạo, bồi dưỡng): a unit's plan for a year, its courses with quotas,
 * and the people enrolled. Completing a course updates the person's qualifications (done by the service).
 */
export const trainingPlanSchema = z.object({
  unitId: recordId,
  year,
  name: text(300),
  note: optionalText(2000),
});
export type TrainingPlan = z.infer<typeof trainingPlanSchema> & { readonly id: string };

export const trainingPlanRecordType = defineRecordType({
  name: 'trainingPlan',
  table: 'trainingPlans',
  schema: trainingPlanSchema,
  indexes: ['unitId', 'year', '[unitId+year]'],
});

export const trainingSubjects = ['politicalTheory', 'stateManagement', 'degree', 'language', 'it', 'other'] as const;
export type TrainingSubject = (typeof trainingSubjects)[number];

export const trainingCourseSchema = z
  .object({
    planId: recordId,
    name: text(300),
    subject: z.enum(trainingSubjects, { message: 'validation.chooseOne' }),
    /**
     * The level the course leads to, a code of the catalog matching the subject (`politicalTheory`,
     * `stateManagement`, `professionalDegree`, `foreignLanguageLevel`, `itLevel`); none for `other`.
     */
    targetCode: catalogCode.optional(),
    /** The school or academy that teaches it. */
    provider: optionalText(300),
    quota: count(100_000),
    from: isoDate,
    to: isoDate,
  })
  .superRefine((course, context) => {
    if (course.subject !== 'other' && course.targetCode === undefined) {
      context.addIssue({ code: 'custom', path: ['targetCode'], message: 'validation.chooseOne' });
    }
    checkNotBefore(context, ['to'], course.from, course.to);
  });
export type TrainingCourse = z.infer<typeof trainingCourseSchema> & { readonly id: string };

export const trainingCourseRecordType = defineRecordType({
  name: 'trainingCourse',
  table: 'trainingCourses',
  schema: trainingCourseSchema,
  indexes: ['planId', 'subject', 'from'],
});

export const enrolmentStatuses = ['planned', 'enrolled', 'completed', 'dropped'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const trainingEnrolmentSchema = z
  .object({
    courseId: recordId,
    personId: recordId,
    status: z.enum(enrolmentStatuses, { message: 'validation.chooseOne' }),
    completedOn: isoDate.optional(),
    certificate: optionalText(200),
  })
  .superRefine((enrolment, context) => {
    if (enrolment.status === 'completed' && enrolment.completedOn === undefined) {
      context.addIssue({ code: 'custom', path: ['completedOn'], message: 'validation.required' });
    }
    if (enrolment.status !== 'completed' && enrolment.completedOn !== undefined) {
      context.addIssue({ code: 'custom', path: ['completedOn'], message: 'validation.notForStatus' });
    }
  });
export type TrainingEnrolment = z.infer<typeof trainingEnrolmentSchema> & { readonly id: string };

export const trainingEnrolmentRecordType = defineRecordType({
  name: 'trainingEnrolment',
  table: 'trainingEnrolments',
  schema: trainingEnrolmentSchema,
  indexes: ['courseId', 'personId', '[courseId+status]', 'status'],
});
