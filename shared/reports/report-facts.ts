/**
 * The facts a report counts, one fact set per kind of thing counted: people as at the day, admissions of the period,
 * organizations, commendations… Each fact is one entity (a person, a unit, a residential area or an enterprise) with
 * a value for each dimension of its set. Facts are stored by column: the ids once, each dimension as small integer
 * codes into its own list of values, so that 300,000 people with a dozen dimensions take a few megabytes, every
 * table is one loop over integers, and the ids behind any figure can be listed again without reading the database.
 */
import type { CatalogName } from '../catalogs/catalog';
import { admissionStages } from '../events/admission';
import { levels } from '../events/event-fields';
import { trainingSubjects } from '../events/training';
import { transferKinds } from '../events/transfer';
import { ageBands } from '../people/membership';
import { memberStatuses, sexes } from '../people/person';
import { organizationChanges } from '../queries/organization-queries';
import { transferDirections } from '../queries/membership-queries';

export const entityKinds = ['person', 'unit', 'residentialArea', 'enterprise'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** How the values of a dimension are named and ordered: by a catalog (first catalog that knows the code), or by a list of known values with their texts under `labelPrefix`. */
export interface DimensionSpec {
  readonly catalog?: readonly CatalogName[];
  readonly values?: readonly string[];
  readonly labelPrefix?: string;
}

const catalog = (...names: CatalogName[]): DimensionSpec => ({ catalog: names });
const listed = (values: readonly string[], labelPrefix: string): DimensionSpec => ({ values, labelPrefix: `reports.values.${labelPrefix}` });
const yesNo = listed(['yes', 'no'], 'yesNo');
const ratingLevels = listed(['excellent', 'good', 'completed', 'notCompleted', 'weak'], 'rating');
const personTraits = {
  sex: listed(sexes, 'sex'),
  ageBand: listed(ageBands, 'ageBand'),
  ethnicity: catalog('ethnicity'),
  religion: catalog('religion'),
} as const;
const subject = listed(['person', 'unit'], 'subject');

export interface FactSetSpec {
  /** The kind of every fact's entity, or the dimension (`subject`) that tells it fact by fact. */
  readonly entity: EntityKind | { readonly byDimension: string };
  readonly dimensions: Readonly<Record<string, DimensionSpec>>;
  readonly measures: readonly string[];
}

/** Every fact set, with its dimensions. The definitions of reports may name only these. */
export const factSets = {
  /** Everyone whose unit was in the subtree on the day: party members, people on their way in, those who left. */
  people: {
    entity: 'person',
    dimensions: {
      status: listed(memberStatuses, 'memberStatus'),
      ...personTraits,
      generalEducation: catalog('generalEducation'),
      professionalDegree: catalog('professionalDegree'),
      politicalTheory: catalog('politicalTheory'),
      stateManagement: catalog('stateManagement'),
      occupation: catalog('occupation'),
      cadre: yesNo,
      /** The level of the person's decided yearly rating for the year of the period ('' when not rated). */
      rating: ratingLevels,
      ratingScheme: catalog('ratingScheme'),
    },
    measures: [],
  },
  /** People admitted in the period by units of the subtree; traits as at the admission. */
  admissions: { entity: 'person', dimensions: { ...personTraits, inEnterprise: yesNo, inAreaWithoutMember: yesNo }, measures: [] },
  /** Admission cases at a stage before the decision on the day. */
  pipeline: { entity: 'person', dimensions: { stage: listed(admissionStages, 'stage'), sex: personTraits.sex }, measures: [] },
  exits: { entity: 'person', dimensions: { type: catalog('partyExitType') }, measures: [] },
  transfers: { entity: 'person', dimensions: { direction: listed(transferDirections, 'transferDirection'), kind: listed(transferKinds, 'transferKind') }, measures: [] },
  inTransit: { entity: 'person', dimensions: { overdue: yesNo }, measures: [] },
  /** The units of the subtree on the day. */
  organizations: { entity: 'unit', dimensions: { kind: catalog('unitKind'), rating: ratingLevels, ratingScheme: catalog('ratingScheme'), inConsolidation: yesNo }, measures: [] },
  organizationChanges: { entity: 'unit', dimensions: { change: listed(organizationChanges, 'organizationChange'), kind: catalog('unitKind') }, measures: [] },
  consolidations: { entity: 'unit', dimensions: { open: yesNo, enteredInPeriod: yesNo, leftInPeriod: yesNo, overdue: yesNo }, measures: [] },
  residentialAreas: { entity: 'residentialArea', dimensions: { status: catalog('residentialCellStatus') }, measures: [] },
  enterprises: { entity: 'enterprise', dimensions: { partyOrganization: yesNo }, measures: ['workforce', 'partyMembers'] },
  /** One fact per candidate in a planning pool on the day (a person planned for two posts counts twice). */
  planning: {
    entity: 'person',
    dimensions: { postCode: catalog('partyPost', 'governmentPost'), level: listed(levels, 'level'), sex: personTraits.sex, ethnicity: personTraits.ethnicity, under40: yesNo, under45: yesNo },
    measures: [],
  },
  movements: { entity: 'person', dimensions: { type: catalog('movementType'), fromPlanning: yesNo }, measures: [] },
  termsEnding: { entity: 'person', dimensions: { within90Days: yesNo }, measures: [] },
  training: { entity: 'person', dimensions: { subject: listed(trainingSubjects, 'trainingSubject') }, measures: [] },
  /** One fact per post a person falls short of the standards of. */
  standardsGaps: { entity: 'person', dimensions: { basis: listed(['held', 'planned'], 'postBasis'), politicalTheory: yesNo, professionalDegree: yesNo, stateManagement: yesNo }, measures: [] },
  /** One fact per recipient of a commendation: a person or a collective. */
  commendations: { entity: { byDimension: 'subject' }, dimensions: { subject, form: catalog('awardForm'), issuingLevel: listed(levels, 'level') }, measures: [] },
  disciplines: {
    entity: { byDimension: 'subject' },
    dimensions: { subject, system: listed(['party', 'state'], 'disciplineSystem'), partyForm: catalog('partyDisciplineForm'), stateForm: catalog('stateDisciplineForm') },
    measures: [],
  },
} as const satisfies Record<string, FactSetSpec>;
export type FactSetName = keyof typeof factSets;
type DimensionsOf<F extends FactSetName> = keyof (typeof factSets)[F]['dimensions'] & string;
type MeasuresOf<F extends FactSetName> = (typeof factSets)[F]['measures'][number];

/** One dimension of a fact set: a code per fact, indexing `values` (the empty value means not recorded). */
export interface FactColumn {
  readonly codes: Uint16Array;
  readonly values: readonly string[];
}

/** A fact set as plain data (it survives structured cloning to and from a worker). */
export interface FactTable {
  readonly size: number;
  readonly ids: readonly string[];
  readonly dimensions: Readonly<Record<string, FactColumn>>;
  readonly measures: Readonly<Record<string, Float64Array>>;
}

/** One dimension's column as it grows. */
interface GrowingColumn {
  readonly dimension: string;
  codes: Uint16Array;
  readonly values: string[];
  readonly index: Map<string, number>;
}

/** Collects the facts of one set, growing its columns as facts arrive. */
export class FactTableBuilder<F extends FactSetName> {
  private size = 0;
  private readonly ids: string[] = [];
  // Plain arrays, not maps: `add` runs for each of 300,000 people twice a report.
  private readonly columns: GrowingColumn[] = [];
  private readonly measureNames: string[];
  private readonly measureColumns: Float64Array[];

  constructor(readonly name: F) {
    for (const dimension of Object.keys(factSets[name].dimensions)) this.columns.push({ dimension, codes: new Uint16Array(1024), values: [], index: new Map() });
    this.measureNames = [...(factSets[name].measures as readonly string[])];
    this.measureColumns = this.measureNames.map(() => new Float64Array(1024));
  }

  add(id: string, dimensions: Readonly<Record<DimensionsOf<F>, string>>, measures?: Readonly<Record<MeasuresOf<F>, number>>): void {
    const position = this.size;
    this.size += 1;
    this.ids.push(id);
    const given = dimensions as Readonly<Record<string, string>>;
    for (const column of this.columns) {
      const value = given[column.dimension] ?? '';
      let code = column.index.get(value);
      if (code === undefined) {
        code = column.values.length;
        column.values.push(value);
        column.index.set(value, code);
      }
      if (position === column.codes.length) column.codes = grow(column.codes, new Uint16Array(column.codes.length * 2));
      column.codes[position] = code;
    }
    for (let measure = 0; measure < this.measureNames.length; measure += 1) {
      let values = this.measureColumns[measure]!;
      if (position === values.length) this.measureColumns[measure] = values = grow(values, new Float64Array(values.length * 2));
      values[position] = (measures as Readonly<Record<string, number>> | undefined)?.[this.measureNames[measure]!] ?? 0;
    }
  }

  build(): FactTable {
    const dimensions: Record<string, FactColumn> = {};
    for (const column of this.columns) dimensions[column.dimension] = { codes: column.codes.slice(0, this.size), values: column.values };
    const measures: Record<string, Float64Array> = {};
    this.measureNames.forEach((measure, index) => (measures[measure] = this.measureColumns[index]!.slice(0, this.size)));
    return { size: this.size, ids: this.ids, dimensions, measures };
  }
}

function grow<T extends Uint16Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The entity of one fact of a set. */
export function entityOf(name: FactSetName, table: FactTable, position: number): EntityKind {
  const entity: FactSetSpec['entity'] = factSets[name].entity;
  if (typeof entity === 'string') return entity;
  const column = table.dimensions[entity.byDimension]!;
  return column.values[column.codes[position]!] as EntityKind;
}

export const yes = (value: boolean) => (value ? 'yes' : 'no');
