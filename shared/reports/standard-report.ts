/**
 * The standard year-end statistics of a jurisdiction (domain §6), as data: the tables a province compiles from the
 * levels below. Texts are keys of the `reports` translation catalogs.
 */
import { reportDefinition, type AxisItem, type FactFilter, type ReportDefinition } from './report-definition';

const members: FactFilter = { status: { in: ['probationary', 'full'] } };
const total = (labelKey = 'reports.columns.total'): AxisItem => ({ id: 'total', labelKey });
const column = (id: string, where: FactFilter, sum?: string): AxisItem => ({ id, labelKey: `reports.columns.${id}`, where, ...(sum ? { sum } : {}) });
const row = (id: string, where?: FactFilter): AxisItem => ({ id, labelKey: `reports.rows.${id}`, ...(where ? { where } : {}) });
const female = column('female', { sex: { in: ['female'] } });
const ethnicMinority = column('ethnicMinority', { ethnicity: { notIn: ['01', ''] } });
const religious = column('religious', { religion: { notIn: ['99', ''] } });

/** Members by one trait: all members, then probationary and full, across the values of the trait. */
const membersBy = (trait: string) => ({
  id: `membersBy-${trait}`,
  titleKey: `reports.tables.membersBy.${trait}`,
  facts: 'people' as const,
  where: members,
  rows: [row('members'), { expand: 'status' }],
  columns: [total(), { expand: trait }],
});

const grassroots: FactFilter = { kind: { in: ['grassroots-committee', 'grassroots-cell'] } };
const partyOrganizationKinds: FactFilter = { kind: { in: ['grassroots-committee', 'grassroots-cell', 'sub-committee', 'cell', 'party-group'] } };

export const standardReport: ReportDefinition = reportDefinition.parse({
  id: 'year-end',
  titleKey: 'reports.standard.title',
  tables: [
    { id: 'organizations', titleKey: 'reports.tables.organizations', facts: 'organizations', where: partyOrganizationKinds, rows: [row('organizations'), { expand: 'kind' }], columns: [total()] },
    {
      id: 'organizationChanges',
      titleKey: 'reports.tables.organizationChanges',
      facts: 'organizationChanges',
      rows: [row('organizations'), { expand: 'kind' }],
      columns: [{ expand: 'change' }],
    },
    membersBy('sex'),
    membersBy('ageBand'),
    membersBy('ethnicity'),
    membersBy('religion'),
    membersBy('generalEducation'),
    membersBy('professionalDegree'),
    membersBy('politicalTheory'),
    membersBy('stateManagement'),
    membersBy('occupation'),
    {
      id: 'admissions',
      titleKey: 'reports.tables.admissions',
      facts: 'admissions',
      rows: [row('admissions'), row('inEnterprise', { inEnterprise: { in: ['yes'] } }), row('inAreaWithoutMember', { inAreaWithoutMember: { in: ['yes'] } })],
      columns: [total(), female, ethnicMinority, religious, column('age18to30', { ageBand: { in: ['18-30'] } })],
    },
    { id: 'pipeline', titleKey: 'reports.tables.pipeline', facts: 'pipeline', rows: [row('pipeline'), { expand: 'stage' }], columns: [total(), female] },
    { id: 'exits', titleKey: 'reports.tables.exits', facts: 'exits', rows: [row('exits'), { expand: 'type' }], columns: [total()] },
    { id: 'transfers', titleKey: 'reports.tables.transfers', facts: 'transfers', rows: [{ expand: 'direction' }], columns: [total(), { expand: 'kind' }] },
    { id: 'inTransit', titleKey: 'reports.tables.inTransit', facts: 'inTransit', rows: [row('inTransit')], columns: [total(), column('overdue', { overdue: { in: ['yes'] } })] },
    {
      id: 'memberRatings',
      titleKey: 'reports.tables.memberRatings',
      facts: 'people',
      where: members,
      rows: [row('members'), { expand: 'status' }],
      columns: [total(), { expand: 'rating' }],
      shares: true,
      noteDimension: 'ratingScheme',
    },
    {
      id: 'organizationRatings',
      titleKey: 'reports.tables.organizationRatings',
      facts: 'organizations',
      where: grassroots,
      rows: [row('grassroots'), { expand: 'kind' }],
      columns: [total(), { expand: 'rating' }],
      shares: true,
      noteDimension: 'ratingScheme',
    },
    {
      id: 'weakOrganizations',
      titleKey: 'reports.tables.weakOrganizations',
      facts: 'consolidations',
      rows: [
        row('inConsolidation', { open: { in: ['yes'] } }),
        row('enteredConsolidation', { enteredInPeriod: { in: ['yes'] } }),
        row('leftConsolidation', { leftInPeriod: { in: ['yes'] } }),
        row('pastTargetYear', { overdue: { in: ['yes'] } }),
      ],
      columns: [total()],
    },
    { id: 'residentialAreas', titleKey: 'reports.tables.residentialAreas', facts: 'residentialAreas', rows: [row('residentialAreas')], columns: [total(), { expand: 'status' }], shares: true },
    {
      id: 'enterprises',
      titleKey: 'reports.tables.enterprises',
      facts: 'enterprises',
      rows: [row('enterprises'), row('withPartyOrganization', { partyOrganization: { in: ['yes'] } }), row('withoutPartyOrganization', { partyOrganization: { in: ['no'] } })],
      columns: [total('reports.columns.enterprises'), column('workforce', {}, 'workforce'), column('partyMembers', {}, 'partyMembers')],
    },
    {
      id: 'planning',
      titleKey: 'reports.tables.planning',
      facts: 'planning',
      rows: [row('candidates'), { expand: 'postCode' }],
      columns: [total(), female, column('under40', { under40: { in: ['yes'] } }), column('under45', { under45: { in: ['yes'] } }), ethnicMinority],
      shares: true,
    },
    { id: 'movements', titleKey: 'reports.tables.movements', facts: 'movements', rows: [row('movements'), { expand: 'type' }], columns: [total(), column('fromPlanning', { fromPlanning: { in: ['yes'] } })] },
    { id: 'termsEnding', titleKey: 'reports.tables.termsEnding', facts: 'termsEnding', rows: [row('termsEnding')], columns: [total(), column('within90Days', { within90Days: { in: ['yes'] } })] },
    { id: 'training', titleKey: 'reports.tables.training', facts: 'training', rows: [row('trainingCompleted'), { expand: 'subject' }], columns: [total()] },
    {
      id: 'standardsGaps',
      titleKey: 'reports.tables.standardsGaps',
      facts: 'standardsGaps',
      rows: [row('standardsGaps'), { expand: 'basis' }],
      columns: [
        total(),
        column('shortPoliticalTheory', { politicalTheory: { in: ['yes'] } }),
        column('shortProfessionalDegree', { professionalDegree: { in: ['yes'] } }),
        column('shortStateManagement', { stateManagement: { in: ['yes'] } }),
      ],
    },
    { id: 'commendations', titleKey: 'reports.tables.commendations', facts: 'commendations', rows: [row('commendations'), { expand: 'form' }], columns: [total(), { expand: 'subject' }] },
    {
      id: 'disciplines',
      titleKey: 'reports.tables.disciplines',
      facts: 'disciplines',
      rows: [row('disciplines'), { expand: 'partyForm', where: { system: { in: ['party'] } } }, { expand: 'stateForm', where: { system: { in: ['state'] } } }],
      columns: [total(), { expand: 'subject' }],
    },
  ],
});

/** The reports the screen offers, by id. */
export const reportDefinitions: Readonly<Record<string, ReportDefinition>> = { [standardReport.id]: standardReport };
