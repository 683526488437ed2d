/**
 * Links into the people table with its filters set, e.g. `/people?ageBand=31-40&sex=female&memberStatus=member`:
 * what a dashboard bar opens. Parameter names are the filters' own; the page parses what it is handed, since a link
 * can be typed, bookmarked or come from an older version.
 */
import { peopleFilters, type PeopleFilters } from '../../../shared/people-index/query';

export function peopleLink(filters: PeopleFilters): string {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
  return `/people?${params.toString()}`;
}

export type LinkedFilters = { readonly ok: true; readonly filters: PeopleFilters } | { readonly ok: false; readonly badParameters: readonly string[] };

const filterNames: readonly string[] = Object.keys(peopleFilters.shape);

/** The filters a link asks for; an unknown parameter or a bad value makes the whole link refused, naming them. */
export function filtersFromLink(params: URLSearchParams): LinkedFilters {
  const raw: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [name, value] of params) {
    if (!filterNames.includes(name)) unknown.push(name);
    else if (name === 'termEndsWithinDays') raw[name] = value.trim() === '' ? Number.NaN : Number(value);
    else if (name === 'inPlanning') raw[name] = value === 'true' ? true : value;
    else raw[name] = value;
  }
  const parsed = peopleFilters.safeParse(raw);
  const badValues = parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0]));
  if (parsed.success && unknown.length === 0) return { ok: true, filters: parsed.data };
  return { ok: false, badParameters: [...new Set([...unknown, ...badValues])] };
}
