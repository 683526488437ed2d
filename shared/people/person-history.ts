import { z } from 'zod';
import { partialDate } from '../dates/partial-date';
import { catalogCode, optionalText, recordId, text } from '../records/common-fields';
import { defineRecordType } from '../records/record-type';
import { checkNotBefore, wholeNumber } from '../events/event-fields';

/**
 * One row of one of a person's dated tables: training, work, salary, family members, party posts, health, policy.
 *
 * The kinds are a discriminated union on `kind`, but the registry needs one `ZodObject` (the write path reads
 * `schema.shape` and merges updates field by field), so the union is kept flat: every field of every kind is listed
 * once in `personHistoryFields`, `personHistoryKindFields` says which of them each kind requires and allows, and the
 * schema checks that table. `PersonHistoryEntry` is the union type to narrow on `kind` once a record is parsed.
 */
export const personHistoryKinds = ['training', 'work', 'salary', 'family', 'partyPost', 'health', 'policy'] as const;
export type PersonHistoryKind = (typeof personHistoryKinds)[number];

/** How a course was attended: chính quy, tại chức, chuyên tu, bồi dưỡng, từ xa, vừa làm vừa học, liên thông. */
export const trainingModes = ['full-time', 'in-service', 'intensive', 'short-course', 'distance', 'work-study', 'bridging', 'other'] as const;
export type TrainingMode = (typeof trainingModes)[number];

export const familySides = ['own', 'spouse'] as const;
export type FamilySide = (typeof familySides)[number];

/**
 * Every field any kind uses, each with the one rule it has wherever it appears. Texts a kind never requires are
 * `optionalText` (an emptied input is accepted, as on the person record); the others are required where listed.
 */
export const personHistoryFields = {
  // Spans (training, work, party posts, policy)
  from: partialDate,
  to: partialDate,
  // Training
  school: text(300),
  major: optionalText(200),
  mode: z.enum(trainingModes, { message: 'validation.chooseOne' }),
  /** The diploma or certificate obtained ("Cử nhân Luật", "Chứng chỉ B tiếng Anh"). */
  certificate: optionalText(200),
  // Work
  post: text(300),
  workplace: text(300),
  /** The party or organization unit, when the workplace is one of ours (work rows, party posts). */
  unitId: recordId,
  /** The rotation/appointment record that wrote this work row, if any. */
  movementId: recordId,
  // Salary
  effectiveDate: partialDate,
  civilServiceGradeCode: catalogCode,
  salaryStep: wholeNumber(1, 20),
  salaryCoefficient: z.number({ message: 'validation.number' }).min(1, 'validation.tooSmall').max(15, 'validation.tooLarge'),
  positionAllowance: z.number({ message: 'validation.number' }).min(0, 'validation.tooSmall').max(3, 'validation.tooLarge'),
  // Family
  side: z.enum(familySides, { message: 'validation.chooseOne' }),
  /** As the forms write it: "Bố đẻ", "Mẹ vợ", "Con". */
  relation: text(60),
  fullName: text(120),
  birthYear: wholeNumber(1850, 2200),
  hometown: optionalText(300),
  occupation: optionalText(300),
  residence: optionalText(300),
  /** Party and mass-organization membership, as the forms write it. */
  memberships: optionalText(300),
  // Party posts
  partyPostCode: catalogCode,
  // Health
  date: partialDate,
  healthStatusCode: catalogCode,
  heightCm: z.number({ message: 'validation.number' }).min(50, 'validation.tooSmall').max(250, 'validation.tooLarge'),
  weightKg: z.number({ message: 'validation.number' }).min(20, 'validation.tooSmall').max(300, 'validation.tooLarge'),
  bloodGroupCode: catalogCode,
  // Policy (war invalid, martyr's family, policy family)
  policyFamilyCode: catalogCode,
  detail: optionalText(1000),
};
type FieldName = keyof typeof personHistoryFields;

