/**
 * Reads the facts of a report for a subtree and two periods (the one asked and the one a year before) from the
 * queries of shared/queries. People are read once, a page at a time, for both periods together; everything else is a
 * year of events, read by the queries through their indexes, with the subtree's scopes shared between them.
 */
import type { CatalogEntry } from '../catalogs/catalog';
import type { IsoDate } from '../dates/partial-date';
import { ageBandOn, memberStatusOn, unitOn } from '../people/membership';
import { databasePeople, type PeopleSource, type ReportPerson } from './report-people';
import { appointmentTermsEndingWithin, movementsBetween, planningPoolsOn, standardsGapsOn, trainingCompletedBetween } from '../queries/cadre-queries';
import { commendationsBetween, disciplinesBetween, ratingLevels, type YearlyRating } from '../queries/conduct-queries';
import { coverageOn, enterpriseCoverageOn, residentialAreaCoverageOn } from '../queries/coverage-queries';
import { admissionPipelineOn, admissionsBetween, admittedOn, membersInTransitOn, partyExitsBetween, transfersBetween } from '../queries/membership-queries';
import { organizationChangesBetween, weakOrganizationsBetween } from '../queries/organization-queries';
import { breakdowns } from '../queries/people-queries';
import { RecordCache, recordsByIdVia, recordsOf } from '../queries/record-cache';
import { Scopes, type Scope } from '../queries/scope';
import { latestPeriod } from '../organization/unit';
import type { AppDatabase } from '../storage/database';
import { FactTableBuilder, yes, type FactSetName, type FactTable } from './report-facts';

export interface ReportPeriod {
  /** First and last day of the period of the flows (admissions, exits, movements…), both included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The day the stocks (members, organizations, pools…) are counted as at. */
  readonly day: IsoDate;
}
export const periodNames = ['current', 'previous'] as const;
export type PeriodName = (typeof periodNames)[number];
export type FactTables = { readonly [F in FactSetName]: FactTable };

/** Days after the report's day within which an appointment term counts as ending. */
const termsWindowDays = 365;
/** Of those, the ones to warn about first (about 90 working days). */
const termsWarningDays = 90;
const yearOf = (day: IsoDate) => Number(day.slice(0, 4));

/** What the single pass over people collects for one period, with each person's rating of the year. */
class PeoplePass {
  readonly people = new FactTableBuilder('people');

  constructor(
    readonly period: ReportPeriod,
    private readonly scope: Scope,
    private readonly ratings: ReadonlyMap<string, YearlyRating>,
    private readonly levels: ReadonlyMap<string, string>,
  ) {}

  visit(person: ReportPerson): void {
    const { day } = this.period;
    const unitId = unitOn(person, day);
    if (unitId === undefined || !this.scope.unitIds.has(unitId)) return;
    const rating = this.ratings.get(person.id);
    this.people.add(person.id, {
      status: memberStatusOn(person, day),
      sex: breakdowns.sex(person),
      ageBand: breakdowns.ageBand(person, day),
      ethnicity: breakdowns.ethnicity(person),
      religion: breakdowns.religion(person),
      generalEducation: breakdowns.generalEducation(person),
      professionalDegree: breakdowns.professionalDegree(person),
      politicalTheory: breakdowns.politicalTheory(person),
      stateManagement: breakdowns.stateManagement(person),
      occupation: breakdowns.occupation(person),
      cadre: yes(person.isCadre),
      rating: rating ? (this.levels.get(rating.ratingCode) ?? '') : '',
      ratingScheme: rating?.ratingSchemeCode ?? '',
    });
  }
}

export interface GatherOptions {
  readonly catalog: readonly CatalogEntry[];
  /** Where everyone is read from: the worker's `ReportPeople` when it keeps them, else the database. */
  readonly people?: PeopleSource;
  /** Told the share of the work done, from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Told each step's name and time in milliseconds, as it ends (the benchmark lists them). */
  readonly onStep?: (step: string, ms: number) => void;
}

/** Runs one step of the work, telling its time. */
type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;

function stepTimer(onStep: GatherOptions['onStep']): Timed {
  return async (step, work) => {
    const started = performance.now();
    const result = await work();
    onStep?.(step, performance.now() - started);
    return result;
  };
}

