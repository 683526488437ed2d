/**
 * Training and standardization as the office does it: the gap list (who falls short of the standard of the post
 * they hold, on which requirement, and which course of the year's plans closes it), yearly plans with their courses
 * and quotas, enrolments taken from the gap list, and completion, which raises the person's qualification and writes
 * the training row of their history in the same transaction. Refusals carry message keys and write nothing.
 */
import { z } from 'zod';
import type { CatalogEntry } from '../catalogs/catalog';
import { loadCatalogs } from '../catalogs/catalog-service';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { trainingCourseSchema, trainingPlanSchema, type EnrolmentStatus, type TrainingCourse, type TrainingEnrolment, type TrainingPlan, type TrainingSubject } from '../events/training';
import { latestPeriod } from '../organization/unit';
import { memberStatusOn } from '../people/membership';
import { inForceOn, type PostStandard } from '../events/standards';
import type { Person } from '../people/person';
import { standardsGapsOn, type PostOfPerson, type StandardRequirement } from '../queries/cadre-queries';
import { allRecords, recordsById } from '../queries/records-reader';
import { optionalText, recordId } from '../records/common-fields';
import { writeRecords, type WriteContext } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { parseOrFail, ValidationFailed, type FieldIssue } from '../validation/issues';

/** The qualification a course of each subject raises: its catalog and the person's field. */
const qualificationOf: Partial<Record<TrainingSubject, { readonly catalog: string; readonly field: 'politicalTheoryCode' | 'stateManagementCode' | 'professionalDegreeCode' | 'foreignLanguageLevelCode' | 'itLevelCode' }>> = {
  politicalTheory: { catalog: 'politicalTheory', field: 'politicalTheoryCode' },
  stateManagement: { catalog: 'stateManagement', field: 'stateManagementCode' },
  degree: { catalog: 'professionalDegree', field: 'professionalDegreeCode' },
  language: { catalog: 'foreignLanguageLevel', field: 'foreignLanguageLevelCode' },
  it: { catalog: 'itLevel', field: 'itLevelCode' },
};

/** The course subject that closes a shortfall on each requirement of a post standard. */
export const subjectOfRequirement: Readonly<Record<StandardRequirement, TrainingSubject>> = { politicalTheory: 'politicalTheory', professionalDegree: 'degree', stateManagement: 'stateManagement' };

/** The rank of a code in its catalog (`rank`, or `level` for languages and IT); 0 for none or an unknown code. */
function rankOf(catalogs: readonly CatalogEntry[], catalog: string, code: string | undefined): number {
  if (code === undefined) return 0;
  const attributes = catalogs.find((entry) => entry.catalog === catalog && entry.code === code)?.attributes;
  const rank = attributes?.rank ?? attributes?.level;
  return typeof rank === 'number' ? rank : 0;
}

const issue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue => ({ field, messageKey, params });

/** A yearly plan of a unit. Refused: an unknown unit, a second plan of the unit for the year. */
export async function createTrainingPlan(context: WriteContext, input: z.input<typeof trainingPlanSchema>): Promise<TrainingPlan> {
  const request = parseOrFail(trainingPlanSchema, input);
  return writeRecords(context, async (writer) => {
    if (!(await writer.get('unit', request.unitId))) throw new ValidationFailed([issue('unitId', 'training.issues.unitMissing')]);
    const existing = (await writer.findBy('trainingPlan', 'unitId', request.unitId)).find((plan) => plan.year === request.year);
    if (existing) throw new ValidationFailed([issue('year', 'training.issues.planExists', { year: request.year, name: existing.name })]);
    return writer.create('trainingPlan', request);
  });
}

