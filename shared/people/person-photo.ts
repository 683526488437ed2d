import { z } from 'zod';
import { recordId } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { wholeNumber } from '../events/event-fields';

/** The "ảnh 3x4" of the forms: the page shrinks any picture to fit this box before storing it. */
export const photoMaxWidth = 300;
export const photoMaxHeight = 400;

export const photoMediaTypes = ['image/jpeg', 'image/png'] as const;
export type PhotoMediaType = (typeof photoMediaTypes)[number];

/** About 300 KB of image: a 300×400 JPEG is a tenth of that, so only a wrong input reaches the limit. */
const maxBase64Length = 400_000;

/**
 * A person's photo, kept as a record of its own so the person record stays small in lists and changes,
 * and so the photo travels between offices like any other record. The image is base64 text, because records
 * travel as JSON; it is never written to a file with the person's name.
 */
export const personPhotoSchema = z.object({
  personId: recordId,
  mediaType: z.enum(photoMediaTypes, { message: 'validation.chooseOne' }),
  width: wholeNumber(1, photoMaxWidth),
  height: wholeNumber(1, photoMaxHeight),
  data: z
    .string({ message: 'validation.required' })
    .min(1, 'validation.required')
    .max(maxBase64Length, 'validation.tooLong')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.invalid'),
});
export type PersonPhoto = z.infer<typeof personPhotoSchema> & { readonly id: string };

export const personPhotoRecordType = defineRecordType({
  name: 'personPhoto',
  table: 'personPhotos',
  schema: personPhotoSchema,
  indexes: ['personId'],
});

/** The photo as an image address the page can show (the CSP allows `data:` images). */
export function photoDataUrl(photo: Pick<PersonPhoto, 'mediaType' | 'data'>): string {
  return `data:${photo.mediaType};base64,${photo.data}`;
}
