import { z } from 'zod';

/** The level of the party committee whose organization commission runs this installation. */
export const officeLevels = ['province', 'district', 'bloc', 'grassroots'] as const;
export type OfficeLevel = (typeof officeLevels)[number];

const requiredText = (max: number) =>
  z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong');

export const officeProfileInput = z.object({
  officeName: requiredText(200).pipe(z.string().min(5, 'validation.tooShort')),
  level: z.enum(officeLevels, { message: 'validation.chooseOne' }),
  unitName: requiredText(200).pipe(z.string().min(3, 'validation.tooShort')),
  // Short codes like "PT" or "PT.VT" are how offices already name units on paper.
  unitCode: requiredText(20).pipe(
    z
      .string()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'validation.unitCodeFormat')),
  ),
});
export type OfficeProfileInput = z.input<typeof officeProfileInput>;

export const officeProfile = z.object({
  officeId: z.string().uuid(),
  officeName: z.string(),
  level: z.enum(officeLevels),
  unitName: z.string(),
  unitCode: z.string(),
  /** ISO timestamp, information only: office clocks are not trusted for ordering. */
  configuredAt: z.string(),
});
export type OfficeProfile = z.infer<typeof officeProfile>;