/** A course of a plan. Refused: an unknown plan, a level unknown to the subject's catalog, a course starting outside the plan's year. */
export async function addTrainingCourse(context: WriteContext, input: z.input<typeof trainingCourseSchema>): Promise<TrainingCourse> {
  const request = parseOrFail(trainingCourseSchema, input);
  const catalogs = await loadCatalogs(context.db);
  return writeRecords(context, async (writer) => {
    const plan = await writer.get('trainingPlan', request.planId);
    const issues: FieldIssue[] = [];
    if (!plan) throw new ValidationFailed([issue('planId', 'training.issues.planMissing')]);
    const qualification = qualificationOf[request.subject];
    if (qualification && request.targetCode !== undefined && !catalogs.some((entry) => entry.catalog === qualification.catalog && entry.code === request.targetCode)) issues.push(issue('targetCode', 'validation.chooseOne'));
    if (Number(request.from.slice(0, 4)) !== plan.year) issues.push(issue('from', 'training.issues.outsideYear', { year: plan.year }));
    if (issues.length > 0) throw new ValidationFailed(issues);
    return writer.create('trainingCourse', request);
  });
}

export const enrolmentRequestSchema = z.object({
  courseId: recordId,
  personIds: z.array(recordId),
  /** The day the enrolment is made: people who had left the party by then are refused. */
  on: isoDate,
});
export type EnrolmentRequest = z.input<typeof enrolmentRequestSchema>;

const taking = (enrolment: TrainingEnrolment) => enrolment.status !== 'dropped';

/**
 * Enrols people in a course (planned, before it starts; enrolled once it has). Refused: an unknown course or person,
 * someone who has left the party, someone already in the course, more people than the quota leaves room for.
 */
export async function enrolInCourse(context: WriteContext, input: EnrolmentRequest): Promise<TrainingEnrolment[]> {
  const request = parseOrFail(enrolmentRequestSchema, input);
  return writeRecords(context, async (writer) => {
    if (request.personIds.length === 0) throw new ValidationFailed([issue('personIds', 'training.issues.nobodyChosen')]);
    const course = await writer.get('trainingCourse', request.courseId);
    if (!course) throw new ValidationFailed([issue('courseId', 'training.issues.courseMissing')]);
    const issues: FieldIssue[] = [];
    const enrolled = (await writer.findBy('trainingEnrolment', 'courseId', course.id)).filter(taking);
    const people: Person[] = [];
    for (const personId of new Set(request.personIds)) {
      const person = await writer.get('person', personId);
      if (!person) issues.push(issue('personIds', 'training.issues.personMissing'));
      else if (memberStatusOn(person, request.on) === 'exited') issues.push(issue('personIds', 'training.issues.personLeft', { name: person.fullName }));
      else if (enrolled.some((enrolment) => enrolment.personId === person.id)) issues.push(issue('personIds', 'training.issues.alreadyEnrolled', { name: person.fullName, course: course.name }));
      else people.push(person);
    }
    if (issues.length === 0 && enrolled.length + people.length > course.quota) issues.push(issue('personIds', 'training.issues.overQuota', { quota: course.quota, left: Math.max(0, course.quota - enrolled.length) }));
    if (issues.length > 0) throw new ValidationFailed(issues);
    const status: EnrolmentStatus = course.from > request.on ? 'planned' : 'enrolled';
    return people.map((person) => writer.create('trainingEnrolment', { courseId: course.id, personId: person.id, status }));
  });
}

export const completionRequestSchema = z.object({
  enrolmentId: recordId,
  completedOn: isoDate,
  certificate: optionalText(200),
});
export type CompletionRequest = z.input<typeof completionRequestSchema>;

export interface CompletedEnrolment {
  readonly enrolment: TrainingEnrolment;
  /** The qualification raised on the person record (none when the course leads to no higher level than held). */
  readonly raised?: { readonly field: string; readonly from?: string; readonly to: string };
}

/**
 * Records that a person completed a course: the enrolment, the training row of the person's history and, when the
 * course leads to a higher level than the one held, the person's qualification, in one transaction. Refused: an
 * enrolment already completed or dropped, a completion before the course starts.
 */
