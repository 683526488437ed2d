/**
 * What a printed form shows for each of its sources, read from a person's dossier. Forms are Vietnamese documents
 * whatever language the app is shown in, so their values (sex, modes, levels) are always the Vietnamese texts.
 */
import { findEntry, type CatalogEntry, type CatalogName } from '../../../shared/catalogs/catalog';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { HistoryRow, PersonDossier, RestrictedValues, UnitSummary } from '../../../shared/people/person-service';
import { translate } from '../../../shared/i18n/translate';
import type { FieldSource, TableColumn, TableSource } from './form-templates';

export interface PrintContext {
  readonly dossier: PersonDossier;
  /** Empty until the user asks to see them (then read through the restricted-fields door). */
  readonly restricted: RestrictedValues;
  readonly catalogs: readonly CatalogEntry[];
}

const vi = (key: string) => translate('vi', key);
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const date = (value: string | undefined) => (value ? formatPartialDate(value) : '');
const monthYear = (value: string | undefined) => (value ? formatPartialDate(value.slice(0, 7)) : '');
const joined = (separator: string, ...parts: (string | undefined)[]) => parts.filter((part) => part !== undefined && part !== '').join(separator);

function named(context: PrintContext, catalog: CatalogName, code: string | undefined): string {
  return code ? (findEntry(context.catalogs, catalog, code)?.name ?? code) : '';
}

function rowsOf<K extends HistoryRow['kind']>(context: PrintContext, kind: K): Extract<HistoryRow, { kind: K }>[] {
  return context.dossier.histories[kind] as Extract<HistoryRow, { kind: K }>[];
}

/** The units above the person's, as the form headers name them: the top, the district level, the grassroots, the cell. */
function unitLevels(path: readonly UnitSummary[]) {
  const grassrootsIndex = path.findIndex((unit) => unit.isGrassroots);
  const top = path[0];
  const grassroots = grassrootsIndex >= 0 ? path[grassrootsIndex] : undefined;
  const between = grassrootsIndex > 1 ? path[1] : undefined;
  const below = grassrootsIndex >= 0 && grassrootsIndex < path.length - 1 ? path[path.length - 1] : undefined;
  return { top: top?.name ?? '', direct: between?.name ?? '', grassroots: grassroots?.name ?? '', cell: below?.name ?? '' };
}

function latestHealth(context: PrintContext) {
  const rows = rowsOf(context, 'health');
  return rows[rows.length - 1];
}

/** The highest party badge (30 to 90 years of membership) among the person's commendations. */
function partyBadge(context: PrintContext): string {
  const badges = context.dossier.commendations
    .map((commendation) => findEntry(context.catalogs, 'awardForm', commendation.formCode))
    .filter((entry) => entry?.attributes?.kind === 'partyBadge');
  const highest = badges.sort((a, b) => Number(b?.attributes?.years ?? 0) - Number(a?.attributes?.years ?? 0))[0];
  return highest?.name ?? '';
}

