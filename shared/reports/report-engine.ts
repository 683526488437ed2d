/**
 * Computes a report for a subtree: the facts of the period asked and of the same period a year before (so every
 * figure has its previous value beside it), then each table as one loop over its facts. The facts stay in the result,
 * so the people or units behind any figure are listed again (`cellMembers`) without reading the database.
 */
import { z } from 'zod';
import { findEntry, type CatalogEntry, type CatalogName } from '../catalogs/catalog';
import { loadCatalogs } from '../catalogs/catalog-service';
import { translate, type Language } from '../i18n/translate';
import { addYears, isoDate, type IsoDate } from '../dates/partial-date';
import { recordId } from '../records/common-fields';
import type { AppDatabase } from '../storage/database';
import { gatherFacts, periodNames, type FactTables, type PeriodName, type ReportPeriod } from './gather-facts';
import { expandedId, type AxisItem, type FactFilter, type ReportDefinition, type TableDefinition } from './report-definition';
import type { PeopleSource } from './report-people';
import { entityKinds, entityOf, factSets, type DimensionSpec, type EntityKind, type FactTable } from './report-facts';
import { reportDefinitions } from './standard-report';

/** What the screen asks for; parsed, since it comes from outside. */
export const reportRequest = z
  .object({
    reportId: z.string().refine((id) => Object.hasOwn(reportDefinitions, id), 'validation.chooseOne'),
    rootUnitId: recordId,
    from: isoDate,
    to: isoDate,
    /** The day stocks are counted as at; the end of the period when left out. */
    day: isoDate.optional(),
  })
  .refine((request) => request.from <= request.to, { path: ['to'], message: 'validation.endBeforeStart' });
export type ReportRequest = z.input<typeof reportRequest>;

/** A text to show: a key of the translation catalogs, or the name of a catalog code. */
export type Label = { readonly key: string } | { readonly catalog: readonly CatalogName[]; readonly code: string };

export interface AxisEntry {
  readonly id: string;
  readonly label: Label;
}

export interface TableResult {
  readonly id: string;
  readonly title: Label;
  readonly rows: readonly AxisEntry[];
  readonly columns: readonly AxisEntry[];
  /** `values[period][row][column]`. */
  readonly values: Readonly<Record<PeriodName, readonly (readonly number[])[]>>;
  /** With `shares`: each figure over its row's first column (null where that is 0, and in the first column). */
  readonly shares?: Readonly<Record<PeriodName, readonly (readonly (number | null)[])[]>>;
  /** The values of the table's note dimension (the rating schemes in force), by period. */
  readonly notes?: Readonly<Record<PeriodName, readonly Label[]>>;
}

export interface ReportResult {
  readonly reportId: string;
  readonly title: Label;
  readonly rootUnitId: string;
  readonly periods: Readonly<Record<PeriodName, ReportPeriod>>;
  readonly tables: readonly TableResult[];
  /** The facts counted, kept for `cellMembers`: columns of small integers and the ids once. */
  readonly facts: Readonly<Record<PeriodName, FactTables>>;
}

/** The same period a year earlier (29 February becomes 28 February). */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const back = (day: IsoDate) => addYears(day, -1);
  return { from: back(period.from), to: back(period.to), day: back(period.day) };
}

export interface ComputeOptions {
  /** The catalogs in force (read from the database when left out). */
  readonly catalog?: readonly CatalogEntry[];
  /** Everyone, as the worker keeps them in memory (`ReportPeople`, refreshed); read from the database when left out. */
  readonly people?: PeopleSource;
  /** Told the share of the work done, from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Told each step's name and time in milliseconds (`GatherOptions.onStep`). */
  readonly onStep?: (step: string, ms: number) => void;
}

export async function computeReport(db: AppDatabase, input: ReportRequest, options: ComputeOptions = {}): Promise<ReportResult> {
  const request = reportRequest.parse(input);
  const definition = reportDefinitions[request.reportId]!;
  const current: ReportPeriod = { from: request.from, to: request.to, day: request.day ?? request.to };
  const periods = { current, previous: previousPeriod(current) };
  const catalog = options.catalog ?? (await loadCatalogs(db));
  const { people, onProgress, onStep } = options;
  const facts = await gatherFacts(db, request.rootUnitId, periods, { catalog, ...(people ? { people } : {}), ...(onProgress ? { onProgress } : {}), ...(onStep ? { onStep } : {}) });
  const started = performance.now();
  const tables = definition.tables.map((table) => computeTable(table, facts, catalog));
  onStep?.('tables', performance.now() - started);
  options.onProgress?.(1);
  return { reportId: definition.id, title: { key: definition.titleKey }, rootUnitId: request.rootUnitId, periods, tables, facts };
}

/** Whether the fact at a position passes a filter, compiled once per table and fact set. */
type Test = (position: number) => boolean;

