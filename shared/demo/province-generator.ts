/**
 * A realistic, deterministic province for demos, tests and benchmarks: a Phú Thọ-like hierarchy
 * (13 district-level committees, ~280 communes, ~850 grassroots organizations, ~3,000 cells) and its people,
 * with Vietnamese names, plausible dates and catalog codes. Same seed, same province, on every machine.
 * Records come out in chunks so that 300,000 people never sit in memory at once.
 */
import { earliestDay, type IsoDate } from '../dates/partial-date';
import type { RecordInput, RecordTypeName } from '../records/registry';
import type { MemberStatus, Sex } from '../people/person';
import { SeededRandom } from './random';
import { communeNames, phuThoDistricts, agencyKinds, largeAgencyNames } from './place-names';
import { vietnameseFullName } from './vietnamese-names';

export interface ProvinceOptions {
  readonly seed: number;
  readonly people: number;
  readonly districts?: number;
  readonly communes?: number;
  /** Grassroots organizations of agencies, schools and enterprises, besides the communes. */
  readonly agencies?: number;
  /** The day the data describes. */
  readonly asOf?: IsoDate;
  readonly root?: { readonly code: string; readonly name: string };
  /** Records per chunk handed to the loader. */
  readonly chunkSize?: number;
}

export interface GeneratedRecord<T extends RecordTypeName = RecordTypeName> {
  readonly type: T;
  readonly id: string;
  readonly fields: RecordInput<T>;
}

interface PeopleSlot {
  readonly unitId: string;
  readonly weight: number;
  readonly founded: IsoDate;
  readonly place: string;
}

const founded: IsoDate = '2010-01-01';

export const defaultProvinceShape = { districts: 13, communes: 280, agencies: 570 } as const;

const pad = (value: number, length: number) => String(value).padStart(length, '0');

function dateBetween(random: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return new Date(start + Math.floor(random.next() * Math.max(1, end - start))).toISOString().slice(0, 10);
}

