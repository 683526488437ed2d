/**
 * The people table of a whole province, in memory: one row per person, stored by column (typed arrays for the
 * enums and catalog codes, dictionaries for repeated texts, plain strings only for what is per person) so that
 * 300,000 people fit in a few hundred bytes each. Sort orders are computed once per column and direction, when
 * first asked for; a query is then one pass over the cached order that keeps the rows its filters and search accept.
 */
import type { IsoDate } from '../dates/partial-date';
import type { CatalogEntry, CatalogName } from '../catalogs/catalog';
import { activeEntries, findEntry } from '../catalogs/catalog';
import { latestPeriod, type Unit } from '../organization/unit';
import { UnitTree } from '../organization/unit-tree';
import { ageBands, unitOn } from '../people/membership';
import { memberStatuses, sexes, type Person } from '../people/person';
import { breakdowns } from '../queries/people-queries';
import { foldForSearch } from '../text/fold';
import { catalogFilters, statusesOf, type CatalogFilter, type PeopleColumn, type PeopleFilters, type PeopleQuery, type PeopleRow, type PeopleSort } from './query';

/** What the index needs besides the people: the day it describes, the units, the catalogs and the facts from events. */
export interface PeopleIndexSource {
  readonly day: IsoDate;
  readonly units: readonly Unit[];
  readonly catalogs: readonly CatalogEntry[];
  readonly termEnds: ReadonlyMap<string, IsoDate>;
  readonly planningPool: ReadonlySet<string>;
}

/** A unit the filter offers, in tree order, with its depth for indentation. */
export interface UnitOption {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
}
export interface CatalogOption {
  readonly code: string;
  readonly name: string;
}
export type FilterOptions = Record<CatalogFilter, CatalogOption[]>;

/** The catalog-coded columns: which catalog names their codes, and the breakdown that reads the code from a person. */
const codedColumns = ['ethnicity', 'religion', 'professionalDegree', 'politicalTheory', 'generalEducation', 'stateManagement'] as const satisfies readonly (PeopleColumn & CatalogName)[];
type CodedColumn = (typeof codedColumns)[number];
/** Qualifications sort by their catalog order (highest first); names of groups and faiths sort alphabetically. */
const catalogOrdered: ReadonlySet<CodedColumn> = new Set(['professionalDegree', 'politicalTheory', 'generalEducation', 'stateManagement']);

// Numbers inside names read as numbers: "Chi bộ Thôn 2" before "Chi bộ Thôn 10".
const collator = new Intl.Collator('vi', { numeric: true });
/** Codes missing from the catalog sort after every known one. */
const unknownCodeRank = 1_000_000;
const emptyCodeNames = () => Object.fromEntries(codedColumns.map((column) => [column, []])) as unknown as Record<CodedColumn, string[]>;
const noTerm = -2_147_483_648;
const msPerDay = 86_400_000;

function dayNumber(day: IsoDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / msPerDay;
}

/** Distinct texts, each stored once; rows keep the position. */
class Dictionary {
  readonly values: string[] = [];
  private readonly positions = new Map<string, number>();

  add(value: string): number {
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.values.length;
      this.values.push(value);
      this.positions.set(value, position);
    }
    return position;
  }

  find(value: string): number | undefined {
    return this.positions.get(value);
  }
}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;
function grown<T extends TypedArray>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

/** Splits "Nguyễn Văn An" into the given name and the rest, because Vietnamese lists sort by the given name first. */
function givenNameFirst(fullName: string): [string, string] {
  const cut = fullName.lastIndexOf(' ');
  return cut < 0 ? [fullName, ''] : [fullName.slice(cut + 1), fullName.slice(0, cut)];
}

