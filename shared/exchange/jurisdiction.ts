/**
 * Which organization units a change concerns, and whether an office's jurisdiction covers them.
 * Read from the record's own fields by name (unitId, …UnitId, unitHistory, periods' parents, personId → that
 * person's units, recipients), so a new record type is covered without code here.
 */
import type { Change } from '../records/change';
import { recordTypes, isRecordTypeName } from '../records/registry';

export interface UnitLookup {
  /** The unit's current parent, or null at the root; undefined for a unit not known here. */
  parentOf(unitId: string): string | null | undefined;
  /** The units a person belongs or belonged to; empty for a person not known here. */
  unitsOfPerson(personId: string): readonly string[];
}

function collect(value: unknown, key: string, units: Set<string>, people: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, units, people);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const innerKey in value) collect((value as Record<string, unknown>)[innerKey], innerKey, units, people);
    return;
  }
  if (typeof value !== 'string') return;
  // Administrative units (adminUnitId) are another hierarchy: they say where, not whose. String tests, not regular
  // expressions: this runs on every field of every record a snapshot carries.
  if (key === 'unitId' || key === 'parentId' || (key.endsWith('UnitId') && !key.startsWith('admin')) || key === 'unitIds') units.add(value);
  else if (key === 'personId' || key.endsWith('PersonId') || key.endsWith('PersonIds')) people.add(value);
}

/** The units a change concerns: those named in its values, in the record as we hold it, and the unit itself. */
export function unitsConcerned(change: Change, current: Readonly<Record<string, unknown>> | undefined, lookup: UnitLookup): Set<string> {
  const units = new Set<string>();
  const people = new Set<string>();
  if (isRecordTypeName(change.type) && recordTypes[change.type].unitScope === 'none') return units;
  collect(change.values, '', units, people);
  if (current) collect(current, '', units, people);
  if (change.type === 'unit') units.add(change.id);
  if (change.type === 'person') people.add(change.id);
  for (const person of people) for (const unit of lookup.unitsOfPerson(person)) units.add(unit);
  return units;
}

/** The people a change names: the person itself, or any personId field at any depth of an event's values. */
export function peopleNamed(change: Change): Set<string> {
  const people = new Set<string>();
  if (change.type === 'person') people.add(change.id);
  else collect(change.values, '', new Set(), people);
  return people;
}

export function isWithin(unitId: string, rootId: string, lookup: UnitLookup): boolean {
  let current: string | null | undefined = unitId;
  for (let depth = 0; current && depth < 32; depth += 1) {
    if (current === rootId) return true;
    current = lookup.parentOf(current);
  }
  return false;
}

export interface Author {
  readonly level: string;
  readonly jurisdictionUnitId: string;
}

/**
 * Whether the author of a change had the right to write it: catalog data only from the province; any other record
 * only when one of the units it concerns (before or after the change) lies in the author's jurisdiction.
 * Returns the reason key when it had not.
 */
export function authorityProblem(change: Change, current: Readonly<Record<string, unknown>> | undefined, author: Author, lookup: UnitLookup): string | null {
  if (!isRecordTypeName(change.type)) return null;
  if (recordTypes[change.type].provinceOnly) return author.level === 'province' ? null : 'exchange.catalogNotFromProvince';
  const units = unitsConcerned(change, current, lookup);
  if (units.size === 0) return author.level === 'province' ? null : 'exchange.outsideJurisdiction';
  for (const unit of units) if (isWithin(unit, author.jurisdictionUnitId, lookup)) return null;
  return 'exchange.outsideJurisdiction';
}
