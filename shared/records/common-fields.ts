import { z } from 'zod';
import { isoDate } from '../dates/partial-date';

/** Field builders shared by every record schema, so one rule reads the same everywhere. */
export const text = (max = 200) => z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');
export const optionalText = (max = 500) => z.string().trim().max(max, 'validation.tooLong').optional();
/** A form's empty (or blank) field is a field left out, for the optional fields that would refuse an empty string. */
export const blankAsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);
export const recordId = z.string({ message: 'validation.required' }).min(1, 'validation.required').max(64, 'validation.tooLong');
/** A code from a catalog (e.g. ethnicity `01`); whether it exists in the catalog is checked against the catalog data. */
export const catalogCode = z.string({ message: 'validation.chooseOne' }).trim().min(1, 'validation.chooseOne').max(40, 'validation.tooLong');

/** The decision behind an event: its number (e.g. `123-QĐ/TU`), date and the level that signed it. */
export const decision = z.object({
  number: text(60),
  date: isoDate,
  signedBy: optionalText(200),
});
export type Decision = z.infer<typeof decision>;
