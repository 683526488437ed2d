import { z } from 'zod';
import { isoDate, partialDate } from '../dates/partial-date';
import { optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { foldForSearch } from '../text/fold';
import { checkInOrder, checkNotBefore, count } from '../events/event-fields';
import { coveragePlanSchema } from './coverage-plan';

/**
 * A non-state enterprise (doanh nghiệp ngoài Nhà nước). Reports count enterprises with and without a party
 * organization, their workforce and members; admissions there are admission cases pointing at the enterprise.
 */
export const enterpriseOwnerships = ['domestic', 'foreign-invested'] as const;
export type EnterpriseOwnership = (typeof enterpriseOwnerships)[number];

/** Workforce and members as counted on a day (usually the yearly statistics date), in time order. */
export const enterpriseFigures = z.object({
  asOf: isoDate,
  workforce: count(),
  partyMembers: count(),
});
export type EnterpriseFigures = z.infer<typeof enterpriseFigures>;

export const enterpriseSchema = z
  .object({
    name: text(300),
    /** Enterprise (tax) code: 10 digits, branches 10-3. */
    taxCode: z.string().trim().regex(/^\d{10}(-\d{3})?$/, 'validation.taxCode').optional(),
    ownership: z.enum(enterpriseOwnerships, { message: 'validation.chooseOne' }),
    /** "Công ty TNHH", "Công ty cổ phần", "Hợp tác xã"…, as registered. */
    legalForm: optionalText(100),
    /** The commune where it is registered. */
    adminUnitId: recordId.optional(),
    address: optionalText(300),
    establishedOn: partialDate.optional(),
    closedOn: isoDate.optional(),
    /** Its party organization (a grassroots organization or cell), when it has one, and since when. */
    partyUnitId: recordId.optional(),
    partyUnitSince: isoDate.optional(),
    figures: z.array(enterpriseFigures, { message: 'validation.required' }).default([]),
    /** The plan to give an enterprise without a party organization one (see `coveragePlanSchema`). */
    coveragePlan: coveragePlanSchema.optional(),
    note: optionalText(1000),
  })
  .superRefine((enterprise, context) => {
    checkNotBefore(context, ['closedOn'], enterprise.establishedOn, enterprise.closedOn);
    if (enterprise.partyUnitSince !== undefined && enterprise.partyUnitId === undefined) {
      context.addIssue({ code: 'custom', path: ['partyUnitId'], message: 'validation.required' });
    }
    checkInOrder(enterprise.figures, (entry) => entry.asOf, context, ['figures'], 'asOf');
    enterprise.figures.forEach((entry, index) => {
      if (entry.partyMembers > entry.workforce) {
        context.addIssue({ code: 'too_big', origin: 'number', maximum: entry.workforce, inclusive: true, path: ['figures', index, 'partyMembers'], message: 'validation.tooLarge' });
      }
    });
  });
export type Enterprise = z.infer<typeof enterpriseSchema> & { readonly id: string };

export const enterpriseRecordType = defineRecordType({
  name: 'enterprise',
  table: 'enterprises',
  schema: enterpriseSchema,
  indexes: ['_nameKey', 'taxCode', 'adminUnitId', 'partyUnitId', '_hasPartyUnit'],
  /** `_hasPartyUnit` is 1 or 0 (IndexedDB cannot index booleans). */
  derive: (enterprise) => ({ _nameKey: foldForSearch(enterprise.name), _hasPartyUnit: enterprise.partyUnitId ? 1 : 0 }),
});
