import { z } from 'zod';
import { earliestDay, isoDate, isValidPartialDate, partialDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { foldForSearch } from '../text/fold';
import { checkCitizenId, checkDossierNumber, checkPartyCardNumber, normalizeIdentifier, type IdentifierCheck } from '../identifiers/identifier-rules';
import type { FieldIssue } from '../validation/issues';

/**
 * Where a person stands towards the party. Outstanding non-members and sympathizers are tracked before admission
 * (the central software does not, and users ask for it); people who left keep their record with status `exited`.
 */
export const memberStatuses = ['non-member', 'outstanding-non-member', 'sympathizer', 'probationary', 'full', 'exited'] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export const activeMemberStatuses: readonly MemberStatus[] = ['probationary', 'full'];

export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

/** A stretch of time a person belonged to a unit (their cell, or the unit whose records they are kept under). */
export const unitMembership = z.object({
  unitId: recordId,
  from: isoDate,
  /** Exclusive end; `null` while it lasts. */
  to: isoDate.nullable(),
});
export type UnitMembership = z.infer<typeof unitMembership>;

const optionalCode = catalogCode.optional();
const identifier = z.string().max(40, 'validation.tooLong').transform(normalizeIdentifier);
const optionalPartialDate = partialDate.optional();
const optionalNumber = (min: number, max: number) =>
  z.number({ message: 'validation.number' }).min(min, 'validation.tooSmall').max(max, 'validation.tooLarge').optional();

/**
 * One person: a cadre, a party member, or both. The CV (2C/TCTW-98, 2C-BNV/2008) and the party-member sheet (2-HSĐV)
 * are renderings of these fields; dated tables (training, work, salary, family…) are separate records.
 */
export const personSchema = z
  .object({
    // Identity
    fullName: text(120),
    otherNames: optionalText(200),
    sex: z.enum(sexes, { message: 'validation.chooseOne' }),
    birthDate: partialDate,
    birthplace: optionalText(300),
    hometown: optionalText(300),
    permanentResidence: optionalText(300),
    currentResidence: optionalText(300),
    ethnicityCode: catalogCode,
    /** Never blank on the forms: "Không" is code 99. */
    religionCode: catalogCode,
    familyBackgroundCode: optionalCode,
    // Formats are configurable (identifier rules), so the schema only normalises; `check` below judges.
    citizenId: identifier.optional(),
    citizenIdIssuedOn: isoDate.optional(),
    citizenIdIssuedBy: optionalText(200),
    socialInsuranceNumber: z.string().trim().regex(/^\d{10}$/, 'validation.socialInsuranceNumber').optional(),
    phone: z.string().trim().regex(/^\+?[0-9 .-]{8,15}$/, 'validation.phone').optional(),
    photoId: recordId.optional(),

    // Party membership
    memberStatus: z.enum(memberStatuses, { message: 'validation.chooseOne' }),
    unitId: recordId,
    unitHistory: z.array(unitMembership).min(1, 'validation.required'),
    dossierNumber: identifier.transform((value) => value.toUpperCase()).optional(),
    partyCardNumber: identifier.optional(),
    partyCardIssuedOn: isoDate.optional(),
    admissionDecisionDate: isoDate.optional(),
    admissionDate: isoDate.optional(),
    firstIntroducer: optionalText(120),
    secondIntroducer: optionalText(120),
    fullMembershipDate: isoDate.optional(),
    activityExemptionDate: isoDate.optional(),
    readmissionDate: isoDate.optional(),
    restorationDate: isoDate.optional(),
    /** Set when the person left the party (the exit record holds the type and decision). */
    exitDate: isoDate.optional(),

    // Employment
    isCadre: z.boolean(),
    occupationCode: optionalCode,
    occupationBeforeRecruitment: optionalText(300),
    recruitmentDate: optionalPartialDate,
    recruitmentAgency: optionalText(300),
    workplace: optionalText(300),
    currentPost: optionalText(300),
    currentPostCode: optionalCode,
    currentPostSince: optionalPartialDate,
    concurrentPosts: optionalText(500),
    partyPostCode: optionalCode,
    civilServiceGradeCode: optionalCode,
    salaryStep: optionalNumber(1, 20),
    salaryCoefficient: optionalNumber(1, 15),
    salaryEffectiveDate: optionalPartialDate,
    positionAllowance: optionalNumber(0, 3),

    // Qualifications
    generalEducationCode: optionalCode,
    professionalDegreeCode: optionalCode,
    professionalMajor: optionalText(200),
    academicTitleCode: optionalCode,
    academicTitleYear: optionalNumber(1950, 2200),
    /** The political theory certificate held, and the level recognised (they differ for some older certificates). */
    politicalTheoryCertificateCode: optionalCode,
    politicalTheoryCode: optionalCode,
    stateManagementCode: optionalCode,
    foreignLanguage: optionalText(100),
    foreignLanguageLevelCode: optionalCode,
    itLevelCode: optionalCode,
    ethnicMinorityLanguage: optionalText(100),

    // Benefits and policies
    policyFamilyCode: optionalCode,
    retirementDate: isoDate.optional(),

    // Restricted: personal political history, foreign relations, family economy
    politicalHistory: optionalText(4000),
    foreignRelations: optionalText(4000),
    familyEconomy: optionalText(4000),
  })
  .superRefine((person, context) => {
    const last = person.unitHistory[person.unitHistory.length - 1];
    if (last && last.unitId !== person.unitId) {
      context.addIssue({ code: 'custom', path: ['unitId'], message: 'validation.unitHistoryMismatch' });
    }
    if (person.admissionDate && isValidPartialDate(person.birthDate) && person.admissionDate < earliestDay(person.birthDate)) {
      context.addIssue({ code: 'custom', path: ['admissionDate'], message: 'validation.beforeBirth' });
    }
    if (person.fullMembershipDate && person.admissionDate && person.fullMembershipDate < person.admissionDate) {
      context.addIssue({ code: 'custom', path: ['fullMembershipDate'], message: 'validation.beforeAdmission' });
    }
  });
export type PersonFields = z.infer<typeof personSchema>;
export type Person = PersonFields & { readonly id: string };

export const personRecordType = defineRecordType({
  name: 'person',
  table: 'people',
  schema: personSchema,
  indexes: ['unitId', '_nameKey', 'partyCardNumber', 'citizenId', 'memberStatus', '[unitId+memberStatus]'],
  derive: (person) => ({ _nameKey: foldForSearch(person.fullName) }),
  check: (person, rules) => {
    const birthYear = Number(person.birthDate.slice(0, 4));
    const checks: [string, IdentifierCheck | undefined][] = [
      ['citizenId', person.citizenId === undefined ? undefined : checkCitizenId(person.citizenId, rules.identifiers, { birthYear, sex: person.sex })],
      ['partyCardNumber', person.partyCardNumber === undefined ? undefined : checkPartyCardNumber(person.partyCardNumber, rules.identifiers)],
      ['dossierNumber', person.dossierNumber === undefined ? undefined : checkDossierNumber(person.dossierNumber, rules.identifiers)],
    ];
    return checks.flatMap(([field, result]): FieldIssue[] => (result && !result.ok ? [{ field, messageKey: result.messageKey, params: result.params }] : []));
  },
  sensitiveFields: ['politicalHistory', 'foreignRelations', 'familyEconomy'],
});
