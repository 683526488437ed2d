/**
 * The messages between the people table and the index worker. Both sides parse what they receive with these
 * schemas. Each request carries an id that its answer repeats; query answers carry a result id that later
 * requests for more rows or an export name, so an answer to an outdated query can be recognised and dropped.
 */
import { z } from 'zod';
import { languages } from '../i18n/translate';
import { peopleColumns, peopleQuery, peopleRow, type CatalogFilter } from './query';

const requestId = z.number().int().nonnegative();
const position = z.number().int().nonnegative();
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

export const peopleIndexRequest = z.discriminatedUnion('kind', [
  /** Build the index if it is not built yet, else bring it up to date with the change log. */
  z.object({ kind: z.literal('open'), requestId }),
  /** Answers the matching count and the rows of `start`…`end` (exclusive), the part of the table on screen. */
  z.object({ kind: z.literal('query'), requestId, query: peopleQuery, start: position, end: position }),
  z.object({ kind: z.literal('rows'), requestId, resultId: requestId, start: position, end: position }),
  z.object({ kind: z.literal('export'), requestId, resultId: requestId, columns: z.array(z.enum(peopleColumns)).min(1), language: z.enum(languages) }),
]);
export type PeopleIndexRequest = z.infer<typeof peopleIndexRequest>;

const catalogOption = z.object({ code: z.string(), name: z.string() });
export const peopleIndexMeta = z.object({
  people: z.number().int().nonnegative(),
  /** The day the index describes ("as at today"). */
  day: z.string(),
  units: z.array(z.object({ id: z.string(), name: z.string(), depth: z.number().int().nonnegative() })),
  options: z.object({
    ethnicity: z.array(catalogOption),
    religion: z.array(catalogOption),
    generalEducation: z.array(catalogOption),
    politicalTheory: z.array(catalogOption),
    stateManagement: z.array(catalogOption),
  } satisfies Record<CatalogFilter, z.ZodType>),
});
export type PeopleIndexMeta = z.infer<typeof peopleIndexMeta>;

export const peopleIndexResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), requestId, loaded: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('opened'), requestId, meta: peopleIndexMeta }),
  /** `resultId` is the id of the query request; `rows` start at `start`. */
  z.object({ kind: z.literal('result'), requestId, total: z.number().int().nonnegative(), start: position, rows: z.array(peopleRow) }),
  z.object({ kind: z.literal('rows'), requestId, start: position, rows: z.array(peopleRow) }),
  z.object({ kind: z.literal('exported'), requestId, rowCount: z.number().int().nonnegative(), bytes }),
  /** The result a request named is no longer kept (a newer query replaced it). */
  z.object({ kind: z.literal('stale'), requestId }),
  z.object({ kind: z.literal('failed'), requestId, detail: z.string() }),
]);
export type PeopleIndexResponse = z.infer<typeof peopleIndexResponse>;
