/** The training screen's access to data: the gap list, the year's plans and courses, enrolments and completion. */
import type { CatalogEntry } from '../../shared/catalogs/catalog';
import { loadCatalogs } from '../../shared/catalogs/catalog-service';
import type { IsoDate } from '../../shared/dates/partial-date';
import type { PostStandard } from '../../shared/events/standards';
import type { TrainingCourse, TrainingEnrolment, TrainingPlan } from '../../shared/events/training';
import {
  addTrainingCourse,
  completeEnrolment,
  courseEnrolments,
  createTrainingPlan,
  enrolInCourse,
  trainingGapList,
  trainingPlansOf,
  standardsInForce,
  type CompletedEnrolment,
  type CompletionRequest,
  type EnrolmentRequest,
  type EnrolmentRow,
  type GapRow,
  type PlanSummary,
} from '../../shared/training/training-service';
import type { AppDatabase } from '../../shared/storage/database';
import type { trainingCourseSchema, trainingPlanSchema } from '../../shared/events/training';
import type { z } from 'zod';
import { officeWriteContext } from './write-context';

export interface TrainingServices {
  catalogs(): Promise<CatalogEntry[]>;
  /** Who falls short of the standard of their post on the day, with the course of the year's plans that closes it. */
  gaps(day: IsoDate, year: number, rootUnitId?: string): Promise<GapRow[]>;
  plans(year: number): Promise<PlanSummary[]>;
  /** The post standards in force on the day (set by the province). */
  standards(day: IsoDate): Promise<PostStandard[]>;
  enrolments(courseId: string): Promise<EnrolmentRow[]>;
  /** Each throws ValidationFailed, naming the fields, when refused (nothing is written then). */
  createPlan(input: z.input<typeof trainingPlanSchema>): Promise<TrainingPlan>;
  addCourse(input: z.input<typeof trainingCourseSchema>): Promise<TrainingCourse>;
  enrol(request: EnrolmentRequest): Promise<TrainingEnrolment[]>;
  complete(request: CompletionRequest): Promise<CompletedEnrolment>;
}

export function createTrainingServices(db: AppDatabase): TrainingServices {
  return {
    catalogs: () => loadCatalogs(db),
    gaps: (day, year, rootUnitId) => trainingGapList(db, day, year, rootUnitId === undefined ? {} : { rootUnitId }),
    plans: (year) => trainingPlansOf(db, year),
    standards: (day) => standardsInForce(db, day),
    enrolments: (courseId) => courseEnrolments(db, courseId),
    createPlan: async (input) => createTrainingPlan(await officeWriteContext(db), input),
    addCourse: async (input) => addTrainingCourse(await officeWriteContext(db), input),
    enrol: async (request) => enrolInCourse(await officeWriteContext(db), request),
    complete: async (request) => completeEnrolment(await officeWriteContext(db), request),
  };
}
