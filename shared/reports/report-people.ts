/**
 * What reports need of every person, kept in memory by the worker that computes reports: reading 300,000 person rows
 * from IndexedDB takes longer than a whole report may, so they are read once (in the background, like the people
 * index) and kept current from the change log. Kept by column as small integers into one list of the strings
 * seen (codes and dates repeat across people), with the names apart: about 200 bytes a person (58 MiB for 300,000,
 * bench:reports); each visit rebuilds a small read-only view. The event tables the report queries read whole are kept
 * beside them (`records`, a `RecordCache`) and brought up to date by the same refresh.
 */
import type { IsoDate } from '../dates/partial-date';
import type { Person, Sex, MemberStatus } from '../people/person';
import { yearlyRatings, type YearlyRating } from '../queries/conduct-queries';
import { eachPersonByPage } from '../queries/member-counts';
import type { BreakdownFields } from '../queries/people-queries';
import { appliedVector, importedChangesBetween } from '../exchange/imported-changes';
import type { ChangePosition } from '../people-index/load-index';
import { readChanges } from '../records/change-log';
import { recordTypes } from '../records/registry';
import type { AppDatabase } from '../storage/database';
import type { Subject } from '../events/event-fields';
import { RecordCache } from '../queries/record-cache';

/** The fields of a person the reports read. */
export type ReportPerson = BreakdownFields &
  Pick<Person, 'id' | 'fullName' | 'unitHistory' | 'isCadre' | 'admissionDecisionDate' | 'currentPostCode' | 'currentPostSince' | 'civilServiceGradeCode' | 'salaryStep' | 'salaryEffectiveDate' | 'retirementDate'>;

/** Where the people pass of a report gets everyone from. */
export interface PeopleSource {
  /** Visits every live person once, with the whole record when it was read; `onProgress` is told the share read so far. */
  each(db: AppDatabase, visit: (person: ReportPerson, record?: Person) => void, onProgress: (fraction: number) => void): Promise<void>;
  /** The decided yearly ratings of people or units for a year (a province rates every member: as many rows as people). */
  ratings(db: AppDatabase, year: number, subject: Subject): Promise<ReadonlyMap<string, YearlyRating>>;
  /** The tables the event queries read, kept between reports; a report reads its own when left out. */
  readonly records?: RecordCache;
}

/** Straight from the database, a page at a time: what a report does when no worker keeps the people in memory. */
export const databasePeople: PeopleSource = {
  async each(db, visit, onProgress) {
    const total = Math.max(1, await db.recordTable(recordTypes.person.table).count());
    await eachPersonByPage(db, (person) => visit(person, person), { onPage: (read) => onProgress(read / total) });
  },
  ratings: yearlyRatings,
};

/** Where in the changes the people kept are: this office's own sequence and the imports applied (as the people index keeps it). */
async function changePosition(db: AppDatabase): Promise<ChangePosition> {
  return { seq: (await db.officeState.get('clock'))?.seq ?? 0, applied: await appliedVector(db) };
}

const textFields = [
  'sex',
  'birthDate',
  'ethnicityCode',
  'religionCode',
  'generalEducationCode',
  'professionalDegreeCode',
  'politicalTheoryCode',
  'stateManagementCode',
  'occupationCode',
  'memberStatus',
  'admissionDate',
  'admissionDecisionDate',
  'fullMembershipDate',
  'exitDate',
  'currentPostCode',
  'currentPostSince',
  'civilServiceGradeCode',
  'salaryEffectiveDate',
  'retirementDate',
] as const satisfies readonly (keyof ReportPerson)[];
const stride = textFields.length;

/** The people of the database in memory, for reports; `load` once, then `refresh` before each report. */
export class ReportPeople implements PeopleSource {
  private readonly ids: string[] = [];
  private readonly live: boolean[] = [];
  private readonly positions = new Map<string, number>();
  /** `stride` codes a person into `strings` (0: not recorded). */
  private readonly fields: number[] = [];
  private readonly cadre: boolean[] = [];
  /** 0: not recorded. */
  private readonly salarySteps: number[] = [];
  /** Names apart from `strings`: nearly all differ, so coding them would only add a map entry each. */
  private readonly names: string[] = [];
  /** Each person's unit history: where it starts in the flat lists and how long it is. */
  private readonly historyStart: number[] = [];
  private readonly historyLength: number[] = [];
  private readonly historyFields: number[] = [];
  private readonly strings: (string | undefined)[] = [undefined];
  private readonly codes = new Map<string, number>();
  private position: ChangePosition = { seq: 0, applied: {} };
  /** Ratings by subject and year, read when a report first asks for them and dropped when evaluations change. */
  private readonly yearRatings = new Map<string, Promise<ReadonlyMap<string, YearlyRating>>>();
  readonly records = new RecordCache();

