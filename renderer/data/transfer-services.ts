/**
 * The transfer screen's access to data: the register of a unit's subtree, and the letters issued, signed on,
 * accepted and closed through the one write path as this office.
 */
import type { IsoDate } from '../../shared/dates/partial-date';
import type { MembershipTransfer } from '../../shared/events/transfer';
import { acceptTransfer, closeTransfer, issueTransfer, loadTransferRegister, signTransferHop, type TransferRegister } from '../../shared/events/transfer-service';
import type { AppDatabase } from '../../shared/storage/database';
import { workflowUnits, type WorkflowUnits } from './workflow-units';
import { officeWriteContext } from './write-context';
import { findPeopleByName, type PersonMatch } from '../../shared/people/person-search';
import { localDay } from './organization-services';

export interface TransferServices {
  units(day: IsoDate): Promise<WorkflowUnits>;
  register(rootUnitId: string | undefined, from: IsoDate, day: IsoDate): Promise<TransferRegister>;
  /** Each write takes what its form gives (parsed by the domain's schema); throws ValidationFailed or RuleRefused. */
  issue(input: unknown): Promise<MembershipTransfer>;
  signHop(transferId: string, input: unknown): Promise<MembershipTransfer>;
  accept(transferId: string, input: unknown): Promise<MembershipTransfer>;
  close(transferId: string, input: unknown): Promise<MembershipTransfer>;
  findPeople(typed: string): Promise<PersonMatch[]>;
}

export function createTransferServices(db: AppDatabase): TransferServices {
  return {
    units: (day) => workflowUnits(db, day),
    register: (rootUnitId, from, day) => loadTransferRegister(db, { day, from, ...(rootUnitId ? { rootUnitId } : {}) }),
    issue: async (input) => issueTransfer(await officeWriteContext(db), input, localDay()),
    signHop: async (transferId, input) => signTransferHop(await officeWriteContext(db), transferId, input, localDay()),
    accept: async (transferId, input) => acceptTransfer(await officeWriteContext(db), transferId, input, localDay()),
    close: async (transferId, input) => closeTransfer(await officeWriteContext(db), transferId, input, localDay()),
    findPeople: (typed) => findPeopleByName(db, typed),
  };
}