function addYears(day: IsoDate, years: number): IsoDate {
  const shifted = `${pad(Number(day.slice(0, 4)) + years, 4)}${day.slice(4)}`;
  return shifted.endsWith('02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

/** Units first (few), then people in chunks. */
export function* generateProvince(options: ProvinceOptions): Generator<GeneratedRecord[]> {
  const random = new SeededRandom(options.seed);
  const asOf = options.asOf ?? '2025-12-31';
  const chunkSize = options.chunkSize ?? 5000;
  const { units, slots } = buildHierarchy(random, options);
  for (let index = 0; index < units.length; index += chunkSize) yield units.slice(index, index + chunkSize);

  const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
  const people = new PersonFactory(random, asOf);
  let chunk: GeneratedRecord[] = [];
  let made = 0;
  for (const [index, slot] of slots.entries()) {
    // The last slot takes the rounding remainder so the total is exact.
    const share = index === slots.length - 1 ? options.people - made : Math.round((options.people * slot.weight) / totalWeight);
    const count = Math.max(0, Math.min(share, options.people - made));
    for (let n = 0; n < count; n += 1) {
      chunk.push(people.make(slot));
      if (chunk.length === chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    made += count;
  }
  if (chunk.length > 0) yield chunk;
}

function unitRecord(random: SeededRandom, code: string, name: string, kind: string, isGrassroots: boolean, parentId: string | null): GeneratedRecord<'unit'> {
  return { type: 'unit', id: random.uuid(), fields: { code, periods: [{ from: founded, to: null, name, kind, isGrassroots, parentId }] } };
}

function buildHierarchy(random: SeededRandom, options: ProvinceOptions): { units: GeneratedRecord<'unit'>[]; slots: PeopleSlot[] } {
  const districtCount = Math.min(options.districts ?? defaultProvinceShape.districts, phuThoDistricts.length);
  const communeCount = options.communes ?? defaultProvinceShape.communes;
  const agencyCount = options.agencies ?? defaultProvinceShape.agencies;
  const root = unitRecord(random, options.root?.code ?? 'PT', options.root?.name ?? 'Đảng bộ tỉnh Phú Thọ', 'province-committee', false, null);
  const units: GeneratedRecord<'unit'>[] = [root];
  const slots: PeopleSlot[] = [];
  const rootCode = root.fields.code;
  const names = communeNames(random, communeCount);

  const districts = phuThoDistricts.slice(0, districtCount).map((district, index) => {
    const unit = unitRecord(random, `${rootCode}.${pad(index + 1, 2)}`, district.committee, 'district-committee', false, root.id);
    units.push(unit);
    // The committee's own agencies (office, commissions) form a small grassroots organization of their own.
    const office = unitRecord(random, `${unit.fields.code}.CQ`, `Chi bộ Cơ quan ${district.committee.replace('Đảng bộ ', '')}`, 'grassroots-cell', true, unit.id);
    units.push(office);
    slots.push({ unitId: office.id, weight: 1.5, founded, place: district.name });
    return { unit, name: district.name, communes: 0, agencies: 0 };
  });

  names.forEach((communeName, index) => {
    const district = districts[index % districts.length]!;
    district.communes += 1;
    const isWard = district.name === 'Việt Trì' || district.name === 'Phú Thọ';
    const commune = unitRecord(random, `${district.unit.fields.code}.X${pad(district.communes, 2)}`, `Đảng bộ ${isWard ? 'phường' : 'xã'} ${communeName}`, 'grassroots-committee', true, district.unit.id);
    units.push(commune);
    const cellCount = random.int(6, 12);
    for (let cell = 1; cell <= cellCount; cell += 1) {
      const cellName = isWard ? `Chi bộ Tổ dân phố ${cell}` : random.chance(0.5) ? `Chi bộ Khu ${cell}` : `Chi bộ Thôn ${cell}`;
      const unit = unitRecord(random, `${commune.fields.code}.${pad(cell, 2)}`, cellName, 'cell', false, commune.id);
      units.push(unit);
      slots.push({ unitId: unit.id, weight: 2.4, founded, place: `${isWard ? 'phường' : 'xã'} ${communeName}, ${district.name}` });
    }
  });

  for (let index = 0; index < agencyCount; index += 1) {
    const district = districts[index % districts.length]!;
    district.agencies += 1;
    const code = `${district.unit.fields.code}.CS${pad(district.agencies, 3)}`;
    if (random.chance(0.22)) {
      const name = `Đảng bộ ${random.pick(largeAgencyNames)} ${district.name}${district.agencies > largeAgencyNames.length ? ` ${district.agencies}` : ''}`;
      const committee = unitRecord(random, code, name, 'grassroots-committee', true, district.unit.id);
      units.push(committee);
      const cellCount = random.int(3, 6);
      for (let cell = 1; cell <= cellCount; cell += 1) {
        const unit = unitRecord(random, `${code}.${pad(cell, 2)}`, `Chi bộ ${random.pick(['Phòng', 'Khoa', 'Tổ', 'Phân xưởng'])} ${cell}`, 'cell', false, committee.id);
        units.push(unit);
        slots.push({ unitId: unit.id, weight: 1.6, founded, place: district.name });
      }
    } else {
      const kind = random.weighted(agencyKinds.map((agency) => [agency.prefix, agency.share] as const));
      const unit = unitRecord(random, code, `Chi bộ ${kind} ${district.name} ${district.agencies}`, 'grassroots-cell', true, district.unit.id);
      units.push(unit);
      slots.push({ unitId: unit.id, weight: 1, founded, place: district.name });
    }
  }
  return { units, slots };
}

/** People with the proportions of a provincial party organization. */
class PersonFactory {
  private cardNumber: number;
  private serial = 0;

  constructor(
    private readonly random: SeededRandom,
    private readonly asOf: IsoDate,
  ) {
    this.cardNumber = random.int(10_000_000, 30_000_000);
  }

  make(slot: PeopleSlot): GeneratedRecord<'person'> {
    const { random, asOf } = this;
    this.serial += 1;
    const sex: Sex = random.chance(0.62) ? 'male' : 'female';
    const status = random.weighted<MemberStatus>([['full', 91], ['probationary', 3.2], ['exited', 1.8], ['sympathizer', 1.3], ['outstanding-non-member', 1.2], ['non-member', 1.5]]);
    const age = random.weighted<readonly [number, number]>([[[18, 30], 12], [[31, 40], 22], [[41, 50], 20], [[51, 60], 18], [[61, 70], 14], [[71, 80], 9], [[81, 95], 5]]);
    const birthDate = dateBetween(random, addYears(asOf, -age[1] - 1), addYears(asOf, -age[0]));
    const birthYear = Number(birthDate.slice(0, 4));
    const isCadre = status !== 'exited' && age[0] < 61 && random.chance(0.28);
    const minority = random.weighted([['01', 84], ['04', 13], ['09', 1.4], ['13', 0.8], ['02', 0.5], ['07', 0.3]] as const);

    const fields: RecordInput<'person'> = {
      fullName: vietnameseFullName(random, sex),
      sex,
      birthDate: random.chance(0.04) ? birthDate.slice(0, 4) : birthDate,
      birthplace: slot.place,
      hometown: slot.place,
      permanentResidence: slot.place,
      currentResidence: slot.place,
      ethnicityCode: minority,
      religionCode: random.weighted([['99', 94], ['02', 4], ['01', 2]] as const),
      familyBackgroundCode: random.weighted([['peasant', 55], ['worker', 15], ['office-worker', 18], ['small-trader', 5], ['soldier', 7]] as const),
      memberStatus: status,
      unitId: slot.unitId,
      unitHistory: [{ unitId: slot.unitId, from: slot.founded, to: null }],
      isCadre,
      occupationCode: isCadre ? random.pick(['civil-servant', 'public-employee'] as const) : age[0] >= 61 ? 'retired' : random.weighted([['farmer', 45], ['worker', 15], ['self-employed', 15], ['business-owner', 5], ['armed-forces', 8], ['student', 2], ['other', 10]] as const),
      generalEducationCode: random.weighted([['12/12', 70], ['9/12', 12], ['10/10', 8], ['7/10', 4], ['12/12 BTVH', 6]] as const),
      professionalDegreeCode: isCadre ? random.weighted([['DH', 60], ['ThS', 20], ['CD', 8], ['TC', 10], ['TS', 2]] as const) : random.weighted([['none', 55], ['TC', 15], ['CD', 10], ['DH', 19], ['ThS', 1]] as const),
      politicalTheoryCode: isCadre ? random.weighted([['TC', 50], ['CC', 25], ['SC', 20], ['CN', 5]] as const) : random.weighted([['SC', 60], ['none', 30], ['TC', 10]] as const),
      stateManagementCode: isCadre ? random.weighted([['CV', 55], ['CVC', 20], ['CS', 10], ['none', 13], ['CVCC', 2]] as const) : undefined,
      phone: random.chance(0.8) ? `09${random.int(10_000_000, 99_999_999)}` : undefined,
    };

    if (random.chance(0.93)) {
      const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
      fields.citizenId = `025${centuryDigit}${String(birthYear).slice(2)}${pad(this.serial % 1_000_000, 6)}`;
    }
    if (isCadre) {
      fields.recruitmentDate = dateBetween(random, addYears(birthDate, 20), addYears(birthDate, 30) < asOf ? addYears(birthDate, 30) : asOf).slice(0, 7);
      fields.workplace = `Cơ quan tại ${slot.place}`;
      fields.currentPost = random.pick(['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Phó Chủ tịch UBND xã', 'Chủ tịch UBND xã', 'Công chức Văn phòng - Thống kê']);
      fields.civilServiceGradeCode = random.weighted([['01.003', 70], ['01.002', 15], ['01.004', 12], ['01.001', 3]] as const);
      fields.salaryStep = random.int(1, 8);
      fields.salaryCoefficient = Math.round((2.34 + (fields.salaryStep - 1) * 0.33) * 100) / 100;
      fields.salaryEffectiveDate = dateBetween(random, addYears(asOf, -3), asOf).slice(0, 7);
    }

    const everAdmitted = status === 'full' || status === 'probationary' || status === 'exited';
    if (everAdmitted) {
      const earliest = addYears(birthDate, 18);
      const latest = status === 'probationary' ? asOf : addYears(asOf, -1);
      const probationStart = addYears(asOf, -1) > earliest ? addYears(asOf, -1) : earliest;
      const admissionDate = status === 'probationary' ? dateBetween(random, probationStart, asOf) : dateBetween(random, earliest < latest ? earliest : addYears(latest, -1), latest);
      fields.admissionDecisionDate = admissionDate;
      fields.admissionDate = admissionDate;
      fields.firstIntroducer = vietnameseFullName(random, random.chance(0.6) ? 'male' : 'female');
      fields.secondIntroducer = vietnameseFullName(random, random.chance(0.6) ? 'male' : 'female');
      if (status !== 'probationary') fields.fullMembershipDate = addYears(admissionDate, 1);
      this.cardNumber += random.int(1, 40);
      fields.partyCardNumber = pad(this.cardNumber, 8);
      fields.dossierNumber = `${pad(this.serial, 6)}PT`;
      const memberSince = admissionDate > slot.founded ? admissionDate : slot.founded;
      fields.unitHistory = [{ unitId: slot.unitId, from: memberSince, to: null }];
      if (status === 'exited') {
        const firstDay = addYears(admissionDate, 1) < asOf ? addYears(admissionDate, 1) : admissionDate;
        fields.exitDate = dateBetween(random, firstDay, asOf);
      }
    }
    if (age[0] >= 61 && random.chance(0.3)) fields.activityExemptionDate = dateBetween(random, addYears(earliestDay(birthDate), 70) < asOf ? addYears(earliestDay(birthDate), 70) : addYears(asOf, -1), asOf);
    return { type: 'person', id: random.uuid(), fields };
  }
}