/** What each kind requires and what else it allows; any other field given is refused with `validation.notForKind`. */
export const personHistoryKindFields = {
  training: { required: ['from', 'school'], optional: ['to', 'major', 'mode', 'certificate'] },
  work: { required: ['from', 'post', 'workplace'], optional: ['to', 'unitId', 'movementId'] },
  salary: { required: ['effectiveDate', 'civilServiceGradeCode', 'salaryStep', 'salaryCoefficient'], optional: ['positionAllowance'] },
  family: { required: ['side', 'relation', 'fullName'], optional: ['birthYear', 'hometown', 'occupation', 'residence', 'memberships'] },
  partyPost: { required: ['partyPostCode', 'unitId', 'from'], optional: ['to'] },
  health: { required: ['date', 'healthStatusCode'], optional: ['heightCm', 'weightKg', 'bloodGroupCode'] },
  policy: { required: ['policyFamilyCode'], optional: ['detail', 'from'] },
} as const satisfies Record<PersonHistoryKind, { readonly required: readonly FieldName[]; readonly optional: readonly FieldName[] }>;

type Fields = typeof personHistoryFields;
type OptionalFields = { [K in FieldName]: z.ZodOptional<Fields[K]> };
const optionalFields = Object.fromEntries(Object.entries(personHistoryFields).map(([name, schema]) => [name, schema.optional()])) as OptionalFields;

/** The message each field gives when it is missing, e.g. `validation.chooseOne` for a code, `validation.required` for a text. */
const missingMessage = Object.fromEntries(
  Object.entries(personHistoryFields).map(([name, schema]) => [name, schema.safeParse(undefined).error?.issues[0]?.message ?? 'validation.required']),
) as Record<FieldName, string>;

export const personHistorySchema = z
  .object({
    personId: recordId,
    kind: z.enum(personHistoryKinds, { message: 'validation.chooseOne' }),
    ...optionalFields,
  })
  .superRefine((entry, context) => {
    if (!Object.hasOwn(personHistoryKindFields, entry.kind)) return; // an unknown kind is reported on `kind` already
    const { required, optional } = personHistoryKindFields[entry.kind];
    const allowed = new Set<FieldName>([...required, ...optional]);
    for (const field of required) {
      if (entry[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: missingMessage[field] });
    }
    for (const field of Object.keys(personHistoryFields) as FieldName[]) {
      if (!allowed.has(field) && entry[field] !== undefined) context.addIssue({ code: 'custom', path: [field], message: 'validation.notForKind' });
    }
    if (allowed.has('to')) checkNotBefore(context, ['to'], entry.from, entry.to);
  });

export type PersonHistoryFields = z.output<typeof personHistorySchema>;

type FieldValues = { [K in FieldName]: z.output<Fields[K]> };
type KindFields = typeof personHistoryKindFields;
type EntryOf<K extends PersonHistoryKind> = { readonly kind: K; readonly personId: string } & Pick<FieldValues, KindFields[K]['required'][number]> &
  Partial<Pick<FieldValues, KindFields[K]['optional'][number]>>;
/** A parsed history row, narrowed by its kind. */
export type PersonHistoryEntry = { [K in PersonHistoryKind]: EntryOf<K> }[PersonHistoryKind];

/** A parsed (flat) record seen as the union it is: the schema has made sure each kind's required fields are there. */
export function asPersonHistoryEntry(record: PersonHistoryFields & { readonly id: string }): PersonHistoryEntry & { readonly id: string };
export function asPersonHistoryEntry(record: PersonHistoryFields): PersonHistoryEntry;
export function asPersonHistoryEntry(record: PersonHistoryFields): PersonHistoryEntry {
  return record as unknown as PersonHistoryEntry;
}

/** The date a row is ordered by in its table: its start, its effective date, or its examination date ('' when unknown). */
export function historyStart(entry: PersonHistoryFields): string {
  return entry.from ?? entry.effectiveDate ?? entry.date ?? '';
}

export const personHistoryRecordType = defineRecordType({
  name: 'personHistory',
  table: 'personHistories',
  schema: personHistorySchema,
  indexes: ['personId', '[personId+kind]', 'kind', 'unitId', 'movementId'],
});
