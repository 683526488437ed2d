import { z } from 'zod';

/**
 * Rules for the identifiers on a person's record, kept as data: lengths and formats have changed before
 * (CMND → CCCD, new party cards in 2003) and a province may need to adjust them without a new release.
 */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const identifierRulesSchema = z.object({
  citizenId: z.object({
    /** Digits of a citizen ID card (CCCD). */
    length: z.number().int().min(1),
    /** Digits of the older identity card (CMND) still accepted, or null to refuse it. */
    legacyLength: z.number().int().min(1).nullable(),
    /**
     * Check the CCCD layout when the value has `length` digits: digits 1-3 the province of birth registration,
     * digit 4 sex and century, digits 5-6 the last two digits of the birth year.
     */
    checkStructure: z.boolean(),
    provinceCodeMin: z.number().int().min(0),
    provinceCodeMax: z.number().int().min(0),
    /** When set, only these 3-digit province codes are accepted (the official list has gaps). */
    provinceCodes: z.array(z.string().regex(/^\d{3}$/)).nullable(),
  }),
  partyCardNumber: z.object({
    length: z.number().int().min(1),
  }),
  dossierNumber: z.object({
    /** Regular expression source the normalized number must match in full. */
    pattern: z.string().min(1).refine(compiles, 'validation.invalid'),
    /** A number that matches, shown in the message so people see the expected shape. */
    example: z.string().min(1),
  }),
});
export type IdentifierRules = z.infer<typeof identifierRulesSchema>;

export const defaultIdentifierRules: IdentifierRules = {
  citizenId: { length: 12, legacyLength: 9, checkStructure: true, provinceCodeMin: 1, provinceCodeMax: 96, provinceCodes: null },
  // 8 digits since the cards issued from 2003.
  partyCardNumber: { length: 8 },
  // 6 digits then the province's capital letters, e.g. 012345PT.
  dossierNumber: { pattern: '^[0-9]{6}[A-Z]{2,4}$', example: '012345PT' },
};

/** The message keys the checks return; their texts are in the translation catalogs (`shared/i18n/locales`), each naming the field with `{{field}}`. */
export const identifierMessageKeys = [
  'validation.citizenId.required',
  'validation.citizenId.digits',
  'validation.citizenId.length',
  'validation.citizenId.lengthOrLegacy',
  'validation.citizenId.province',
  'validation.citizenId.birthYearMismatch',
  'validation.citizenId.sexMismatch',
  'validation.partyCardNumber.required',
  'validation.partyCardNumber.digits',
  'validation.partyCardNumber.length',
  'validation.dossierNumber.required',
  'validation.dossierNumber.format',
] as const;
export type IdentifierMessageKey = (typeof identifierMessageKeys)[number];

export type IdentifierCheck =
  | { readonly ok: true; readonly normalized: string }
  | { readonly ok: false; readonly messageKey: IdentifierMessageKey; readonly params: Readonly<Record<string, string | number>> };

/** What the rest of the record says about the person, to cross-check the CCCD digits. */
export interface CitizenIdContext {
  readonly birthYear?: number;
  readonly sex?: 'male' | 'female';
}

/** Trim and drop inner spaces: people copy numbers as "001 088 012345". */
export function normalizeIdentifier(value: string): string {
  return value.replace(/\s+/g, '');
}

const passed = (normalized: string): IdentifierCheck => ({ ok: true, normalized });
const failed = (messageKey: IdentifierMessageKey, params: Record<string, string | number> = {}): IdentifierCheck => ({
  ok: false,
  messageKey,
  params,
});
const onlyDigits = /^\d+$/;

export function checkCitizenId(value: string, rules: IdentifierRules, context: CitizenIdContext = {}): IdentifierCheck {
  const normalized = normalizeIdentifier(value);
  const { length, legacyLength, checkStructure } = rules.citizenId;
  if (normalized === '') return failed('validation.citizenId.required');
  if (!onlyDigits.test(normalized)) return failed('validation.citizenId.digits');
  if (normalized.length !== length) {
    if (legacyLength !== null && normalized.length === legacyLength) return passed(normalized);
    return legacyLength === null
      ? failed('validation.citizenId.length', { length })
      : failed('validation.citizenId.lengthOrLegacy', { length, legacyLength });
  }
  if (!checkStructure) return passed(normalized);

  const provinceCode = normalized.slice(0, 3);
  const { provinceCodeMin, provinceCodeMax, provinceCodes } = rules.citizenId;
  const provinceNumber = Number(provinceCode);
  const knownProvince =
    provinceCodes === null ? provinceNumber >= provinceCodeMin && provinceNumber <= provinceCodeMax : provinceCodes.includes(provinceCode);
  if (!knownProvince) return failed('validation.citizenId.province', { provinceCode });

  // Digit 4: 0/1 born 1900-1999 male/female, 2/3 born 2000-2099, and so on every century; digits 5-6: year within it.
  const sexCentury = Number(normalized[3]);
  const yearInCentury = Number(normalized.slice(4, 6));
  const { birthYear, sex } = context;
  if (birthYear !== undefined) {
    const encodedYear = 1900 + Math.floor(sexCentury / 2) * 100 + yearInCentury;
    if (encodedYear !== birthYear) return failed('validation.citizenId.birthYearMismatch', { birthYear });
  }
  if (sex !== undefined && (sexCentury % 2 === 0 ? 'male' : 'female') !== sex) return failed('validation.citizenId.sexMismatch');
  return passed(normalized);
}

export function checkPartyCardNumber(value: string, rules: IdentifierRules): IdentifierCheck {
  const normalized = normalizeIdentifier(value);
  const { length } = rules.partyCardNumber;
  if (normalized === '') return failed('validation.partyCardNumber.required');
  if (!onlyDigits.test(normalized)) return failed('validation.partyCardNumber.digits');
  if (normalized.length !== length) return failed('validation.partyCardNumber.length', { length });
  return passed(normalized);
}

export function checkDossierNumber(value: string, rules: IdentifierRules): IdentifierCheck {
  // Letters are the province's initials; accept them typed in lower case.
  const normalized = normalizeIdentifier(value).toUpperCase();
  const { pattern, example } = rules.dossierNumber;
  if (normalized === '') return failed('validation.dossierNumber.required');
  // Anchored here as well, so a pattern written without ^…$ still has to match the whole number.
  if (!new RegExp(`^(?:${pattern})$`).test(normalized)) return failed('validation.dossierNumber.format', { example });
  return passed(normalized);
}
