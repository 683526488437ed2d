/**
 * What the home screen reminds an office of, each with the people behind it: appointment terms ending, probations
 * ending, members in transit past their 30 days, salary steps due, retirements coming, and candidates whose
 * awareness-course certificate ran out before the cell's vote (as the admission board reminds them, `reminderOf`).
 * Notice periods and the retirement age are data (`reminderRules`); salary step intervals come from the civil
 * service grade catalog.
 */
import { addDaysTo, addMonths, daysFrom, earliestDay, type IsoDate, type PartialDate } from '../dates/partial-date';
import { addWorkingDays } from '../dates/working-days';
import { membersInTransitOn, type SubtreeOptions } from './membership-queries';
import { appointmentTermsEndingWithin } from './cadre-queries';
import { termWarningWorkingDays } from '../movements/movement-service';
import { recordsOf } from './record-cache';
import { scopesOf } from './scope';
import { findEntry, type CatalogEntry } from '../catalogs/catalog';
import { unitOn } from '../people/membership';
import type { Person, Sex } from '../people/person';
import { reminderOf } from '../events/admission-service';
import type { AppDatabase } from '../storage/database';

export const reminderKinds = ['termsEnding', 'probationsEnding', 'transitOverdue', 'salaryStepsDue', 'retirementsComing', 'certificatesExpired'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const reminderRules = {
  salaryNoticeDays: 30,
  /** Retirement is announced six months ahead. */
  retirementNoticeMonths: 6,
  /**
   * Labour Code 2019, Decree 135/2020: from 2021 the retirement age rises each year by `stepMonths` from `baseMonths`
   * until it reaches `capMonths` (men 60 years 3 months in 2021 up to 62 in 2028; women 55 years 4 months up to 60 in 2035).
   */
  retirementAge: { firstYear: 2021, male: { baseMonths: 720, stepMonths: 3, capMonths: 744 }, female: { baseMonths: 660, stepMonths: 4, capMonths: 720 } },
} as const;

/** What reminders read of a person. */
export type ReminderPerson = Pick<Person, 'id' | 'fullName' | 'sex' | 'birthDate' | 'isCadre' | 'memberStatus' | 'unitHistory' | 'civilServiceGradeCode' | 'salaryStep' | 'salaryEffectiveDate' | 'retirementDate'>;

export interface ReminderEntry {
  readonly personId: string;
  readonly fullName: string;
  readonly unitId: string | undefined;
  readonly dueOn: IsoDate;
  /** The date has passed and the work is not done. */
  readonly overdue: boolean;
}

export type Reminders = Readonly<Record<ReminderKind, readonly ReminderEntry[]>>;

/** The last day of the month in which the person reaches the retirement age in force that year; undefined without a birth month. */
export function retirementDateOf(sex: Sex, birthDate: PartialDate): IsoDate | undefined {
  if (birthDate.length < 7) return undefined;
  const born = earliestDay(birthDate);
  const { firstYear, ...bySex } = reminderRules.retirementAge;
  const rule = bySex[sex];
  for (let months = rule.baseMonths; months <= rule.capMonths; months += 1) {
    const reached = addMonths(born, months);
    const year = Number(reached.slice(0, 4));
    const required = year < firstYear ? rule.baseMonths : Math.min(rule.capMonths, rule.baseMonths + rule.stepMonths * (year - firstYear + 1));
    if (months >= required) return addDaysTo(addMonths(`${reached.slice(0, 7)}-01`, 1), -1);
  }
  return undefined;
}

/** When the next salary step is due: the grade's interval after the current step took effect; none at the grade's last step. */
export function nextSalaryStepOn(person: Pick<Person, 'civilServiceGradeCode' | 'salaryStep' | 'salaryEffectiveDate'>, catalog: readonly CatalogEntry[]): IsoDate | undefined {
  if (!person.civilServiceGradeCode || person.salaryStep === undefined || !person.salaryEffectiveDate) return undefined;
  const attributes = findEntry(catalog, 'civilServiceGrade', person.civilServiceGradeCode)?.attributes;
  const interval = attributes?.stepIntervalYears;
  const steps = attributes?.salaryStepCount;
  if (typeof interval !== 'number' || typeof steps !== 'number' || person.salaryStep >= steps) return undefined;
  return addMonths(earliestDay(person.salaryEffectiveDate), interval * 12);
}

/**
 * The reminders of a subtree on a day. `eachPerson` visits everyone (the report worker keeps them in memory);
 * only people whose unit on the day lies in the subtree count, and only those still in the party or in service.
 */
export async function remindersOn(db: AppDatabase, day: IsoDate, eachPerson: (visit: (person: ReminderPerson) => void) => Promise<void>, options: SubtreeOptions & { readonly catalog: readonly CatalogEntry[] }): Promise<Reminders> {
  const scope = await scopesOf(db, options)?.on(day);
  const inScope = (unitId: string | undefined) => scope === undefined || (unitId !== undefined && scope.unitIds.has(unitId));
  const names = new Map<string, { fullName: string; unitId: string | undefined }>();
  const salary: ReminderEntry[] = [];
  const retirement: ReminderEntry[] = [];
  const salaryHorizon = addDaysTo(day, reminderRules.salaryNoticeDays);
  const retirementHorizon = addMonths(day, reminderRules.retirementNoticeMonths);
  await eachPerson((person) => {
    const unitId = unitOn(person, day);
    if (!inScope(unitId) || person.memberStatus === 'exited') return;
    names.set(person.id, { fullName: person.fullName, unitId });
    if (!person.isCadre) return;
    const entry = (dueOn: IsoDate) => ({ personId: person.id, fullName: person.fullName, unitId, dueOn, overdue: dueOn < day });
    const stepOn = nextSalaryStepOn(person, options.catalog);
    if (stepOn !== undefined && stepOn <= salaryHorizon) salary.push(entry(stepOn));
    const retiresOn = person.retirementDate ?? retirementDateOf(person.sex, person.birthDate);
    if (retiresOn !== undefined && retiresOn >= day && retiresOn <= retirementHorizon) retirement.push(entry(retiresOn));
  });
  const named = (personId: string, dueOn: IsoDate): ReminderEntry[] => {
    const person = names.get(personId);
    return person ? [{ personId, ...person, dueOn, overdue: dueOn < day }] : [];
  };

  // The movements screen's own notice: the reminder and the list it opens agree.
  const termHorizon = addWorkingDays(day, termWarningWorkingDays);
  const terms = (await appointmentTermsEndingWithin(db, day, daysFrom(day, termHorizon), options)).flatMap((ending) => named(ending.personId, ending.termEndDate));
  const transit = (await membersInTransitOn(db, day, options)).filter((member) => member.overdue).flatMap((member) => named(member.personId, member.transfer.presentBy));
  const probations: ReminderEntry[] = [];
  const certificates: ReminderEntry[] = [];
  for (const admission of await recordsOf(db, options.records, { type: 'admissionCase' })) {
    if (!inScope(admission.unitId)) continue;
    const reminder = reminderOf(admission, day);
    if ((reminder === 'probationEnding' || reminder === 'probationOver') && admission.probationEndsOn) probations.push(...named(admission.personId, admission.probationEndsOn));
    if (reminder === 'certificateExpired' && admission.awarenessCertificateExpiresOn) certificates.push(...named(admission.personId, admission.awarenessCertificateExpiresOn));
  }
  const byDue = (entries: ReminderEntry[]) => entries.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.fullName.localeCompare(b.fullName, 'vi'));
  return {
    termsEnding: byDue(terms),
    probationsEnding: byDue(probations),
    transitOverdue: byDue(transit),
    salaryStepsDue: byDue(salary),
    retirementsComing: byDue(retirement),
    certificatesExpired: byDue(certificates),
  };
}