const fieldValues: Readonly<Record<FieldSource, (context: PrintContext) => string>> = {
  blank: () => '',
  province: (c) => unitLevels(c.dossier.unitPath).top,
  directUnit: (c) => unitLevels(c.dossier.unitPath).direct,
  grassrootsUnit: (c) => unitLevels(c.dossier.unitPath).grassroots,
  cell: (c) => unitLevels(c.dossier.unitPath).cell,
  fullNameCaps: (c) => c.dossier.person.fullName.toLocaleUpperCase('vi'),
  otherNames: (c) => c.dossier.person.otherNames ?? '',
  birthDate: (c) => date(c.dossier.person.birthDate),
  sex: (c) => vi(`person.sex.${c.dossier.person.sex}`),
  birthplace: (c) => c.dossier.person.birthplace ?? '',
  hometown: (c) => c.dossier.person.hometown ?? '',
  ethnicity: (c) => named(c, 'ethnicity', c.dossier.person.ethnicityCode),
  religion: (c) => named(c, 'religion', c.dossier.person.religionCode),
  familyBackground: (c) => named(c, 'familyBackground', c.dossier.person.familyBackgroundCode),
  permanentResidence: (c) => c.dossier.person.permanentResidence ?? '',
  currentResidence: (c) => c.dossier.person.currentResidence ?? '',
  phone: (c) => c.dossier.person.phone ?? '',
  occupation: (c) => joined(', ', named(c, 'occupation', c.dossier.person.occupationCode), c.dossier.person.currentPost),
  occupationBeforeRecruitment: (c) => c.dossier.person.occupationBeforeRecruitment ?? '',
  recruitmentDate: (c) => date(c.dossier.person.recruitmentDate),
  recruitmentAgency: (c) => c.dossier.person.recruitmentAgency ?? '',
  currentPosts: (c) => joined('; ', named(c, 'partyPost', c.dossier.person.partyPostCode), c.dossier.person.currentPost, c.dossier.person.concurrentPosts),
  workplace: (c) => c.dossier.person.workplace ?? '',
  civilServiceGrade: (c) => named(c, 'civilServiceGrade', c.dossier.person.civilServiceGradeCode),
  civilServiceGradeCode: (c) => c.dossier.person.civilServiceGradeCode ?? '',
  salaryStep: (c) => (c.dossier.person.salaryStep === undefined ? '' : String(c.dossier.person.salaryStep)),
  salaryCoefficient: (c) => (c.dossier.person.salaryCoefficient === undefined ? '' : numberFormat.format(c.dossier.person.salaryCoefficient)),
  salaryEffectiveDate: (c) => date(c.dossier.person.salaryEffectiveDate),
  positionAllowance: (c) => (c.dossier.person.positionAllowance === undefined ? '' : numberFormat.format(c.dossier.person.positionAllowance)),
  generalEducation: (c) => named(c, 'generalEducation', c.dossier.person.generalEducationCode),
  professionalDegree: (c) => joined(' – ', named(c, 'professionalDegree', c.dossier.person.professionalDegreeCode), c.dossier.person.professionalMajor),
  academicTitle: (c) => joined(' ', named(c, 'academicTitle', c.dossier.person.academicTitleCode), c.dossier.person.academicTitleYear === undefined ? undefined : `(${c.dossier.person.academicTitleYear})`),
  politicalTheory: (c) => {
    const recognised = named(c, 'politicalTheory', c.dossier.person.politicalTheoryCode);
    const certificate = named(c, 'politicalTheory', c.dossier.person.politicalTheoryCertificateCode);
    return certificate && certificate !== recognised ? joined(' ', recognised, `(${certificate})`) : recognised;
  },
  stateManagement: (c) => named(c, 'stateManagement', c.dossier.person.stateManagementCode),
  foreignLanguage: (c) => joined(' – ', c.dossier.person.foreignLanguage, named(c, 'foreignLanguageLevel', c.dossier.person.foreignLanguageLevelCode)),
  itLevel: (c) => named(c, 'itLevel', c.dossier.person.itLevelCode),
  ethnicMinorityLanguage: (c) => c.dossier.person.ethnicMinorityLanguage ?? '',
  admissionDate: (c) => date(c.dossier.person.admissionDate),
  admissionUnit: (c) => {
    const first = c.dossier.person.unitHistory[0];
    return c.dossier.person.admissionDate && first ? (c.dossier.units.get(first.unitId)?.name ?? '') : '';
  },
  fullMembershipDate: (c) => date(c.dossier.person.fullMembershipDate),
  firstIntroducer: (c) => c.dossier.person.firstIntroducer ?? '',
  secondIntroducer: (c) => c.dossier.person.secondIntroducer ?? '',
  readmissionDate: (c) => date(c.dossier.person.readmissionDate),
  restorationDate: (c) => date(c.dossier.person.restorationDate),
  activityExemptionDate: (c) => date(c.dossier.person.activityExemptionDate),
  commendations: (c) => c.dossier.commendations.map((item) => `${named(c, 'awardForm', item.formCode)} (${item.decision.date.slice(0, 4)})`).join('; '),
  disciplines: (c) =>
    c.dossier.disciplines
      .map((item) => `${named(c, item.system === 'party' ? 'partyDisciplineForm' : 'stateDisciplineForm', item.formCode)} (${item.decision.date.slice(0, 4)}): ${item.reason}`)
      .join('; '),
  partyBadge,
  healthStatus: (c) => named(c, 'healthStatus', latestHealth(c)?.healthStatusCode),
  height: (c) => {
    const height = latestHealth(c)?.heightCm;
    return height === undefined ? '' : `${numberFormat.format(height)} cm`;
  },
  weight: (c) => {
    const weight = latestHealth(c)?.weightKg;
    return weight === undefined ? '' : `${numberFormat.format(weight)} kg`;
  },
  bloodGroup: (c) => named(c, 'bloodGroup', latestHealth(c)?.bloodGroupCode),
  policyFamily: (c) =>
    joined(
      '; ',
      named(c, 'policyFamily', c.dossier.person.policyFamilyCode),
      ...rowsOf(c, 'policy').map((row) => joined(': ', named(c, 'policyFamily', row.policyFamilyCode), row.detail)),
    ),
  citizenId: (c) => c.dossier.person.citizenId ?? '',
  citizenIdIssuedOn: (c) => date(c.dossier.person.citizenIdIssuedOn),
  citizenIdIssuedBy: (c) => c.dossier.person.citizenIdIssuedBy ?? '',
  socialInsuranceNumber: (c) => c.dossier.person.socialInsuranceNumber ?? '',
  dossierNumber: (c) => c.dossier.person.dossierNumber ?? '',
  partyCardNumber: (c) => c.dossier.person.partyCardNumber ?? '',
  politicalHistory: (c) => c.restricted.politicalHistory ?? '',
  foreignRelations: (c) => c.restricted.foreignRelations ?? '',
  familyEconomy: (c) => c.restricted.familyEconomy ?? '',
};