export async function completeEnrolment(context: WriteContext, input: CompletionRequest): Promise<CompletedEnrolment> {
  const request = parseOrFail(completionRequestSchema, input);
  const catalogs = await loadCatalogs(context.db);
  return writeRecords(context, async (writer) => {
    const enrolment = await writer.get('trainingEnrolment', request.enrolmentId);
    const course = enrolment ? await writer.get('trainingCourse', enrolment.courseId) : undefined;
    const person = enrolment ? await writer.get('person', enrolment.personId) : undefined;
    if (!enrolment || !course || !person) throw new ValidationFailed([issue('enrolmentId', 'training.issues.enrolmentMissing')]);
    if (enrolment.status === 'completed' || enrolment.status === 'dropped') throw new ValidationFailed([issue('enrolmentId', `training.issues.already.${enrolment.status}`, { name: person.fullName })]);
    if (request.completedOn < course.from) throw new ValidationFailed([issue('completedOn', 'training.issues.beforeCourse', { date: course.from })]);

    const completed = await writer.update('trainingEnrolment', enrolment.id, { status: 'completed', completedOn: request.completedOn, certificate: request.certificate ?? null });
    writer.create('personHistory', {
      personId: person.id,
      kind: 'training',
      from: course.from,
      to: request.completedOn,
      school: course.provider ?? course.name,
      major: course.name,
      mode: 'in-service',
      ...(request.certificate === undefined ? {} : { certificate: request.certificate }),
    });
    const qualification = qualificationOf[course.subject];
    if (!qualification || course.targetCode === undefined) return { enrolment: completed };
    const held = person[qualification.field];
    if (rankOf(catalogs, qualification.catalog, course.targetCode) <= rankOf(catalogs, qualification.catalog, held) && held !== undefined) return { enrolment: completed };
    await writer.update('person', person.id, { [qualification.field]: course.targetCode });
    return { enrolment: completed, raised: { field: qualification.field, ...(held === undefined ? {} : { from: held }), to: course.targetCode } };
  });
}

/** One shortfall of a gap-list row, with the course of the year's plans that closes it and the person's place in it. */
export interface GapShortfall {
  readonly requirement: StandardRequirement;
  readonly required: string;
  readonly held?: string;
  /** A course of the year's plans leading to the required level or higher (the earliest to start). */
  readonly course?: TrainingCourse;
  /** The person's enrolment in a course closing the gap, when there is one. */
  readonly enrolment?: { readonly courseName: string; readonly status: EnrolmentStatus };
}

export interface GapRow {
  readonly personId: string;
  readonly fullName: string;
  readonly unitName: string | undefined;
  readonly post: PostOfPerson;
  readonly shortfalls: readonly GapShortfall[];
}

/**
 * The gap list of a unit's subtree (or of the whole office) on a day: the people falling short of the standard of a
 * post they hold, each shortfall with the course of `year`'s plans that closes it and the person's enrolment in one.
 */