  get count(): number {
    return this.positions.size;
  }

  /** Reads everyone; the change log's position is taken first, so what is written meanwhile comes with the next refresh. */
  async load(db: AppDatabase, onProgress: (fraction: number) => void = () => undefined): Promise<void> {
    this.position = await changePosition(db);
    await databasePeople.each(db, (person) => this.put(person), onProgress);
  }

  /** Brings the people up to date with the changes written here or applied by imports since the last load or refresh. */
  async refresh(db: AppDatabase): Promise<void> {
    const latest = await changePosition(db);
    const own = (await readChanges(db, this.position.seq)).filter((change) => change.seq <= latest.seq);
    const changes = [...own, ...(await importedChangesBetween(db, this.position.applied, latest.applied))];
    this.position = latest;
    if (changes.length === 0) return;
    if (changes.some((change) => change.type === 'evaluation')) this.yearRatings.clear();
    await this.records.apply(db, changes);
    const changed = [...new Set(changes.filter((change) => change.type === 'person').map((change) => change.id))];
    const rows = await db.recordTable(recordTypes.person.table).bulkGet(changed);
    changed.forEach((id, index) => {
      const row = rows[index];
      this.remove(id);
      if (row && !row._deleted) this.put(row as unknown as ReportPerson);
    });
  }

  async each(_db: AppDatabase, visit: (person: ReportPerson) => void, onProgress: (fraction: number) => void): Promise<void> {
    for (let position = 0; position < this.ids.length; position += 1) if (this.live[position]) visit(this.view(position));
    onProgress(1);
  }

  ratings(db: AppDatabase, year: number, subject: Subject): Promise<ReadonlyMap<string, YearlyRating>> {
    const key = `${subject}/${year}`;
    let ratings = this.yearRatings.get(key);
    if (!ratings) {
      ratings = yearlyRatings(db, year, subject);
      this.yearRatings.set(key, ratings);
      // A failed read is not kept: the next report reads again.
      ratings.catch(() => this.yearRatings.delete(key));
    }
    return ratings;
  }

  private code(value: string | undefined): number {
    if (value === undefined) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.strings.length;
      this.strings.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  private put(person: ReportPerson): void {
    this.positions.set(person.id, this.ids.length);
    this.ids.push(person.id);
    this.live.push(true);
    for (const field of textFields) this.fields.push(this.code(person[field]));
    this.cadre.push(person.isCadre);
    this.salarySteps.push(person.salaryStep ?? 0);
    this.names.push(person.fullName);
    this.historyStart.push(this.historyFields.length);
    this.historyLength.push(person.unitHistory.length);
    for (const span of person.unitHistory) this.historyFields.push(this.code(span.unitId), this.code(span.from), this.code(span.to ?? undefined));
  }

  private remove(id: string): void {
    const position = this.positions.get(id);
    if (position === undefined) return;
    this.live[position] = false;
    this.positions.delete(id);
  }

  private view(position: number): ReportPerson {
    const at = position * stride;
    const text = (index: number) => this.strings[this.fields[at + index]!];
    const unitHistory: { unitId: string; from: IsoDate; to: IsoDate | null }[] = [];
    const start = this.historyStart[position]!;
    for (let index = 0; index < this.historyLength[position]!; index += 1) {
      const base = start + index * 3;
      unitHistory.push({ unitId: this.strings[this.historyFields[base]!]!, from: this.strings[this.historyFields[base + 1]!]!, to: this.strings[this.historyFields[base + 2]!] ?? null });
    }
    return {
      id: this.ids[position]!,
      sex: text(0) as Sex,
      birthDate: text(1)!,
      ethnicityCode: text(2)!,
      religionCode: text(3)!,
      generalEducationCode: text(4),
      professionalDegreeCode: text(5),
      politicalTheoryCode: text(6),
      stateManagementCode: text(7),
      occupationCode: text(8),
      memberStatus: text(9) as MemberStatus,
      admissionDate: text(10),
      admissionDecisionDate: text(11),
      fullMembershipDate: text(12),
      exitDate: text(13),
      currentPostCode: text(14),
      currentPostSince: text(15),
      civilServiceGradeCode: text(16),
      salaryEffectiveDate: text(17),
      retirementDate: text(18),
      ...(this.salarySteps[position] ? { salaryStep: this.salarySteps[position] } : {}),
      fullName: this.names[position]!,
      isCadre: this.cadre[position]!,
      unitHistory,
    };
  }
}
