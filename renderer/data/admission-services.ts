/**
 * The admission board's access to data: the board of a unit's subtree, the helpers a case may have, and the steps
 * of a case taken through the one write path as this office (refusals come back as RuleRefused, nothing written).
 */
import type { IsoDate } from '../../shared/dates/partial-date';
import type { AdmissionCase } from '../../shared/events/admission';
import { helperChoices, loadAdmissionBoard, openAdmissionCase, takeAdmissionStep, type AdmissionBoard, type HelperChoice } from '../../shared/events/admission-service';
import type { AppDatabase } from '../../shared/storage/database';
import { localDay } from './organization-services';
import { officeWriteContext } from './write-context';
import { workflowUnits, type WorkflowUnits } from './workflow-units';
import { findPeopleByName, type PersonMatch } from '../../shared/people/person-search';

export interface AdmissionServices {
  units(day: IsoDate): Promise<WorkflowUnits>;
  board(rootUnitId: string | undefined, day: IsoDate): Promise<AdmissionBoard>;
  helpers(caseId: string, day: IsoDate): Promise<HelperChoice[]>;
  /** Takes the step the form describes (parsed by the domain's schema); throws ValidationFailed or RuleRefused. */
  takeStep(caseId: string, step: unknown): Promise<AdmissionCase>;
  /** Puts a person on the list of outstanding non-members (the first step of the way in). */
  open(input: unknown): Promise<AdmissionCase>;
  findPeople(typed: string): Promise<PersonMatch[]>;
}

export function createAdmissionServices(db: AppDatabase): AdmissionServices {
  return {
    units: (day) => workflowUnits(db, day),
    board: (rootUnitId, day) => loadAdmissionBoard(db, { day, ...(rootUnitId ? { rootUnitId } : {}) }),
    helpers: (caseId, day) => helperChoices(db, caseId, day),
    takeStep: async (caseId, step) => takeAdmissionStep(await officeWriteContext(db), caseId, step, localDay()),
    open: async (input) => openAdmissionCase(await officeWriteContext(db), input, localDay()),
    findPeople: (typed) => findPeopleByName(db, typed),
  };
}