export async function trainingGapList(db: AppDatabase, day: IsoDate, year: number, options: { rootUnitId?: string } = {}): Promise<GapRow[]> {
  const catalogs = await loadCatalogs(db);
  // The gaps are judged on the same catalog levels the courses are matched by (the office's, not only the official ones).
  const [gaps, plans, courses, enrolments] = await Promise.all([
    standardsGapsOn(db, day, { catalog: catalogs, ...(options.rootUnitId === undefined ? {} : { rootUnitId: options.rootUnitId }) }),
    allRecords(db, 'trainingPlan'),
    allRecords(db, 'trainingCourse'),
    allRecords(db, 'trainingEnrolment'),
  ]);
  const planIds = new Set(plans.filter((plan) => plan.year === year).map((plan) => plan.id));
  const yearCourses = courses.filter((course) => planIds.has(course.planId)).sort((a, b) => a.from.localeCompare(b.from));
  const courseById = new Map(courses.map((course) => [course.id, course]));
  const enrolmentsOf = new Map<string, TrainingEnrolment[]>();
  for (const enrolment of enrolments.filter(taking)) enrolmentsOf.set(enrolment.personId, [...(enrolmentsOf.get(enrolment.personId) ?? []), enrolment]);
  const closes = (course: TrainingCourse, requirement: StandardRequirement, required: string) => {
    const qualification = qualificationOf[subjectOfRequirement[requirement]]!;
    return course.subject === subjectOfRequirement[requirement] && rankOf(catalogs, qualification.catalog, course.targetCode) >= rankOf(catalogs, qualification.catalog, required);
  };
  const units = await recordsById(db, 'unit', gaps.flatMap((gap) => (gap.post.unitId ? [gap.post.unitId] : [])));
  return gaps.map((gap) => {
    const unit = gap.post.unitId ? units.get(gap.post.unitId) : undefined;
    const shortfalls = gap.shortfalls.map((shortfall): GapShortfall => {
      const course = yearCourses.find((candidate) => closes(candidate, shortfall.requirement, shortfall.required));
      const taken = (enrolmentsOf.get(gap.person.id) ?? []).map((enrolment) => ({ enrolment, course: courseById.get(enrolment.courseId) })).find((entry) => entry.course !== undefined && closes(entry.course, shortfall.requirement, shortfall.required));
      return { ...shortfall, ...(course ? { course } : {}), ...(taken ? { enrolment: { courseName: taken.course!.name, status: taken.enrolment.status } } : {}) };
    });
    return { personId: gap.person.id, fullName: gap.person.fullName, unitName: unit ? latestPeriod(unit).name : undefined, post: gap.post, shortfalls };
  });
}

export interface CourseSummary {
  readonly course: TrainingCourse;
  /** People in the course who have not dropped it. */
  readonly taken: number;
  readonly completed: number;
}

export interface PlanSummary {
  readonly plan: TrainingPlan;
  readonly unitName: string | undefined;
  readonly courses: readonly CourseSummary[];
}

/** The plans of a year with their courses (earliest first) and how full each is. */
export async function trainingPlansOf(db: AppDatabase, year: number): Promise<PlanSummary[]> {
  const [plans, courses, enrolments] = await Promise.all([allRecords(db, 'trainingPlan'), allRecords(db, 'trainingCourse'), allRecords(db, 'trainingEnrolment')]);
  const ofYear = plans.filter((plan) => plan.year === year).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const units = await recordsById(db, 'unit', ofYear.map((plan) => plan.unitId));
  return ofYear.map((plan) => {
    const unit = units.get(plan.unitId);
    return {
      plan,
      unitName: unit ? latestPeriod(unit).name : undefined,
      courses: courses
        .filter((course) => course.planId === plan.id)
        .sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name, 'vi'))
        .map((course) => {
          const of = enrolments.filter((enrolment) => enrolment.courseId === course.id);
          return { course, taken: of.filter(taking).length, completed: of.filter((enrolment) => enrolment.status === 'completed').length };
        }),
    };
  });
}

export interface EnrolmentRow {
  readonly enrolment: TrainingEnrolment;
  readonly fullName: string;
}

/** The people of a course, by name. */
export async function courseEnrolments(db: AppDatabase, courseId: string): Promise<EnrolmentRow[]> {
  const enrolments = (await allRecords(db, 'trainingEnrolment')).filter((enrolment) => enrolment.courseId === courseId);
  const people = await recordsById(db, 'person', enrolments.map((enrolment) => enrolment.personId));
  return enrolments.map((enrolment) => ({ enrolment, fullName: people.get(enrolment.personId)?.fullName ?? '' })).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}

/** The post standards in force on a day, by post code and level (the rules the gap list applies). */
export async function standardsInForce(db: AppDatabase, day: IsoDate): Promise<PostStandard[]> {
  return (await allRecords(db, 'postStandard'))
    .filter((standard) => inForceOn(standard, day))
    .sort((a, b) => a.postCode.localeCompare(b.postCode) || (a.level ?? '').localeCompare(b.level ?? ''));
}
