import { z } from 'zod';
import { ageBands } from '../people/membership';
import { activeMemberStatuses, memberStatuses, sexes, type MemberStatus } from '../people/person';

/**
 * What the people table asks for: a search, filters and a sort. The same shape travels to the index worker,
 * is kept in saved views, and is what a view exported to Excel was.
 */

/** The columns of the table, in their default order; the last two are offered by the column chooser only. */
export const peopleColumns = [
  'fullName',
  'birthDate',
  'sex',
  'unit',
  'post',
  'partyCardNumber',
  'citizenId',
  'ethnicity',
  'religion',
  'professionalDegree',
  'politicalTheory',
  'memberStatus',
  'generalEducation',
  'stateManagement',
] as const;
export type PeopleColumn = (typeof peopleColumns)[number];
export const defaultVisibleColumns: readonly PeopleColumn[] = peopleColumns.slice(0, 12);

/** The catalog-coded fields a person can be filtered by; `''` stands for "not recorded". */
export const catalogFilters = ['ethnicity', 'religion', 'generalEducation', 'politicalTheory', 'stateManagement'] as const;
export type CatalogFilter = (typeof catalogFilters)[number];

const code = z.string().max(40);

/** A member status, or `member`: probationary and full members together, as the statistics count members. */
export const memberStatusFilters = ['member', ...memberStatuses] as const;
export type MemberStatusFilter = (typeof memberStatusFilters)[number];

/** The statuses a member status filter lets through. */
export function statusesOf(filter: MemberStatusFilter): readonly MemberStatus[] {
  return filter === 'member' ? activeMemberStatuses : [filter];
}

export const peopleFilters = z
  .object({
    /** The unit and everything under it, as the tree stands today. */
    unitId: z.string().min(1).max(64),
    sex: z.enum(sexes),
    ageBand: z.enum(ageBands),
    ethnicity: code,
    religion: code,
    generalEducation: code,
    politicalTheory: code,
    stateManagement: code,
    memberStatus: z.enum(memberStatusFilters),
    /** In a planning pool today (added and not removed). */
    inPlanning: z.literal(true),
    /** Whose current appointment term ends between today and this many days from now. */
    termEndsWithinDays: z.number().int().min(1).max(3650),
  })
  .partial();
export type PeopleFilters = z.infer<typeof peopleFilters>;

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];
export const peopleSort = z.object({ column: z.enum(peopleColumns), direction: z.enum(sortDirections) });
export type PeopleSort = z.infer<typeof peopleSort>;
export const defaultSort: PeopleSort = { column: 'fullName', direction: 'asc' };

export const peopleQuery = z.object({
  /** Typed as the user types it: folded (no diacritics) by the index. */
  search: z.string().max(200),
  filters: peopleFilters,
  sort: peopleSort,
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const emptyQuery: PeopleQuery = { search: '', filters: {}, sort: defaultSort };

/** How many filters are set: what the filter button shows. */
export function activeFilterCount(filters: PeopleFilters): number {
  return Object.values(filters).filter((value) => value !== undefined).length;
}

/** One row of the table as the index hands it out: display texts, with sex and member status as codes the UI translates. */
export const peopleRow = z.object({
  id: z.string(),
  fullName: z.string(),
  /** A partial date (`1975`, `1975-07`, `1975-07-02`). */
  birthDate: z.string(),
  sex: z.enum(sexes),
  unit: z.string(),
  post: z.string(),
  partyCardNumber: z.string(),
  citizenId: z.string(),
  ethnicity: z.string(),
  religion: z.string(),
  professionalDegree: z.string(),
  politicalTheory: z.string(),
  memberStatus: z.enum(memberStatuses),
  generalEducation: z.string(),
  stateManagement: z.string(),
} satisfies Record<PeopleColumn | 'id', z.ZodType>);
export type PeopleRow = z.infer<typeof peopleRow>;
