/**
 * Reports as data: a report is a title and a list of tables; a table counts the facts of one fact set (members,
 * admissions, organizations, commendations…, see `report-facts.ts`) in a grid of rows and columns, each row and
 * column a filter on the facts' dimensions, or one row or column per value a dimension takes ("by ethnicity").
 * A definition names dimensions only; what a dimension means is computed once per fact set, so a new table is a few
 * lines of data and never a new query. Definitions are parsed with their schema, which also checks every dimension
 * and measure named against the fact set the table counts.
 */
import { z } from 'zod';
import { factSets, type FactSetName } from './report-facts';

/** Keeps the facts whose dimension takes one of `in` (when given) and none of `notIn`. */
const condition = z.object({ in: z.array(z.string()).min(1).optional(), notIn: z.array(z.string()).min(1).optional() });
export const factFilter = z.record(z.string(), condition);
export type FactFilter = z.infer<typeof factFilter>;

const id = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/);
const labelKey = z.string().regex(/^reports\.[A-Za-z0-9.+-]+$/);

/** One row or column: the facts passing `where` (all of them without it), counted, or with `sum` the sum of a measure. */
export const axisLine = z.object({ id, labelKey, where: factFilter.optional(), sum: z.string().optional() });
/** One row or column per value of a dimension among the facts passing `where`; ids read `dimension:value`. */
export const axisExpansion = z.object({ expand: z.string(), where: factFilter.optional(), sum: z.string().optional() });
export const axisItem = z.union([axisLine, axisExpansion]);
export type AxisLine = z.infer<typeof axisLine>;
export type AxisExpansion = z.infer<typeof axisExpansion>;
export type AxisItem = z.infer<typeof axisItem>;

const factSetName = z.enum(Object.keys(factSets) as [FactSetName, ...FactSetName[]]);

export const tableDefinition = z
  .object({
    id,
    titleKey: labelKey,
    facts: factSetName,
    /** Facts the whole table keeps to. */
    where: factFilter.optional(),
    rows: z.array(axisItem).min(1),
    columns: z.array(axisItem).min(1),
    /** Each cell also as a share of its row's first column (ratings "with shares"). */
    shares: z.boolean().optional(),
    /** A dimension whose values among the table's facts are named under it (the rating scheme in force that year). */
    noteDimension: z.string().optional(),
  })
  .superRefine((table, context) => {
    const { dimensions, measures } = factSets[table.facts];
    const known = (name: string) => Object.hasOwn(dimensions, name);
    const filters = [table.where, ...[...table.rows, ...table.columns].map((item) => item.where)];
    for (const filter of filters) for (const name of Object.keys(filter ?? {})) if (!known(name)) context.addIssue({ code: 'custom', message: `${table.id}: no dimension ${name} in ${table.facts}` });
    const ids = new Set<string>();
    for (const [axis, items] of [['rows', table.rows], ['columns', table.columns]] as const) {
      ids.clear();
      for (const item of items) {
        if ('expand' in item && !known(item.expand)) context.addIssue({ code: 'custom', message: `${table.id}: no dimension ${item.expand} in ${table.facts}` });
        if (item.sum !== undefined && !(measures as readonly string[]).includes(item.sum)) context.addIssue({ code: 'custom', message: `${table.id}: no measure ${item.sum} in ${table.facts}` });
        const itemId = 'expand' in item ? `${item.expand}:` : item.id;
        if (ids.has(itemId)) context.addIssue({ code: 'custom', message: `${table.id}: ${axis} ${itemId} twice` });
        ids.add(itemId);
      }
    }
    if (table.noteDimension !== undefined && !known(table.noteDimension)) context.addIssue({ code: 'custom', message: `${table.id}: no dimension ${table.noteDimension}` });
  });
export type TableDefinition = z.infer<typeof tableDefinition>;

export const reportDefinition = z
  .object({ id, titleKey: labelKey, tables: z.array(tableDefinition).min(1) })
  .superRefine((report, context) => {
    const ids = report.tables.map((table) => table.id);
    ids.forEach((tableId, index) => {
      if (ids.indexOf(tableId) !== index) context.addIssue({ code: 'custom', message: `table ${tableId} twice` });
    });
  });
export type ReportDefinition = z.infer<typeof reportDefinition>;

/** The id of the row or column a value of an expanded dimension gets. */
export const expandedId = (dimension: string, value: string) => `${dimension}:${value}`;