function compileFilter(filter: FactFilter | undefined, facts: FactTable): Test {
  const checks = Object.entries(filter ?? {}).map(([dimension, condition]) => {
    const column = facts.dimensions[dimension]!;
    const allowed = Uint8Array.from(column.values, (value) => (condition.in === undefined || condition.in.includes(value)) && !(condition.notIn ?? []).includes(value) ? 1 : 0);
    return (position: number) => allowed[column.codes[position]!] === 1;
  });
  return (position) => checks.every((check) => check(position));
}

/** One row or column as resolved on both periods: its id and label, and per period its test and what it adds up. */
interface ResolvedItem extends AxisEntry {
  readonly item: AxisItem;
  readonly value?: string;
}

/** The values an expanded dimension takes among the facts a table keeps (both periods), in display order. */
function expansionValues(table: TableDefinition, item: AxisItem & { expand: string }, facts: Readonly<Record<PeriodName, FactTables>>, groups: Readonly<Record<PeriodName, readonly FactGroup[]>>, catalog: readonly CatalogEntry[]): string[] {
  const present = new Set<string>();
  for (const period of periodNames) {
    const set = facts[period][table.facts];
    const keep = compileFilter(table.where, set);
    const itemKeep = compileFilter(item.where, set);
    const column = set.dimensions[item.expand]!;
    for (const { first } of groups[period]) if (keep(first) && itemKeep(first)) present.add(column.values[column.codes[first]!]!);
  }
  const spec: DimensionSpec = (factSets[table.facts].dimensions as Readonly<Record<string, DimensionSpec>>)[item.expand]!;
  const rank = new Map<string, number>();
  if (spec.catalog) for (const entry of catalog) if (spec.catalog.includes(entry.catalog) && !rank.has(entry.code)) rank.set(entry.code, entry.sortOrder + 1000 * spec.catalog.indexOf(entry.catalog));
  spec.values?.forEach((value, index) => rank.set(value, index));
  // Known values in their order, then unknown codes, then "not recorded".
  const order = (value: string) => (value === '' ? Number.MAX_SAFE_INTEGER : (rank.get(value) ?? Number.MAX_SAFE_INTEGER - 1));
  return [...present].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** The text of a label in a language: a catalog code by its name in the catalogs given (the code itself when unknown). */
export function labelText(label: Label, language: Language, catalog: readonly CatalogEntry[]): string {
  if ('key' in label) return translate(language, label.key);
  for (const name of label.catalog) {
    const entry = findEntry(catalog, name, label.code);
    if (entry) return entry.name;
  }
  return label.code;
}

export function valueLabel(spec: DimensionSpec, value: string): Label {
  if (value === '') return { key: 'reports.values.notRecorded' };
  if (spec.catalog) return { catalog: spec.catalog, code: value };
  return { key: `${spec.labelPrefix}.${value}` };
}

function resolveAxis(table: TableDefinition, items: readonly AxisItem[], facts: Readonly<Record<PeriodName, FactTables>>, groups: Readonly<Record<PeriodName, readonly FactGroup[]>>, catalog: readonly CatalogEntry[]): ResolvedItem[] {
  return items.flatMap((item): ResolvedItem[] => {
    if (!('expand' in item)) return [{ id: item.id, label: { key: item.labelKey }, item }];
    const spec: DimensionSpec = (factSets[table.facts].dimensions as Readonly<Record<string, DimensionSpec>>)[item.expand]!;
    return expansionValues(table, item, facts, groups, catalog).map((value) => ({ id: expandedId(item.expand, value), label: valueLabel(spec, value), item, value }));
  });
}

/** The test of one resolved row or column on one period's facts. */
function itemTest(resolved: ResolvedItem, facts: FactTable): Test {
  const { item } = resolved;
  const where = compileFilter(item.where, facts);
  if (!('expand' in item)) return where;
  const column = facts.dimensions[item.expand]!;
  const code = column.values.indexOf(resolved.value!);
  return (position) => column.codes[position] === code && where(position);
}

/** The dimensions a table's filter, rows, columns and note read. */
function dimensionsRead(table: TableDefinition): string[] {
  const names = new Set(Object.keys(table.where ?? {}));
  if (table.noteDimension !== undefined) names.add(table.noteDimension);
  for (const item of [...table.rows, ...table.columns]) {
    for (const name of Object.keys(item.where ?? {})) names.add(name);
    if ('expand' in item) names.add(item.expand);
  }
  return [...names];
}

/** Facts alike on some dimensions: the position of the first, how many, and the sums of their measures. */
interface FactGroup {
  readonly first: number;
  count: number;
  readonly sums: Record<string, number>;
}

/**
 * The facts grouped by their codes on the dimensions given. Every test of a table reads only the codes of the
 * dimensions it names, so it runs once a group (tens) rather than once a fact (300,000 people).
 */
function groupFacts(set: FactTable, dimensions: readonly string[]): FactGroup[] {
  const columns = dimensions.map((name) => set.dimensions[name]!);
  const measures = Object.entries(set.measures);
  const groups = new Map<number, FactGroup>();
  for (let position = 0; position < set.size; position += 1) {
    let key = 0;
    for (const column of columns) key = key * (column.values.length + 1) + column.codes[position]!;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { first: position, count: 0, sums: Object.fromEntries(measures.map(([name]) => [name, 0])) }));
    group.count += 1;
    for (const [name, values] of measures) group.sums[name]! += values[position]!;
  }
  return [...groups.values()];
}