/** Ranks of distinct texts under a comparison: equal texts share a rank. */
function ranksOf(values: readonly string[], compare: (a: string, b: string) => number): Map<string, number> {
  const sorted = [...new Set(values)].sort(compare);
  const ranks = new Map<string, number>();
  sorted.forEach((value, index) => ranks.set(value, index));
  return ranks;
}
const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class PeopleIndex {
  readonly day: IsoDate;
  private catalogs: readonly CatalogEntry[];
  private tree!: UnitTree;
  private unitsById = new Map<string, Unit>();
  private unitLabels: string[] = [];
  private codeNames = emptyCodeNames();

  private size = 0;
  private liveCount = 0;
  private capacity = 1024;
  private readonly rowOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly nameKeys: string[] = [];
  private readonly birthDates: string[] = [];
  private readonly cards: string[] = [];
  private readonly citizenIds: string[] = [];
  private live = new Uint8Array(this.capacity);
  private sex = new Uint8Array(this.capacity);
  private status = new Uint8Array(this.capacity);
  private ageBand = new Uint8Array(this.capacity);
  private inPlanning = new Uint8Array(this.capacity);
  private termEnd = new Int32Array(this.capacity);
  private unit = new Uint32Array(this.capacity);
  private post = new Uint32Array(this.capacity);
  private readonly coded = Object.fromEntries(codedColumns.map((column) => [column, new Uint16Array(this.capacity)])) as Record<CodedColumn, Uint16Array>;
  private readonly units = new Dictionary();
  private readonly posts = new Dictionary();
  private readonly codes = Object.fromEntries(codedColumns.map((column) => [column, new Dictionary()])) as Record<CodedColumn, Dictionary>;
  private termEnds: ReadonlyMap<string, IsoDate>;
  private planningPool: ReadonlySet<string>;

  /** Cached sort orders by `column:direction`, dropped whenever a row changes. */
  private readonly orders = new Map<string, Int32Array>();
  /** The last answer, so that typing one more letter only narrows it instead of passing over everyone again. */
  private last: { readonly key: string; readonly search: string; readonly rows: Int32Array } | undefined;

  constructor(source: PeopleIndexSource) {
    this.day = source.day;
    this.catalogs = source.catalogs;
    this.termEnds = source.termEnds;
    this.planningPool = source.planningPool;
    this.setUnits(source.units);
  }

  /** People in the index (removed ones not counted). */
  get count(): number {
    return this.liveCount;
  }

  /** Adds people, or replaces those already indexed (by id). */
  upsert(people: readonly Person[]): void {
    for (const person of people) {
      let row = this.rowOf.get(person.id);
      if (row === undefined) {
        row = this.size++;
        if (row >= this.capacity) this.grow();
        this.rowOf.set(person.id, row);
        this.ids[row] = person.id;
      }
      if (this.live[row] === 0) this.liveCount += 1;
      this.live[row] = 1;
      this.names[row] = person.fullName;
      this.nameKeys[row] = foldForSearch(person.fullName);
      this.birthDates[row] = person.birthDate;
      this.cards[row] = person.partyCardNumber ?? '';
      this.citizenIds[row] = person.citizenId ?? '';
      this.sex[row] = sexes.indexOf(breakdowns.sex(person));
      this.status[row] = memberStatuses.indexOf(breakdowns.memberStatus(person, this.day));
      this.ageBand[row] = ageBands.indexOf(breakdowns.ageBand(person, this.day));
      this.unit[row] = this.units.add(unitOn(person, this.day) ?? person.unitId);
      this.post[row] = this.posts.add(person.currentPost ?? '');
      for (const column of codedColumns) this.coded[column][row] = this.codes[column].add(breakdowns[column](person));
      this.setEventFactsOf(row);
    }
    this.changed();
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const row = this.rowOf.get(id);
      if (row === undefined || this.live[row] === 0) continue;
      this.live[row] = 0;
      this.liveCount -= 1;
    }
    this.changed();
  }

  /** New appointment terms or planning decisions: re-reads both facts for everyone. */
  setEventFacts(termEnds: ReadonlyMap<string, IsoDate>, planningPool: ReadonlySet<string>): void {
    this.termEnds = termEnds;
    this.planningPool = planningPool;
    for (let row = 0; row < this.size; row += 1) this.setEventFactsOf(row);
    this.changed();
  }

  /** The unit tree changed (renamed, moved, new units): names and subtrees follow; people keep their units. */
  setUnits(units: readonly Unit[]): void {
    this.tree = new UnitTree(units, this.day);
    this.unitsById = new Map(units.map((unit) => [unit.id, unit]));
    this.unitLabels = [];
    this.changed();
  }

  setCatalogs(catalogs: readonly CatalogEntry[]): void {
    this.catalogs = catalogs;
    this.codeNames = emptyCodeNames();
    this.changed();
  }

  /** The rows (positions in the index) that match, in the asked order. */
  query(query: PeopleQuery): Int32Array {
    const search = foldForSearch(query.search);
    const key = JSON.stringify([query.filters, query.sort]);
    const narrowing = this.last !== undefined && this.last.key === key && search.startsWith(this.last.search);
    const candidates = narrowing ? this.last!.rows : this.order(query.sort);
    const accepts = this.matcher(query.filters, search);
    const matches = new Int32Array(candidates.length);
    let count = 0;
    for (let position = 0; position < candidates.length; position += 1) {
      const row = candidates[position]!;
      if (accepts(row)) matches[count++] = row;
    }
    const rows = matches.slice(0, count);
    this.last = { key, search, rows };
    return rows;
  }

  /** Display rows for positions `start` (inclusive) to `end` (exclusive) of a query's answer. */
  rows(matches: Int32Array, start: number, end: number): PeopleRow[] {
    const rows: PeopleRow[] = [];
    for (let position = Math.max(0, start); position < Math.min(end, matches.length); position += 1) rows.push(this.row(matches[position]!));
    return rows;
  }

  /** The units of the tree as it stands on the index's day, depth first, named as the table names them, for the unit filter. */
  unitOptions(): UnitOption[] {
    return this.tree.depthFirst().map(({ node, depth }) => ({ id: node.id, name: this.labelOfUnit(node.id), depth }));
  }

  /** The catalog entries in force on the index's day for each coded filter. */
  filterOptions(): FilterOptions {
    return Object.fromEntries(
      catalogFilters.map((filter) => [filter, activeEntries(this.catalogs, filter, this.day).map((entry) => ({ code: entry.code, name: entry.name }))]),
    ) as FilterOptions;
  }

  private row(row: number): PeopleRow {
    const name = (column: CodedColumn) => this.codeName(column, this.coded[column][row]!);
    return {
      id: this.ids[row]!,
      fullName: this.names[row]!,
      birthDate: this.birthDates[row]!,
      sex: sexes[this.sex[row]!]!,
      unit: this.unitLabel(this.unit[row]!),
      post: this.posts.values[this.post[row]!]!,
      partyCardNumber: this.cards[row]!,
      citizenId: this.citizenIds[row]!,
      ethnicity: name('ethnicity'),
      religion: name('religion'),
      professionalDegree: name('professionalDegree'),
      politicalTheory: name('politicalTheory'),
      memberStatus: memberStatuses[this.status[row]!]!,
      generalEducation: name('generalEducation'),
      stateManagement: name('stateManagement'),
    };
  }

  private codeName(column: CodedColumn, position: number): string {
    const names = this.codeNames[column];
    let name = names[position];
    if (name === undefined) {
      const code = this.codes[column].values[position]!;
      names[position] = name = code === '' ? '' : (findEntry(this.catalogs, column, code)?.name ?? code);
    }
    return name;
  }

  private unitLabel(position: number): string {
    let label = this.unitLabels[position];
    if (label === undefined) this.unitLabels[position] = label = this.labelOfUnit(this.units.values[position]!);
    return label;
  }

  /** A unit's name today; a cell also names its grassroots organization, since "Chi bộ Thôn 3" exists in many communes. */
  private labelOfUnit(id: string): string {
    const path = this.tree.pathTo(id);
    const node = path.at(-1);
    if (!node) {
      const unit = this.unitsById.get(id);
      return unit ? latestPeriod(unit).name : '';
    }
    const grassroots = node.isGrassroots ? undefined : path.findLast((ancestor) => ancestor.isGrassroots);
    return grassroots ? `${node.name} – ${grassroots.name}` : node.name;
  }

  private setEventFactsOf(row: number): void {
    const id = this.ids[row]!;
    const termEnd = this.termEnds.get(id);
    this.termEnd[row] = termEnd === undefined ? noTerm : dayNumber(termEnd);
    this.inPlanning[row] = this.planningPool.has(id) ? 1 : 0;
  }

  private grow(): void {
    this.capacity *= 2;
    this.live = grown(this.live, this.capacity);
    this.sex = grown(this.sex, this.capacity);
    this.status = grown(this.status, this.capacity);
    this.ageBand = grown(this.ageBand, this.capacity);
    this.inPlanning = grown(this.inPlanning, this.capacity);
    this.termEnd = grown(this.termEnd, this.capacity);
    this.unit = grown(this.unit, this.capacity);
    this.post = grown(this.post, this.capacity);
    for (const column of codedColumns) this.coded[column] = grown(this.coded[column], this.capacity);
  }

  private changed(): void {
    this.orders.clear();
    this.last = undefined;
  }

  /**
   * One test per set filter, and one for the search (folded): all digits is the beginning of a party card number
   * or citizen ID, anything else a part of the name. A row must pass them all.
   */
  private matcher(filters: PeopleFilters, search: string): (row: number) => boolean {
    const tests: ((row: number) => boolean)[] = [];
    const equals = (column: Uint8Array | Uint16Array, value: number | undefined) => {
      tests.push(value === undefined || value < 0 ? () => false : (row) => column[row] === value);
    };
    if (filters.unitId !== undefined) {
      const inSubtree = new Uint8Array(this.units.values.length);
      for (const id of this.tree.subtreeIds(filters.unitId)) {
        const position = this.units.find(id);
        if (position !== undefined) inSubtree[position] = 1;
      }
      const unit = this.unit;
      tests.push((row) => inSubtree[unit[row]!] === 1);
    }
    if (filters.sex !== undefined) equals(this.sex, sexes.indexOf(filters.sex));
    if (filters.ageBand !== undefined) equals(this.ageBand, ageBands.indexOf(filters.ageBand));
    if (filters.memberStatus !== undefined) {
      const wanted = new Uint8Array(memberStatuses.length);
      for (const status of statusesOf(filters.memberStatus)) wanted[memberStatuses.indexOf(status)] = 1;
      const status = this.status;
      tests.push((row) => wanted[status[row]!] === 1);
    }
    for (const filter of catalogFilters) {
      const code = filters[filter];
      if (code !== undefined) equals(this.coded[filter], this.codes[filter].find(code));
    }
    if (filters.inPlanning) equals(this.inPlanning, 1);
    if (filters.termEndsWithinDays !== undefined) {
      const from = dayNumber(this.day);
      const to = from + filters.termEndsWithinDays;
      const termEnd = this.termEnd;
      tests.push((row) => termEnd[row]! >= from && termEnd[row]! <= to);
    }
    const { nameKeys, cards, citizenIds } = this;
    if (/^\d+$/.test(search)) tests.push((row) => cards[row]!.startsWith(search) || citizenIds[row]!.startsWith(search));
    else if (search !== '') tests.push((row) => nameKeys[row]!.includes(search));
    const live = this.live;
    // The usual cases, a search alone or nothing, without the loop over tests.
    const [only] = tests;
    if (tests.length === 0) return (row) => live[row] === 1;
    if (tests.length === 1) return (row) => live[row] === 1 && only!(row);
    return (row) => {
      if (live[row] === 0) return false;
      for (const test of tests) if (!test(row)) return false;
      return true;
    };
  }

  /** Everyone (not removed) in the order of a sort, computed on first use and kept until a row changes. */
  private order(sort: PeopleSort): Int32Array {
    const key = `${sort.column}:${sort.direction}`;
    let order = this.orders.get(key);
    if (order) return order;
    const byName = this.nameOrder();
    if (sort.column === 'fullName') order = sort.direction === 'asc' ? byName : byName.slice().reverse();
    else order = this.orderBy(this.ranks(sort.column), sort.direction, byName);
    this.orders.set(key, order);
    return order;
  }

  /** By given name, then family and middle names, each under Vietnamese collation ("Đ" after "D", "Ư" after "U"). */
  private nameOrder(): Int32Array {
    const key = 'fullName:asc';
    const cached = this.orders.get(key);
    if (cached) return cached;
    const given = new Int32Array(this.size);
    const rest = new Int32Array(this.size);
    const parts = this.names.slice(0, this.size).map(givenNameFirst);
    const givenRanks = ranksOf(parts.map(([first]) => first), collator.compare);
    const restRanks = ranksOf(parts.map(([, others]) => others), collator.compare);
    parts.forEach(([first, others], row) => {
      given[row] = givenRanks.get(first)!;
      rest[row] = restRanks.get(others)!;
    });
    const order = this.liveRows().sort((a, b) => given[a]! - given[b]! || rest[a]! - rest[b]! || a - b);
    this.orders.set(key, order);
    return order;
  }

  private liveRows(): Int32Array {
    const rows = new Int32Array(this.liveCount);
    let count = 0;
    for (let row = 0; row < this.size; row += 1) if (this.live[row] === 1) rows[count++] = row;
    return rows;
  }

  /**
   * Orders rows by rank, ties by name; rows without a value (rank -1) come last in either direction.
   * Rank and name position pack into one float, so the sort is the engine's numeric one, not a comparator.
   */
  private orderBy(ranks: Int32Array, direction: 'asc' | 'desc', byName: Int32Array): Int32Array {
    const count = byName.length;
    let highest = 0;
    for (let row = 0; row < this.size; row += 1) highest = Math.max(highest, ranks[row]!);
    const keys = new Float64Array(count);
    const blanks: number[] = [];
    let filled = 0;
    for (let position = 0; position < count; position += 1) {
      const rank = ranks[byName[position]!]!;
      if (rank < 0) blanks.push(byName[position]!);
      else keys[filled++] = (direction === 'asc' ? rank : highest - rank) * count + position;
    }
    const sorted = keys.subarray(0, filled).sort();
    const order = new Int32Array(count);
    for (let index = 0; index < filled; index += 1) order[index] = byName[sorted[index]! % count]!;
    order.set(blanks, filled);
    return order;
  }

  /** A sortable rank per row for a column; -1 where the person has no value. */
  private ranks(column: Exclude<PeopleColumn, 'fullName'>): Int32Array {
    const ranks = new Int32Array(this.size);
    const byText = (texts: readonly string[]) => {
      const rankOf = ranksOf(
        texts.filter((text) => text !== ''),
        codeUnitOrder,
      );
      texts.forEach((text, row) => (ranks[row] = text === '' ? -1 : rankOf.get(text)!));
    };
    const byDictionary = (codes: Uint16Array | Uint32Array, entryRanks: readonly number[]) => {
      for (let row = 0; row < this.size; row += 1) ranks[row] = entryRanks[codes[row]!]!;
    };
    const collated = (labels: readonly string[]) => {
      const rankOf = ranksOf(labels, collator.compare);
      return labels.map((label) => (label === '' ? -1 : rankOf.get(label)!));
    };
    switch (column) {
      // ISO dates and digit strings of one length sort as text.
      case 'birthDate':
        byText(this.birthDates.slice(0, this.size));
        break;
      case 'partyCardNumber':
        byText(this.cards.slice(0, this.size));
        break;
      case 'citizenId':
        byText(this.citizenIds.slice(0, this.size));
        break;
      // Sexes and statuses in their defined order (the admission pipeline for statuses).
      case 'sex':
        ranks.set(this.sex.subarray(0, this.size));
        break;
      case 'memberStatus':
        ranks.set(this.status.subarray(0, this.size));
        break;
      case 'unit':
        byDictionary(this.unit, collated(this.units.values.map((_id, position) => this.unitLabel(position))));
        break;
      case 'post':
        byDictionary(this.post, collated(this.posts.values));
        break;
      default: {
        const codes = this.codes[column].values;
        const entryRanks = catalogOrdered.has(column)
          ? codes.map((code) => (code === '' ? -1 : (findEntry(this.catalogs, column, code)?.sortOrder ?? unknownCodeRank)))
          : collated(codes.map((_code, position) => this.codeName(column, position)));
        byDictionary(this.coded[column], entryRanks);
      }
    }
    return ranks;
  }
}
