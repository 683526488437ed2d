import { z } from 'zod';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { foldForSearch } from '../text/fold';

/**
 * Administrative units (province, district, commune) form a hierarchy of their own, separate from party units,
 * and it changes too: districts were abolished on 1 July 2025, provinces and communes were merged.
 * Each unit is a sequence of dated periods, so an old address keeps the name it had.
 */
export const adminLevels = ['province', 'district', 'commune'] as const;
export type AdminLevel = (typeof adminLevels)[number];

export const adminUnitPeriod = z.object({
  from: isoDate,
  /** Exclusive end; `null` while it lasts. */
  to: isoDate.nullable(),
  /** The full name as written on documents, with its kind: "Xã Vân Phú", "Phường Nông Trang", "Tỉnh Phú Thọ". */
  name: text(200),
  level: z.enum(adminLevels, { message: 'validation.chooseOne' }),
  parentId: recordId.nullable(),
});
export type AdminUnitPeriod = z.infer<typeof adminUnitPeriod>;

interface DatedPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/**
 * The periods of a dated record run in order without overlapping: each ends after it starts and before the next starts.
 * (The same rule as the periods of party units.)
 */
export function checkPeriods(periods: readonly DatedPeriod[], context: z.core.$RefinementCtx, field = 'periods'): void {
  periods.forEach((period, index) => {
    if (period.to !== null && period.to <= period.from) {
      context.addIssue({ code: 'custom', path: [field, index, 'to'], message: 'validation.endBeforeStart' });
    }
    const next = periods[index + 1];
    if (next && (period.to === null || period.to > next.from)) {
      context.addIssue({ code: 'custom', path: [field, index + 1, 'from'], message: 'validation.periodsOverlap' });
    }
  });
}

export const adminUnitSchema = z
  .object({
    /** The official statistical code (2 digits for a province, 3 for a district, 5 for a commune), when known. */
    code: z.string().trim().regex(/^\d{2,5}$/, 'validation.adminUnitCode').optional(),
    periods: z.array(adminUnitPeriod, { message: 'validation.required' }).min(1, 'validation.required'),
    note: optionalText(1000),
  })
  .superRefine((unit, context) => checkPeriods(unit.periods, context));
export type AdminUnit = z.infer<typeof adminUnitSchema> & { readonly id: string };

export const adminUnitRecordType = defineRecordType({
  name: 'adminUnit',
  unitScope: 'none',
  table: 'adminUnits',
  schema: adminUnitSchema,
  indexes: ['code', '_parentId', '_nameKey', '_level'],
  derive: (unit) => {
    const latest = unit.periods[unit.periods.length - 1]!;
    return { _parentId: latest.parentId ?? '', _nameKey: foldForSearch(latest.name), _level: latest.level };
  },
});