/** The facts of both periods, for the subtree of `rootUnitId`. */
export async function gatherFacts(db: AppDatabase, rootUnitId: string, periods: Readonly<Record<PeriodName, ReportPeriod>>, options: GatherOptions): Promise<Record<PeriodName, FactTables>> {
  // The bar only moves forward.
  let shown = -1;
  const progress = (fraction: number) => {
    if (fraction <= shown) return;
    shown = fraction;
    options.onProgress?.(fraction);
  };
  progress(0);
  const timed = stepTimer(options.onStep);
  const people = options.people ?? databasePeople;
  // Each table read once for both periods: kept by the worker between reports, else read for this one.
  const records = people.records ?? new RecordCache();
  const scopes = new Scopes(db, rootUnitId, records);
  const levels = ratingLevels(options.catalog);
  const ratings: ReadonlyMap<string, YearlyRating>[] = [];
  for (const name of periodNames) ratings.push(await timed(`${name}: person ratings`, () => people.ratings(db, yearOf(periods[name].to), 'person')));
  // Reading a province's ratings from the database takes about half as long as reading its people.
  progress(0.2);
  const passes = await timed('scopes', () => Promise.all(periodNames.map(async (name, index) => new PeoplePass(periods[name], await scopes.on(periods[name].day), ratings[index]!, levels))));
  const standardPosts = new Set((await timed('post standards', () => recordsOf(db, records, { type: 'postStandard' }))).map((standard) => standard.postCode));
  const inAnyPeriod = (date: IsoDate | undefined) => date !== undefined && periodNames.some((name) => date >= periods[name].from && date <= periods[name].to);
  // People the event queries would otherwise find by reading everyone again, kept as the pass visits them.
  const admitted: ReportPerson[] = [];
  const postHolders: ReportPerson[] = [];
  // People with an admission case, whom the queries look up by id: taken from the pass when it reads whole records
  // (from the database) rather than read again one by one.
  const caseHolders = new Set((await timed('admission cases', () => recordsOf(db, records, { type: 'admissionCase' }))).map((admission) => admission.personId));
  // One read after another: running the event queries beside the pass measured no better at 300,000 people
  // (bench:reports, on a shared two-core machine), and sequential steps keep the progress bar even.
  await timed('people pass', () => people.each(
    db,
    (person, record) => {
      for (const pass of passes) pass.visit(person);
      const isAdmitted = inAnyPeriod(admittedOn(person));
      const holdsPost = person.currentPostCode !== undefined && standardPosts.has(person.currentPostCode);
      if (isAdmitted) admitted.push(person);
      if (holdsPost) postHolders.push(person);
      if (record && caseHolders.has(person.id)) records.remember('person', record);
    },
    (fraction) => progress(0.2 + 0.5 * fraction),
  ));
  progress(0.7);
  const found = { admitted, postHolders, catalog: options.catalog, records };
  const facts = {} as Record<PeriodName, FactTables>;
  for (const [index, name] of periodNames.entries()) {
    const periodTimed: Timed = (step, work) => timed(`${name}: ${step}`, work);
    const events = await eventFacts(db, rootUnitId, periods[name], { scopes, records, people, catalog: options.catalog }, periodTimed);
    const passFacts = await factsNeedingThePass(db, periods[name], scopes, found, periodTimed);
    facts[name] = { ...events, ...passFacts, people: passes[index]!.people.build() };
    progress(0.7 + 0.15 * (index + 1));
  }
  return facts;
}

interface PassFindings {
  readonly admitted: readonly ReportPerson[];
  readonly postHolders: readonly ReportPerson[];
  readonly catalog: readonly CatalogEntry[];
  readonly records: RecordCache;
}

