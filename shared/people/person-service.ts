/**
 * One person's dossier: the person record with every dated record about them, read by the indexes those record
 * types declare, and the writes the person page makes (all through the one write path).
 */
import type { CatalogName } from '../catalogs/catalog';
import type { IsoDate } from '../dates/partial-date';
import type { AdmissionCase } from '../events/admission';
import type { Commendation } from '../events/commendation';
import type { Discipline } from '../events/discipline';
import type { Evaluation } from '../events/evaluation';
import type { PartyExit } from '../events/exit';
import type { Inspection } from '../events/inspection';
import type { Movement } from '../events/movement';
import type { PlannedPosition, PlanningCandidate } from '../events/planning';
import type { TrainingCourse, TrainingEnrolment } from '../events/training';
import type { MembershipTransfer } from '../events/transfer';
import { latestPeriod } from '../organization/unit';
import type { UnitNode } from '../organization/unit-tree';
import { recordById, toRecord } from '../queries/records-reader';
import { recordTypes, type RecordInput, type RecordOf, type RecordTypeName } from '../records/registry';
import { writeRecords, type RecordPatch, type WriteContext, type Writer } from '../records/write-path';
import type { AppDatabase } from '../storage/database';
import { personRecordType, type Person, type PersonFields } from './person';
import { asPersonHistoryEntry, historyStart, personHistoryKinds, type PersonHistoryEntry, type PersonHistoryFields, type PersonHistoryKind } from './person-history';
import type { PersonPhoto } from './person-photo';

/** The catalog each code field of the person record takes its values from. */
export const personFieldCatalogs = {
  ethnicityCode: 'ethnicity',
  religionCode: 'religion',
  familyBackgroundCode: 'familyBackground',
  occupationCode: 'occupation',
  currentPostCode: 'governmentPost',
  partyPostCode: 'partyPost',
  civilServiceGradeCode: 'civilServiceGrade',
  generalEducationCode: 'generalEducation',
  professionalDegreeCode: 'professionalDegree',
  academicTitleCode: 'academicTitle',
  politicalTheoryCertificateCode: 'politicalTheory',
  politicalTheoryCode: 'politicalTheory',
  stateManagementCode: 'stateManagement',
  foreignLanguageLevelCode: 'foreignLanguageLevel',
  itLevelCode: 'itLevel',
  policyFamilyCode: 'policyFamily',
} as const satisfies Partial<Record<keyof PersonFields, CatalogName>>;

/** The catalog each code field of the dated tables takes its values from. */
export const historyFieldCatalogs = {
  civilServiceGradeCode: 'civilServiceGrade',
  partyPostCode: 'partyPost',
  healthStatusCode: 'healthStatus',
  bloodGroupCode: 'bloodGroup',
  policyFamilyCode: 'policyFamily',
} as const satisfies Partial<Record<keyof PersonHistoryFields, CatalogName>>;

/**
 * The person record's restricted fields (its record type's `sensitiveFields`): left out of the dossier and read
 * only by `loadRestrictedFields`, the one door where reading them will be logged.
 */
export const restrictedFields = ['politicalHistory', 'foreignRelations', 'familyEconomy'] as const satisfies readonly (keyof PersonFields)[];
export type RestrictedField = (typeof restrictedFields)[number];
export type RestrictedValues = Partial<Pick<PersonFields, RestrictedField>>;
/** A person as the page shows them before the restricted fields are asked for. */
export type OpenPerson = Omit<Person, RestrictedField>;

export type HistoryRow = PersonHistoryEntry & { readonly id: string };

/** What the dossier says about a unit it names: its current name, and where it sits (a node of the tree, without its children). */
export type UnitSummary = Omit<UnitNode, 'children'>;

export interface PersonDossier {
  readonly person: OpenPerson;
  readonly photo: PersonPhoto | undefined;
  /** Each kind of dated table, in time order. */
  readonly histories: Readonly<Record<PersonHistoryKind, readonly HistoryRow[]>>;
  readonly commendations: readonly Commendation[];
  readonly disciplines: readonly Discipline[];
  readonly inspections: readonly Inspection[];
  readonly evaluations: readonly Evaluation[];
  readonly planning: readonly { readonly candidate: PlanningCandidate; readonly position: PlannedPosition | undefined }[];
  readonly movements: readonly Movement[];
  readonly training: readonly { readonly enrolment: TrainingEnrolment; readonly course: TrainingCourse | undefined }[];
  readonly transfers: readonly MembershipTransfer[];
  readonly exits: readonly PartyExit[];
  readonly admissions: readonly AdmissionCase[];
  /** Every unit the dossier names, by id. */
  readonly units: ReadonlyMap<string, UnitSummary>;
  /** From the top of the tree down to the person's current unit (the headers of the printed forms). */
  readonly unitPath: readonly UnitSummary[];
}

