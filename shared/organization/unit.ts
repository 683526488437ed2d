import { z } from 'zod';
import { isoDate, spanCovers, type IsoDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { foldForSearch } from '../text/fold';

/**
 * One stretch of a unit's life with the same name, kind and parent. Renames, moves and mergers close a period
 * and open the next, so the tree can be rebuilt as it stood on any day.
 */
export const unitPeriod = z.object({
  from: isoDate,
  /** Exclusive end; `null` while it lasts. */
  to: isoDate.nullable(),
  name: text(200),
  /** Kind from the `unitKind` catalog (grassroots committee, cell…). */
  kind: catalogCode,
  isGrassroots: z.boolean(),
  parentId: recordId.nullable(),
});
export type UnitPeriod = z.infer<typeof unitPeriod>;

export const unitSchema = z
  .object({
    code: z
      .string({ message: 'validation.required' })
      .trim()
      .min(1, 'validation.required')
      .max(40, 'validation.tooLong')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'validation.unitCodeFormat'),
    periods: z.array(unitPeriod).min(1, 'validation.required'),
    adminUnitId: recordId.optional(),
    note: optionalText(1000),
  })
  .superRefine((unit, context) => {
    unit.periods.forEach((period, index) => {
      if (period.to !== null && period.to <= period.from) {
        context.addIssue({ code: 'custom', path: ['periods', index, 'to'], message: 'validation.endBeforeStart' });
      }
      const next = unit.periods[index + 1];
      if (next && (period.to === null || period.to > next.from)) {
        context.addIssue({ code: 'custom', path: ['periods', index + 1, 'from'], message: 'validation.periodsOverlap' });
      }
    });
  });
export type Unit = z.infer<typeof unitSchema> & { readonly id: string };

export function latestPeriod(unit: Pick<Unit, 'periods'>): UnitPeriod {
  return unit.periods[unit.periods.length - 1]!;
}

/** The unit (or a residential area: anything kept in dated periods) as it stood on a day; undefined if it did not exist then. */
export function periodOn<P extends { readonly from: IsoDate; readonly to: IsoDate | null } = UnitPeriod>(record: { readonly periods: readonly P[] }, day: IsoDate): P | undefined {
  return record.periods.find((period) => spanCovers(period.from, period.to, day));
}

export const unitRecordType = defineRecordType({
  name: 'unit',
  table: 'units',
  schema: unitSchema,
  indexes: ['code', '_parentId', '_nameKey'],
  derive: (unit) => {
    const latest = latestPeriod(unit);
    return { _parentId: latest.parentId ?? '', _nameKey: foldForSearch(latest.name) };
  },
});