/** What a group of facts adds to a cell of the item: how many they are, or the sum of the item's measure. */
function groupWeight(item: AxisItem, facts: FactTable, group: FactGroup): number {
  return item.sum !== undefined && facts.measures[item.sum] ? group.sums[item.sum]! : group.count;
}

function computeTable(table: TableDefinition, facts: Readonly<Record<PeriodName, FactTables>>, catalog: readonly CatalogEntry[]): TableResult {
  const groups = mapPeriods((period) => groupFacts(facts[period][table.facts], dimensionsRead(table)));
  const rows = resolveAxis(table, table.rows, facts, groups, catalog);
  const columns = resolveAxis(table, table.columns, facts, groups, catalog);
  const values = {} as Record<PeriodName, number[][]>;
  for (const period of periodNames) {
    const set = facts[period][table.facts];
    const keep = compileFilter(table.where, set);
    const rowTests = rows.map((row) => itemTest(row, set));
    const columnTests = columns.map((column) => itemTest(column, set));
    const grid = rows.map(() => columns.map(() => 0));
    const matchedRows: number[] = [];
    for (const group of groups[period]) {
      const position = group.first;
      if (!keep(position)) continue;
      matchedRows.length = 0;
      for (let row = 0; row < rowTests.length; row += 1) if (rowTests[row]!(position)) matchedRows.push(row);
      if (matchedRows.length === 0) continue;
      for (let column = 0; column < columnTests.length; column += 1) {
        if (!columnTests[column]!(position)) continue;
        const weight = groupWeight(columns[column]!.item, set, group);
        for (const row of matchedRows) grid[row]![column]! += weight;
      }
    }
    values[period] = grid;
  }
  const entry = ({ id, label }: ResolvedItem): AxisEntry => ({ id, label });
  const result: TableResult = { id: table.id, title: { key: table.titleKey }, rows: rows.map(entry), columns: columns.map(entry), values };
  const shares = table.shares ? mapPeriods((period) => values[period].map((row) => row.map((value, index) => (index === 0 || row[0] === 0 ? null : value / row[0]!)))) : undefined;
  const notes = table.noteDimension === undefined ? undefined : mapPeriods((period) => noteValues(table, table.noteDimension!, facts[period][table.facts], groups[period]));
  return { ...result, ...(shares ? { shares } : {}), ...(notes ? { notes } : {}) };
}

function mapPeriods<T>(make: (period: PeriodName) => T): Record<PeriodName, T> {
  return { current: make('current'), previous: make('previous') };
}

function noteValues(table: TableDefinition, dimension: string, set: FactTable, groups: readonly FactGroup[]): Label[] {
  const keep = compileFilter(table.where, set);
  const column = set.dimensions[dimension]!;
  const present = new Set<string>();
  for (const { first } of groups) if (keep(first)) present.add(column.values[column.codes[first]!]!);
  present.delete('');
  const spec: DimensionSpec = (factSets[table.facts].dimensions as Readonly<Record<string, DimensionSpec>>)[dimension]!;
  return [...present].sort().map((value) => valueLabel(spec, value));
}

/** The entities behind a figure, by kind, each id once. */
export type CellEntities = Readonly<Record<EntityKind, readonly string[]>>;

/**
 * The people, units, residential areas or enterprises counted in one cell of a computed report (for a column that
 * sums a measure: those whose measure was added). Throws on an unknown table, row or column.
 */
export function cellMembers(result: ReportResult, tableId: string, rowId: string, columnId: string, period: PeriodName = 'current'): CellEntities {
  const definition = reportDefinitions[result.reportId];
  const table = definition?.tables.find((candidate) => candidate.id === tableId);
  if (!table) throw new Error(`No table ${tableId} in report ${result.reportId}`);
  const set = result.facts[period][table.facts];
  const find = (items: readonly AxisItem[], id: string): ResolvedItem => {
    for (const item of items) {
      if (!('expand' in item)) {
        if (item.id === id) return { id, label: { key: item.labelKey }, item };
      } else if (id.startsWith(`${item.expand}:`)) {
        return { id, label: { key: '' }, item, value: id.slice(item.expand.length + 1) };
      }
    }
    throw new Error(`No row or column ${id} in table ${tableId}`);
  };
  const row = itemTest(find(table.rows, rowId), set);
  const column = itemTest(find(table.columns, columnId), set);
  const keep = compileFilter(table.where, set);
  const found = Object.fromEntries(entityKinds.map((kind) => [kind, new Set<string>()])) as Record<EntityKind, Set<string>>;
  for (let position = 0; position < set.size; position += 1) {
    if (keep(position) && row(position) && column(position)) found[entityOf(table.facts, set, position)].add(set.ids[position]!);
  }
  return Object.fromEntries(entityKinds.map((kind) => [kind, [...found[kind]]])) as Record<EntityKind, string[]>;
}

export type { ReportDefinition, ReportPeriod, PeriodName };
