/**
 * What the person page shows in each tab, and how each field is typed. The tabs follow the sections of the CV
 * and the party dossier; which fields exist, and their catalogs, come from shared/people.
 */
import { familySides, trainingModes, type PersonHistoryKind, type personHistoryFields } from '../../../shared/people/person-history';
import { memberStatuses, sexes, type PersonFields } from '../../../shared/people/person';
import { historyFieldCatalogs, personFieldCatalogs, type RestrictedField } from '../../../shared/people/person-service';
import {
  booleanInput,
  catalogInput,
  choiceInput,
  dateInput,
  longText,
  numberInput,
  partialDateInput,
  text,
  unitInput,
  type FieldInput,
} from './form-values';

export const personTabs = [
  'identity',
  'party',
  'work',
  'qualifications',
  'training',
  'workHistory',
  'salary',
  'family',
  'awards',
  'evaluations',
  'planning',
  'health',
  'history',
] as const;
export type PersonTab = (typeof personTabs)[number];

function catalogInputs<F extends string>(catalogs: Readonly<Record<F, Parameters<typeof catalogInput>[0]>>): Record<F, FieldInput> {
  return Object.fromEntries(Object.entries(catalogs).map(([field, catalog]) => [field, catalogInput(catalog as Parameters<typeof catalogInput>[0])])) as Record<F, FieldInput>;
}

/** Fields of the person record the page never edits as such: the unit history moves with transfers, the photo has its own box. */
type ManagedElsewhere = 'unitHistory' | 'photoId';
export type PersonFieldName = Exclude<keyof PersonFields, ManagedElsewhere>;

export const personInputs: Readonly<Record<PersonFieldName, FieldInput>> = {
  ...catalogInputs(personFieldCatalogs),
  fullName: text,
  otherNames: text,
  sex: choiceInput(sexes, 'person.sex'),
  birthDate: partialDateInput,
  birthplace: text,
  hometown: text,
  permanentResidence: text,
  currentResidence: text,
  citizenId: text,
  citizenIdIssuedOn: dateInput,
  citizenIdIssuedBy: text,
  socialInsuranceNumber: text,
  phone: text,
  memberStatus: choiceInput(memberStatuses, 'person.memberStatus'),
  unitId: unitInput,
  dossierNumber: text,
  partyCardNumber: text,
  partyCardIssuedOn: dateInput,
  admissionDecisionDate: dateInput,
  admissionDate: dateInput,
  firstIntroducer: text,
  secondIntroducer: text,
  fullMembershipDate: dateInput,
  activityExemptionDate: dateInput,
  readmissionDate: dateInput,
  restorationDate: dateInput,
  exitDate: dateInput,
  isCadre: booleanInput,
  occupationBeforeRecruitment: text,
  recruitmentDate: partialDateInput,
  recruitmentAgency: text,
  workplace: text,
  currentPost: text,
  currentPostSince: partialDateInput,
  concurrentPosts: text,
  salaryStep: numberInput,
  salaryCoefficient: numberInput,
  salaryEffectiveDate: partialDateInput,
  positionAllowance: numberInput,
  professionalMajor: text,
  academicTitleYear: numberInput,
  foreignLanguage: text,
  ethnicMinorityLanguage: text,
  retirementDate: dateInput,
  politicalHistory: longText,
  foreignRelations: longText,
  familyEconomy: longText,
};

export interface FieldGroup {
  /** Shown, never edited here: standing in the party and the unit change through admission, transfer and exit records. */
  readonly readOnly: readonly PersonFieldName[];
  readonly editable: readonly Exclude<PersonFieldName, RestrictedField>[];
}