/** Live records whose index equals a value. */
async function recordsWhere<T extends RecordTypeName>(db: AppDatabase, type: T, index: string, value: string): Promise<RecordOf<T>[]> {
  const rows = await db.recordTable(recordTypes[type].table).where(index).equals(value).toArray();
  return rows.filter((row) => !row._deleted).map((row) => toRecord<T>(row));
}

async function recordsById<T extends RecordTypeName>(db: AppDatabase, type: T, ids: Iterable<string>): Promise<Map<string, RecordOf<T>>> {
  const unique = [...new Set(ids)];
  const rows = await db.recordTable(recordTypes[type].table).bulkGet(unique);
  return new Map(rows.flatMap((row) => (row && !row._deleted ? [[row.id, toRecord<T>(row)] as const] : [])));
}

function summarize(unit: RecordOf<'unit'>): UnitSummary {
  const period = latestPeriod(unit);
  return { id: unit.id, code: unit.code, name: period.name, kind: period.kind, isGrassroots: period.isGrassroots, parentId: period.parentId };
}

function withoutRestricted(person: Person): OpenPerson {
  const open: Record<string, unknown> = { ...person };
  for (const field of restrictedFields) delete open[field];
  return open as OpenPerson;
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/** Everything the person page and the printed forms show of one person, or null when there is no such person. */
export async function loadPersonDossier(db: AppDatabase, personId: string): Promise<PersonDossier | null> {
  const person = await recordById(db, 'person', personId);
  if (!person) return null;
  const [histories, commendations, disciplines, inspections, evaluations, candidates, movements, enrolments, transfers, exits, admissions, photo] = await Promise.all([
    recordsWhere(db, 'personHistory', 'personId', personId),
    recordsWhere(db, 'commendation', '_personIds', personId),
    recordsWhere(db, 'discipline', 'personId', personId),
    recordsWhere(db, 'inspection', 'personId', personId),
    recordsWhere(db, 'evaluation', 'personId', personId),
    recordsWhere(db, 'planningCandidate', 'personId', personId),
    recordsWhere(db, 'movement', 'personId', personId),
    recordsWhere(db, 'trainingEnrolment', 'personId', personId),
    recordsWhere(db, 'membershipTransfer', 'personId', personId),
    recordsWhere(db, 'partyExit', 'personId', personId),
    recordsWhere(db, 'admissionCase', 'personId', personId),
    person.photoId ? recordById(db, 'personPhoto', person.photoId) : undefined,
  ]);
  const [positions, courses] = await Promise.all([
    recordsById(db, 'plannedPosition', candidates.map((candidate) => candidate.positionId)),
    recordsById(db, 'trainingCourse', enrolments.map((enrolment) => enrolment.courseId)),
  ]);

  const byKind = Object.fromEntries(personHistoryKinds.map((kind) => [kind, [] as HistoryRow[]])) as Record<PersonHistoryKind, HistoryRow[]>;
  for (const row of histories.sort(byKey(historyStart))) byKind[row.kind].push(asPersonHistoryEntry(row));

  const unitPath = await unitAncestry(db, person.unitId);
  const namedUnitIds = [
    ...person.unitHistory.map((membership) => membership.unitId),
    ...histories.flatMap((row) => (row.unitId ? [row.unitId] : [])),
    ...movements.flatMap((movement) => [movement.fromUnitId, movement.toUnitId].filter((id): id is string => id !== undefined)),
    ...transfers.flatMap((transfer) => [transfer.fromUnitId, ...(transfer.toUnitId ? [transfer.toUnitId] : [])]),
    ...[...positions.values()].map((position) => position.unitId),
  ];
  const units = new Map([...(await recordsById(db, 'unit', namedUnitIds)).values()].map((unit) => [unit.id, summarize(unit)]));
  for (const unit of unitPath) units.set(unit.id, unit);

  return {
    person: withoutRestricted(person),
    photo,
    histories: byKind,
    commendations: commendations.sort(byKey((item) => item.decision.date)),
    disciplines: disciplines.sort(byKey((item) => item.decision.date)),
    inspections: inspections.sort(byKey((item) => String(item.planYear))),
    evaluations: evaluations.sort((a, b) => a.period.year - b.period.year || (a.period.quarter ?? 0) - (b.period.quarter ?? 0)),
    planning: candidates.sort(byKey((item) => item.addedOn)).map((candidate) => ({ candidate, position: positions.get(candidate.positionId) })),
    movements: movements.sort(byKey((item) => item.effectiveDate)),
    training: enrolments.map((enrolment) => ({ enrolment, course: courses.get(enrolment.courseId) })).sort(byKey((item) => item.course?.from ?? '')),
    transfers: transfers.sort(byKey((item) => item.issuedOn)),
    exits: exits.sort(byKey((item) => item.date)),
    admissions,
    units,
    unitPath,
  };
}

/** The unit and its parents, top first. A cycle in bad data stops the walk rather than looping. */
async function unitAncestry(db: AppDatabase, unitId: string): Promise<UnitSummary[]> {
  const path: UnitSummary[] = [];
  const seen = new Set<string>();
  for (let id: string | null = unitId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const unit = await recordById(db, 'unit', id);
    if (!unit) break;
    const summary = summarize(unit);
    path.unshift(summary);
    id = summary.parentId;
  }
  return path;
}

/**
 * The restricted fields of a person (personal political history, foreign relations, family economy). The page
 * asks for them only after the user explicitly chooses to see them; access logging will hook in here.
 */
export async function loadRestrictedFields(db: AppDatabase, personId: string): Promise<RestrictedValues> {
  const person = await recordById(db, 'person', personId);
  if (!person) return {};
  return Object.fromEntries(restrictedFields.flatMap((field) => (person[field] === undefined ? [] : [[field, person[field]]])));
}

/** Changes the fields named in the patch (`null` clears one); the write path parses and checks the whole record. */
export function updatePerson(context: WriteContext, personId: string, patch: RecordPatch<'person'>): Promise<Person> {
  return writeRecords(context, (writer) => writer.update('person', personId, patch));
}

/** A new person: everything but the unit history, which starts with the unit they are entered under. */
export type NewPersonInput = Omit<RecordInput<'person'>, 'unitHistory'>;

/** The local calendar day, as the office's clock reads it (not UTC: Vietnam is seven hours ahead). */
export function localDay(date: Date): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Creates a person under a unit. Their unit history opens on the day they joined the party when that is known
 * (the party counts membership from it), otherwise on the day they are entered.
 */
export function createPerson(context: WriteContext, input: NewPersonInput): Promise<Person> {
  const from = input.admissionDate || localDay(context.now?.() ?? new Date());
  return writeRecords(context, (writer) => writer.create('person', { ...input, unitHistory: [{ unitId: input.unitId, from, to: null }] }));
}

/** The values of one dated-table row as the form gives them: every field of its kind, `null` where left empty. */
export type HistoryValues = RecordPatch<'personHistory'> & { readonly kind: PersonHistoryKind };

function withoutNulls(values: HistoryValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));
}