/** The fact sets that need what the pass over people found: admissions and standards gaps. */
async function factsNeedingThePass(db: AppDatabase, period: ReportPeriod, scopes: Scopes, found: PassFindings, timed: Timed): Promise<Pick<FactTables, 'admissions' | 'standardsGaps'>> {
  const { from, to, day } = period;
  const admissions = await timed('admissionsBetween', () => admissionsBetween(db, from, to, { scopes, records: found.records, people: found.admitted }));
  const gaps = await timed('standardsGapsOn', () => standardsGapsOn(db, day, { scopes, records: found.records, includePlanned: true, holders: found.postHolders, catalog: found.catalog }));
  const known = new Map<string, Pick<ReportPerson, 'sex' | 'birthDate' | 'ethnicityCode' | 'religionCode'>>(found.admitted.map((person) => [person.id, person]));
  for (const [id, person] of await timed('admitted people', () => recordsByIdVia(db, found.records, 'person', admissions.map((admission) => admission.personId).filter((id) => !known.has(id))))) known.set(id, person);
  const areaRecords = await timed('admission areas', () => recordsByIdVia(db, found.records, 'residentialArea', admissions.flatMap((admission) => (admission.residentialAreaId ? [admission.residentialAreaId] : []))));
  const admissionFacts = new FactTableBuilder('admissions');
  for (const admission of admissions) {
    const person = known.get(admission.personId);
    const area = admission.residentialAreaId ? areaRecords.get(admission.residentialAreaId) : undefined;
    admissionFacts.add(admission.personId, {
      sex: person?.sex ?? '',
      ageBand: person ? ageBandOn(person.birthDate, admission.date) : '',
      ethnicity: person?.ethnicityCode ?? '',
      religion: person?.religionCode ?? '',
      inEnterprise: yes(admission.enterpriseId !== undefined),
      inAreaWithoutMember: yes(area !== undefined && coverageOn(area, admission.date)?.statusCode === 'none'),
    });
  }
  const gapFacts = new FactTableBuilder('standardsGaps');
  for (const gap of gaps) {
    const short = (requirement: string) => yes(gap.shortfalls.some((shortfall) => shortfall.requirement === requirement));
    gapFacts.add(gap.person.id, { basis: gap.post.basis, politicalTheory: short('politicalTheory'), professionalDegree: short('professionalDegree'), stateManagement: short('stateManagement') });
  }
  return { admissions: admissionFacts.build(), standardsGaps: gapFacts.build() };
}

/** Every fact set but people, admissions and standards gaps, for one period. */
/** What every event query of a report shares: the scopes, the tables read once, the ratings. */
interface ReportReads {
  readonly scopes: Scopes;
  readonly records: RecordCache;
  readonly people: PeopleSource;
  readonly catalog: readonly CatalogEntry[];
}

