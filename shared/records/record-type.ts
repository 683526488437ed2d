import type { z } from 'zod';
import type { FieldIssue } from '../validation/issues';
import type { RecordRules } from './record-rules';

/**
 * What the write path, the database schema and the exchange need to know about one kind of record.
 * Adding a kind of record is adding one of these to the registry: nothing else is hand-written per kind.
 */
export interface RecordTypeDefinition<Schema extends z.ZodObject = z.ZodObject> {
  /** The name used in change logs and bundles; never renamed once released. */
  readonly name: string;
  /** The Dexie table holding it. */
  readonly table: string;
  /** The record's own fields (without `id`): every write is parsed with it. */
  readonly schema: Schema;
  /** Dexie secondary indexes (after the primary key `id`), chosen for the queries of the UI and reports. */
  readonly indexes: readonly string[];
  /** Index-only values computed from the record (names prefixed `_`), never sent in a change. */
  readonly derive?: (record: z.output<Schema>) => Record<string, unknown>;
  /** Checks under configurable rules (identifier formats…), after the schema has passed. */
  readonly check?: (record: z.output<Schema>, rules: RecordRules) => FieldIssue[];
  /**
   * `party`: the record belongs to the party units its fields name (the default). `none`: its unit-like fields
   * name another hierarchy (administrative units), so the exchange treats it as reference data of the province.
   */
  readonly unitScope?: 'party' | 'none';
  /** Catalog data: only the province level may write it. */
  readonly provinceOnly?: boolean;
  /** Fields under restricted access (party dossier secrets): logged when read, never in exports to spreadsheets. */
  readonly sensitiveFields?: readonly string[];
}

export function defineRecordType<Schema extends z.ZodObject>(definition: RecordTypeDefinition<Schema>): RecordTypeDefinition<Schema> {
  return definition;
}
