import { z } from 'zod';
import { isoDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { foldForSearch } from '../text/fold';
import { checkInOrder } from '../events/event-fields';
import { checkPeriods } from './admin-unit';
import { coveragePlanSchema } from './coverage-plan';

/**
 * A residential area (khu dân cư: thôn, xóm, bản, tổ dân phố…). Areas are renamed, merged and moved to another
 * commune like any unit, so their name and commune are dated periods.
 */
export const residentialAreaPeriod = z.object({
  from: isoDate,
  /** Exclusive end; `null` while it lasts. */
  to: isoDate.nullable(),
  name: text(200),
  /** The commune (administrative unit) the area belongs to. */
  adminUnitId: recordId,
});
export type ResidentialAreaPeriod = z.infer<typeof residentialAreaPeriod>;

/**
 * How the area is covered by the party from a date on: an independent cell, a joint cell shared with other areas
 * (several areas pointing at the same `cellUnitId`), members without a cell, or no member at all.
 * The aim is to leave no area without a cell or a member.
 */
export const cellCoverage = z.object({
  from: isoDate,
  /** From the `residentialCellStatus` catalog. */
  statusCode: catalogCode,
  /** The cell of the area, its own or the joint one. */
  cellUnitId: recordId.optional(),
  note: optionalText(500),
});
export type CellCoverage = z.infer<typeof cellCoverage>;

export const residentialAreaSchema = z
  .object({
    code: z.string().trim().max(40, 'validation.tooLong').optional(),
    periods: z.array(residentialAreaPeriod, { message: 'validation.required' }).min(1, 'validation.required'),
    /** In time order: the last entry is the current coverage. */
    coverage: z.array(cellCoverage, { message: 'validation.required' }).min(1, 'validation.required'),
    /** The plan to give an area without a cell or member one (see `coveragePlanSchema`). */
    coveragePlan: coveragePlanSchema.optional(),
    note: optionalText(1000),
  })
  .superRefine((area, context) => {
    checkPeriods(area.periods, context);
    checkInOrder(area.coverage, (entry) => entry.from, context, ['coverage'], 'from');
  });
export type ResidentialArea = z.infer<typeof residentialAreaSchema> & { readonly id: string };

export const residentialAreaRecordType = defineRecordType({
  name: 'residentialArea',
  table: 'residentialAreas',
  schema: residentialAreaSchema,
  indexes: ['_adminUnitId', '_nameKey', '_cellStatus', '[_adminUnitId+_cellStatus]', '_cellUnitId'],
  derive: (area) => {
    const period = area.periods[area.periods.length - 1]!;
    const coverage = area.coverage[area.coverage.length - 1]!;
    return { _adminUnitId: period.adminUnitId, _nameKey: foldForSearch(period.name), _cellStatus: coverage.statusCode, ...(coverage.cellUnitId ? { _cellUnitId: coverage.cellUnitId } : {}) };
  },
});