async function eventFacts(db: AppDatabase, rootUnitId: string, period: ReportPeriod, reads: ReportReads, timed: Timed): Promise<Omit<FactTables, 'people' | 'admissions' | 'standardsGaps'>> {
  const { from, to, day } = period;
  const { scopes, records, catalog } = reads;
  const subtree = { scopes, records };
  // One query after another, so that each one's time is its own (side by side measured no better).
  const pipeline = await timed('admissionPipelineOn', () => admissionPipelineOn(db, day, subtree));
  const exits = await timed('partyExitsBetween', () => partyExitsBetween(db, from, to, subtree));
  const transfers = await timed('transfersBetween', () => transfersBetween(db, from, to, subtree));
  const inTransit = await timed('membersInTransitOn', () => membersInTransitOn(db, day, subtree));
  const changes = await timed('organizationChangesBetween', () => organizationChangesBetween(db, from, to, subtree));
  const consolidations = await timed('weakOrganizationsBetween', () => weakOrganizationsBetween(db, from, to, subtree));
  const areas = await timed('residentialAreaCoverageOn', () => residentialAreaCoverageOn(db, rootUnitId, day, scopes, records));
  const enterprises = await timed('enterpriseCoverageOn', () => enterpriseCoverageOn(db, rootUnitId, day, scopes, records));
  const pools = await timed('planningPoolsOn', () => planningPoolsOn(db, day, subtree));
  const movements = await timed('movementsBetween', () => movementsBetween(db, from, to, subtree));
  const terms = await timed('appointmentTermsEndingWithin', () => appointmentTermsEndingWithin(db, day, termsWindowDays, subtree));
  const training = await timed('trainingCompletedBetween', () => trainingCompletedBetween(db, from, to, subtree));
  const commendations = await timed('commendationsBetween', () => commendationsBetween(db, from, to, subtree));
  const disciplines = await timed('disciplinesBetween', () => disciplinesBetween(db, from, to, subtree));
  const unitRatings = await timed('unit ratings', () => reads.people.ratings(db, yearOf(to), 'unit'));

  const pipelinePeople = await timed('pipeline people', () => recordsByIdVia(db, records, 'person', pipeline.map((entry) => entry.personId)));
  const pipelineFacts = new FactTableBuilder('pipeline');
  for (const entry of pipeline) pipelineFacts.add(entry.personId, { stage: entry.stage, sex: pipelinePeople.get(entry.personId)?.sex ?? '' });
  const exitFacts = new FactTableBuilder('exits');
  for (const exit of exits.exits) exitFacts.add(exit.personId, { type: exit.type });
  const transferFacts = new FactTableBuilder('transfers');
  for (const entry of transfers) transferFacts.add(entry.personId, { direction: entry.direction, kind: entry.transfer.kind });
  const transitFacts = new FactTableBuilder('inTransit');
  for (const entry of inTransit) transitFacts.add(entry.personId, { overdue: yes(entry.overdue) });

  const scope = await scopes.on(day);
  const consolidating = new Set(consolidations.filter((status) => status.open).map((status) => status.unitId));
  const organizationFacts = new FactTableBuilder('organizations');
  const levels = ratingLevels(catalog);
  for (const unitId of scope.unitIds) {
    const node = scope.tree.get(unitId)!;
    const rating = unitRatings.get(unitId);
    organizationFacts.add(unitId, { kind: node.kind, rating: rating ? (levels.get(rating.ratingCode) ?? '') : '', ratingScheme: rating?.ratingSchemeCode ?? '', inConsolidation: yes(consolidating.has(unitId)) });
  }
  const changedUnits = await timed('changed units', () => recordsByIdVia(db, records, 'unit', changes.map((change) => change.unitId)));
  const changeFacts = new FactTableBuilder('organizationChanges');
  for (const change of changes) {
    const unit = changedUnits.get(change.unitId);
    changeFacts.add(change.unitId, { change: change.change, kind: unit ? latestPeriod(unit).kind : '' });
  }
  const consolidationFacts = new FactTableBuilder('consolidations');
  for (const status of consolidations) {
    consolidationFacts.add(status.unitId, { open: yes(status.open), enteredInPeriod: yes(status.enteredInPeriod), leftInPeriod: yes(status.leftInPeriod), overdue: yes(status.overdue) });
  }
  const areaFacts = new FactTableBuilder('residentialAreas');
  for (const [areaId, status] of areas.statusOf) areaFacts.add(areaId, { status });
  const enterpriseFacts = new FactTableBuilder('enterprises');
  for (const enterprise of enterprises.enterprises) {
    enterpriseFacts.add(enterprise.id, { partyOrganization: yes(enterprise.partyUnitId !== undefined) }, { workforce: enterprise.figures?.workforce ?? 0, partyMembers: enterprise.figures?.partyMembers ?? 0 });
  }

  const planningFacts = new FactTableBuilder('planning');
  for (const member of pools) {
    const age = member.ageAtTermStart;
    planningFacts.add(member.personId, {
      postCode: member.position.postCode,
      level: member.position.level,
      sex: member.person?.sex ?? '',
      ethnicity: member.person?.ethnicityCode ?? '',
      under40: age === undefined ? '' : yes(age < 40),
      under45: age === undefined ? '' : yes(age < 45),
    });
  }
  const movementFacts = new FactTableBuilder('movements');
  for (const movement of movements) movementFacts.add(movement.personId, { type: movement.movementTypeCode, fromPlanning: yes(movement.wasInPlanning) });
  const termFacts = new FactTableBuilder('termsEnding');
  for (const ending of terms) termFacts.add(ending.personId, { within90Days: yes(ending.daysLeft <= termsWarningDays) });
  const trainingFacts = new FactTableBuilder('training');
  for (const entry of training) trainingFacts.add(entry.personId, { subject: entry.course.subject });
  const commendationFacts = new FactTableBuilder('commendations');
  for (const given of commendations) commendationFacts.add(given.subjectId, { subject: given.subject, form: given.commendation.formCode, issuingLevel: given.commendation.issuingLevel });
  const disciplineFacts = new FactTableBuilder('disciplines');
  for (const discipline of disciplines) {
    disciplineFacts.add(discipline.personId ?? discipline.unitId ?? '', {
      subject: discipline.subject,
      system: discipline.system,
      partyForm: discipline.system === 'party' ? discipline.formCode : '',
      stateForm: discipline.system === 'state' ? discipline.formCode : '',
    });
  }

  return {
    pipeline: pipelineFacts.build(),
    exits: exitFacts.build(),
    transfers: transferFacts.build(),
    inTransit: transitFacts.build(),
    organizations: organizationFacts.build(),
    organizationChanges: changeFacts.build(),
    consolidations: consolidationFacts.build(),
    residentialAreas: areaFacts.build(),
    enterprises: enterpriseFacts.build(),
    planning: planningFacts.build(),
    movements: movementFacts.build(),
    termsEnding: termFacts.build(),
    training: trainingFacts.build(),
    commendations: commendationFacts.build(),
    disciplines: disciplineFacts.build(),
  };
}