export function fieldValue(context: PrintContext, source: FieldSource): string {
  return fieldValues[source](context);
}

type Rows<T extends TableSource> = (context: PrintContext) => Record<TableColumn<T>, string>[];

const span = (from: string | undefined, to: string | undefined) => `${monthYear(from)} – ${to ? monthYear(to) : vi('printForms.untilNow')}`;

function familyRows(side: 'own' | 'spouse'): Rows<'familyOwn'> {
  return (c) =>
    rowsOf(c, 'family')
      .filter((row) => row.side === side)
      .map((row) => ({
        relation: row.relation,
        fullName: row.fullName,
        birthYear: row.birthYear === undefined ? '' : String(row.birthYear),
        details: joined('; ', row.hometown, row.occupation, row.residence, row.memberships),
      }));
}

const tableRows: { readonly [T in TableSource]: Rows<T> } = {
  training: (c) =>
    rowsOf(c, 'training').map((row) => ({
      school: row.school,
      major: row.major ?? '',
      span: span(row.from, row.to),
      mode: row.mode ? vi(`person.trainingMode.${row.mode}`) : '',
      certificate: row.certificate ?? '',
    })),
  work: (c) => rowsOf(c, 'work').map((row) => ({ span: span(row.from, row.to), postAndWorkplace: joined(', ', row.post, row.workplace) })),
  familyOwn: familyRows('own'),
  familySpouse: familyRows('spouse'),
  salary: (c) =>
    rowsOf(c, 'salary').map((row) => ({
      monthYear: monthYear(row.effectiveDate),
      gradeAndStep: `${row.civilServiceGradeCode}/${row.salaryStep}`,
      coefficient: numberFormat.format(row.salaryCoefficient),
    })),
  commendations: (c) =>
    c.dossier.commendations.map((item) => ({
      monthYear: monthYear(item.decision.date),
      reasonAndForm: joined(': ', named(c, 'awardForm', item.formCode), item.reason),
      level: joined(', ', vi(`person.level.${item.issuingLevel}`), item.decision.signedBy),
    })),
  disciplines: (c) =>
    c.dossier.disciplines.map((item) => ({
      monthYear: monthYear(item.decision.date),
      reasonAndForm: joined(': ', named(c, item.system === 'party' ? 'partyDisciplineForm' : 'stateDisciplineForm', item.formCode), item.reason),
      level: item.decision.signedBy ?? '',
    })),
};

/** The rows of one of a form's tables, each a cell per column the table offers. */
export function tableValues<T extends TableSource>(context: PrintContext, source: T): Record<TableColumn<T>, string>[] {
  return tableRows[source](context);
}
