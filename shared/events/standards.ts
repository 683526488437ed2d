import { z } from 'zod';
import { isoDate, type IsoDate } from '../dates/partial-date';
import { catalogCode, optionalText } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkAfter, level } from './event-fields';

/**
 * The standards of a post (tiêu chuẩn chức danh): the minimum political theory, professional degree and state
 * management a holder or a planned candidate needs. Set by the province like catalogs, with validity dates,
 * because the standards change; the standardization report compares each cadre with them.
 */
export const postStandardSchema = z
  .object({
    /** From the `partyPost` or `governmentPost` catalog. */
    postCode: catalogCode,
    /** The level of the post when the standard differs by level; absent when it applies at every level. */
    level: level.optional(),
    minPoliticalTheoryCode: catalogCode.optional(),
    minProfessionalDegreeCode: catalogCode.optional(),
    minStateManagementCode: catalogCode.optional(),
    validFrom: isoDate,
    /** Exclusive: the first day the standard no longer applies. */
    validTo: isoDate.optional(),
    /** The document that sets it, and anything the codes cannot say. */
    note: optionalText(2000),
  })
  .superRefine((standard, context) => checkAfter(context, ['validTo'], standard.validFrom, standard.validTo));
export type PostStandard = z.infer<typeof postStandardSchema> & { readonly id: string };

/** Whether a standard applies on a day: from its first day, up to (not including) the day it ends. */
export function inForceOn(standard: Pick<PostStandard, 'validFrom' | 'validTo'>, day: IsoDate): boolean {
  return standard.validFrom <= day && (standard.validTo === undefined || day < standard.validTo);
}

export const postStandardRecordType = defineRecordType({
  name: 'postStandard',
  table: 'postStandards',
  schema: postStandardSchema,
  indexes: ['postCode', 'validFrom'],
  provinceOnly: true,
});