/** Adds a row to one of the person's dated tables, or changes one of theirs (`rowId`). */
export function savePersonHistory(context: WriteContext, personId: string, rowId: string | null, values: HistoryValues): Promise<HistoryRow> {
  return writeRecords(context, async (writer) => {
    if (rowId === null) return asPersonHistoryEntry(writer.create('personHistory', { ...withoutNulls(values), personId } as RecordInput<'personHistory'>));
    await ownRow(writer, personId, rowId);
    return asPersonHistoryEntry(await writer.update('personHistory', rowId, { ...values, personId }));
  });
}

export function removePersonHistory(context: WriteContext, personId: string, rowId: string): Promise<void> {
  return writeRecords(context, async (writer) => {
    await ownRow(writer, personId, rowId);
    await writer.remove('personHistory', rowId);
  });
}

/** A row id from the page must be one of this person's rows: a stale page never edits someone else's table. */
async function ownRow(writer: Writer, personId: string, rowId: string): Promise<void> {
  const row = await writer.get('personHistory', rowId);
  if (!row || row.personId !== personId) throw new Error(`History row ${rowId} is not one of person ${personId}'s`);
}

/** A photo as the page has prepared it (already shrunk to fit the 3×4 box). */
export type PhotoInput = Omit<RecordInput<'personPhoto'>, 'personId'>;

/** Stores a new photo of the person and retires the old one, in one transaction. */
export function setPersonPhoto(context: WriteContext, personId: string, photo: PhotoInput): Promise<PersonPhoto> {
  return writeRecords(context, async (writer) => {
    const person = await writer.get('person', personId);
    const created = writer.create('personPhoto', { ...photo, personId });
    if (person?.photoId && (await writer.get('personPhoto', person.photoId))) await writer.remove('personPhoto', person.photoId);
    await writer.update('person', personId, { photoId: created.id });
    return created;
  });
}

export function removePersonPhoto(context: WriteContext, personId: string): Promise<void> {
  return writeRecords(context, async (writer) => {
    const person = await writer.get('person', personId);
    if (!person?.photoId) return;
    if (await writer.get('personPhoto', person.photoId)) await writer.remove('personPhoto', person.photoId);
    await writer.update('person', personId, { photoId: null });
  });
}