/** The person record's own fields in each tab that has some. */
export const personFieldGroups: Partial<Record<PersonTab, FieldGroup>> = {
  identity: {
    readOnly: [],
    editable: [
      'fullName',
      'otherNames',
      'sex',
      'birthDate',
      'birthplace',
      'hometown',
      'permanentResidence',
      'currentResidence',
      'ethnicityCode',
      'religionCode',
      'familyBackgroundCode',
      'citizenId',
      'citizenIdIssuedOn',
      'citizenIdIssuedBy',
      'socialInsuranceNumber',
      'phone',
    ],
  },
  party: {
    readOnly: ['memberStatus', 'unitId'],
    editable: [
      'dossierNumber',
      'partyCardNumber',
      'partyCardIssuedOn',
      'admissionDecisionDate',
      'admissionDate',
      'firstIntroducer',
      'secondIntroducer',
      'fullMembershipDate',
      'activityExemptionDate',
      'readmissionDate',
      'restorationDate',
      'exitDate',
    ],
  },
  work: {
    readOnly: [],
    editable: [
      'isCadre',
      'occupationCode',
      'occupationBeforeRecruitment',
      'recruitmentDate',
      'recruitmentAgency',
      'workplace',
      'currentPost',
      'currentPostCode',
      'currentPostSince',
      'concurrentPosts',
      'partyPostCode',
    ],
  },
  qualifications: {
    readOnly: [],
    editable: [
      'generalEducationCode',
      'professionalDegreeCode',
      'professionalMajor',
      'academicTitleCode',
      'academicTitleYear',
      'politicalTheoryCertificateCode',
      'politicalTheoryCode',
      'stateManagementCode',
      'foreignLanguage',
      'foreignLanguageLevelCode',
      'itLevelCode',
      'ethnicMinorityLanguage',
    ],
  },
  salary: { readOnly: [], editable: ['civilServiceGradeCode', 'salaryStep', 'salaryCoefficient', 'salaryEffectiveDate', 'positionAllowance'] },
  health: { readOnly: [], editable: ['policyFamilyCode', 'retirementDate'] },
};

/** The dated tables in each tab. */
export const historyTabs: Partial<Record<PersonTab, readonly PersonHistoryKind[]>> = {
  work: ['partyPost'],
  training: ['training'],
  workHistory: ['work'],
  salary: ['salary'],
  family: ['family'],
  health: ['health', 'policy'],
};

type HistoryFieldName = keyof typeof personHistoryFields;
/** Set by the movement that wrote a work row, never typed. */
type HistoryFieldEdited = Exclude<HistoryFieldName, 'movementId'>;

export const historyInputs: Readonly<Record<HistoryFieldEdited, FieldInput>> = {
  ...catalogInputs(historyFieldCatalogs),
  from: partialDateInput,
  to: partialDateInput,
  school: text,
  major: text,
  mode: choiceInput(trainingModes, 'person.trainingMode'),
  certificate: text,
  post: text,
  workplace: text,
  unitId: unitInput,
  effectiveDate: partialDateInput,
  salaryStep: numberInput,
  salaryCoefficient: numberInput,
  positionAllowance: numberInput,
  side: choiceInput(familySides, 'person.familySide'),
  relation: text,
  fullName: text,
  birthYear: numberInput,
  hometown: text,
  occupation: text,
  residence: text,
  memberships: text,
  date: partialDateInput,
  heightCm: numberInput,
  weightKg: numberInput,
  detail: longText,
};

/** The columns of each dated table, in the order the forms print them. */
export const historyColumns: Readonly<Record<PersonHistoryKind, readonly HistoryFieldEdited[]>> = {
  training: ['from', 'to', 'school', 'major', 'mode', 'certificate'],
  work: ['from', 'to', 'post', 'workplace', 'unitId'],
  salary: ['effectiveDate', 'civilServiceGradeCode', 'salaryStep', 'salaryCoefficient', 'positionAllowance'],
  family: ['side', 'relation', 'fullName', 'birthYear', 'hometown', 'occupation', 'residence', 'memberships'],
  partyPost: ['partyPostCode', 'unitId', 'from', 'to'],
  health: ['date', 'healthStatusCode', 'heightCm', 'weightKg', 'bloodGroupCode'],
  policy: ['policyFamilyCode', 'from', 'detail'],
};

/** The inputs of one kind's row form. */
export function historyInputsOf(kind: PersonHistoryKind): Record<string, FieldInput> {
  return Object.fromEntries(historyColumns[kind].map((field) => [field, historyInputs[field]]));
}

export function personInputsOf(fields: readonly PersonFieldName[]): Record<string, FieldInput> {
  return Object.fromEntries(fields.map((field) => [field, personInputs[field]]));
}
