import type { z } from 'zod';
import { admissionCaseRecordType } from '../events/admission';
import { commendationRecordType } from '../events/commendation';
import { consolidationRecordType } from '../events/consolidation';
import { disciplineRecordType } from '../events/discipline';
import { evaluationRecordType } from '../events/evaluation';
import { partyExitRecordType } from '../events/exit';
import { inspectionRecordType } from '../events/inspection';
import { movementRecordType } from '../events/movement';
import { planningCandidateRecordType, planningCycleRecordType, plannedPositionRecordType } from '../events/planning';
import { postStandardRecordType } from '../events/standards';
import { trainingCourseRecordType, trainingEnrolmentRecordType, trainingPlanRecordType } from '../events/training';
import { membershipTransferRecordType } from '../events/transfer';
import { catalogEntryRecordType } from '../catalogs/catalog-record';
import { adminUnitRecordType } from '../organization/admin-unit';
import { enterpriseRecordType } from '../organization/enterprise';
import { residentialAreaRecordType } from '../organization/residential-area';
import { restructuringRecordType } from '../organization/restructuring';
import { unitRecordType } from '../organization/unit';
import { personRecordType } from '../people/person';
import { personHistoryRecordType } from '../people/person-history';
import { personPhotoRecordType } from '../people/person-photo';

/** Every kind of record the app keeps and exchanges. */
export const recordTypes = {
  unit: unitRecordType,
  person: personRecordType,
  // Organization
  adminUnit: adminUnitRecordType,
  residentialArea: residentialAreaRecordType,
  enterprise: enterpriseRecordType,
  restructuring: restructuringRecordType,
  // People
  personHistory: personHistoryRecordType,
  personPhoto: personPhotoRecordType,
  // Life events
  evaluation: evaluationRecordType,
  consolidation: consolidationRecordType,
  planningCycle: planningCycleRecordType,
  plannedPosition: plannedPositionRecordType,
  planningCandidate: planningCandidateRecordType,
  movement: movementRecordType,
  trainingPlan: trainingPlanRecordType,
  trainingCourse: trainingCourseRecordType,
  trainingEnrolment: trainingEnrolmentRecordType,
  postStandard: postStandardRecordType,
  admissionCase: admissionCaseRecordType,
  membershipTransfer: membershipTransferRecordType,
  partyExit: partyExitRecordType,
  discipline: disciplineRecordType,
  commendation: commendationRecordType,
  inspection: inspectionRecordType,
  // Catalogs issued by the province
  catalogEntry: catalogEntryRecordType,
} as const;

export type RecordTypeName = keyof typeof recordTypes;
export type RecordFields<T extends RecordTypeName> = z.output<(typeof recordTypes)[T]['schema']>;
export type RecordInput<T extends RecordTypeName> = z.input<(typeof recordTypes)[T]['schema']>;
export type RecordOf<T extends RecordTypeName> = RecordFields<T> & { readonly id: string };

export const recordTypeNames = Object.keys(recordTypes) as RecordTypeName[];

export function isRecordTypeName(name: string): name is RecordTypeName {
  return Object.hasOwn(recordTypes, name);
}
