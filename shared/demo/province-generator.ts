/**
 * A realistic, deterministic province for demos, tests and benchmarks: a Phú Thọ-like hierarchy
 * (13 district-level committees, ~280 communes, ~850 grassroots organizations, ~3,000 cells) and its people,
 * with Vietnamese names, plausible dates and catalog codes; around them the administrative units, residential
 * areas and non-state enterprises, the dated histories of cadres, and one year of life events for the year of
 * `asOf`. Same seed, same province, on every machine.
 *
 * Records come out in chunks so that 300,000 people never sit in memory at once, and every record comes after
 * the records it points at: administrative units, party units, residential areas, standards and training plans,
 * then people slot by slot, each slot's people followed by their histories and events, then enterprises and the
 * events that need the whole year (organization ratings, planning, commendations).
 */
import { earliestDay, type IsoDate } from '../dates/partial-date';
import type { RecordInput, RecordTypeName } from '../records/registry';
import type { MemberStatus, Sex } from '../people/person';
import { isMemberOn, unitOn } from '../people/membership';
import { SeededRandom } from './random';
import { communeNames, phuThoDistricts, agencyKinds, largeAgencyNames } from './place-names';
import { vietnameseFullName } from './vietnamese-names';
import { addDays, addYears, ChunkQueue, dateBetween, earlier, pad, partSeed, seededUuid, WeightedTable } from './generator-support';
import type { Commune, District, GrassrootsOrganization, Hierarchy, PeopleSlot } from './province-shape';
import { administrativeUnits, planEnterprises, residentialAreas, type EnterprisePlan } from './places';
import { CadreHistories } from './person-histories';
import { PeopleEvents } from './people-events';
import { organizationEvents } from './organization-events';

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
  /** Administrative units, residential areas with their cell coverage, and non-state enterprises (default on). */
  readonly places?: boolean;
  /** Dated histories of cadres (work, training, salary, family, party posts) and health rows of some members (default on). */
  readonly histories?: boolean;
  /** One year of life events for the year of `asOf`: ratings, planning, movements, training, admissions, transfers, exits, discipline, commendations, inspections (default on). */
  readonly events?: boolean;
  /**
   * Post standards, with the events (default on). They are province-only records: an office below the province
   * cannot write them, so it loads a demo without them.
   */
  readonly postStandards?: boolean;
}

export interface GeneratedRecord<T extends RecordTypeName = RecordTypeName> {
  readonly type: T;
  readonly id: string;
  readonly fields: RecordInput<T>;
}

export type { PeopleSlot } from './province-shape';

const founded: IsoDate = '2010-01-01';

export const defaultProvinceShape = { districts: 13, communes: 280, agencies: 570 } as const;

/** Generates the province, chunk by chunk (see the module comment for the order). */
export function* generateProvince(options: ProvinceOptions): Generator<GeneratedRecord[]> {
  const random = new SeededRandom(options.seed);
  const asOf = options.asOf ?? '2025-12-31';
  const queue = new ChunkQueue(options.chunkSize ?? 5000);
  const withPlaces = options.places ?? true;
  const withHistories = options.histories ?? true;
  const withEvents = options.events ?? true;
  const hierarchy = buildHierarchy(random, options);

  let enterprises: EnterprisePlan | undefined;
  if (withPlaces) {
    const placesRandom = new SeededRandom(partSeed(options.seed, 1));
    queue.pushAll(administrativeUnits(placesRandom, hierarchy, asOf));
    queue.pushAll(hierarchy.units);
    queue.pushAll(residentialAreas(placesRandom, hierarchy, asOf));
    enterprises = planEnterprises(placesRandom, hierarchy, asOf);
  } else {
    queue.pushAll(hierarchy.units);
  }
  const histories = withHistories ? new CadreHistories(new SeededRandom(partSeed(options.seed, 2)), asOf) : undefined;
  const events = withEvents ? new PeopleEvents(new SeededRandom(partSeed(options.seed, 3)), hierarchy, asOf, options.people) : undefined;
  if (events) queue.pushAll(events.opening({ postStandards: options.postStandards ?? true }));
  yield* queue.full();

  const totalWeight = hierarchy.slots.reduce((sum, slot) => sum + slot.weight, 0);
  const people = new PersonFactory(random, asOf);
  const membersByUnit = new Map<string, number>();
  let made = 0;
  for (const [index, slot] of hierarchy.slots.entries()) {
    // The last slot takes the rounding remainder so the total is exact.
    const share = index === hierarchy.slots.length - 1 ? options.people - made : Math.round((options.people * slot.weight) / totalWeight);
    const count = Math.max(0, Math.min(share, options.people - made));
    made += count;
    if (count === 0) continue;
    const persons = Array.from({ length: count }, () => people.make(slot));
    // Decisions that change the person record (movements, completed courses, accepted transfers, party posts) come first.
    const facts = persons.map((person) => events?.shape(person, slot));
    if (histories) for (const person of persons) histories.prepare(person, slot);
    queue.pushAll(persons);
    persons.forEach((person, position) => {
      const personFacts = facts[position];
      if (personFacts) queue.pushAll(personFacts.records);
      if (histories) queue.pushAll(histories.forPerson(person, slot, personFacts));
    });
    if (events) queue.pushAll(events.settle(persons, slot));
    for (const person of persons) {
      if (!isMemberOn(person.fields, asOf)) continue;
      const unitId = unitOn(person.fields, asOf);
      if (unitId) membersByUnit.set(unitId, (membersByUnit.get(unitId) ?? 0) + 1);
    }
    yield* queue.full();
  }

  if (enterprises) queue.pushAll(enterprises.records(membersByUnit));
  if (events) {
    queue.pushAll(events.late);
    queue.pushAll(organizationEvents(new SeededRandom(partSeed(options.seed, 4)), hierarchy, asOf, events.collected));
  }
  yield* queue.rest();
}

function unitRecord(random: SeededRandom, code: string, name: string, kind: string, isGrassroots: boolean, parentId: string | null): GeneratedRecord<'unit'> {
  return { type: 'unit', id: seededUuid(random), fields: { code, periods: [{ from: founded, to: null, name, kind, isGrassroots, parentId }] } };
}

const enterpriseTrades = ['May', 'Chè', 'Giấy', 'Gạch men', 'Xây dựng', 'Cơ khí', 'Vận tải', 'Thực phẩm', 'Dược phẩm', 'Gỗ', 'Điện tử', 'Thương mại'] as const;

function buildHierarchy(random: SeededRandom, options: ProvinceOptions): Hierarchy {
  const districtCount = Math.min(options.districts ?? defaultProvinceShape.districts, phuThoDistricts.length);
  const communeCount = options.communes ?? defaultProvinceShape.communes;
  const agencyCount = options.agencies ?? defaultProvinceShape.agencies;
  const root = unitRecord(random, options.root?.code ?? 'PT', options.root?.name ?? 'Đảng bộ tỉnh Phú Thọ', 'province-committee', false, null);
  const units: GeneratedRecord<'unit'>[] = [root];
  const slots: PeopleSlot[] = [];
  const grassroots: GrassrootsOrganization[] = [];
  const rootCode = root.fields.code;
  const names = communeNames(random, communeCount);
  const agencyKind = new WeightedTable(agencyKinds.map((agency) => [agency.prefix, agency.share] as const));
  const addGrassroots = (organization: GrassrootsOrganization) => {
    grassroots.push(organization);
    districts[organization.districtIndex]!.grassroots.push(organization);
    return organization;
  };

  const districts: District[] = phuThoDistricts.slice(0, districtCount).map((district, index) => {
    const unit = unitRecord(random, `${rootCode}.${pad(index + 1, 2)}`, district.committee, 'district-committee', false, root.id);
    units.push(unit);
    return { index, name: district.name, unit, communes: [], grassroots: [] };
  });
  const agencyCounts = districts.map(() => 0);
  for (const district of districts) {
    // The committee's own agencies (office, commissions) form a small grassroots organization of their own.
    const name = `Chi bộ Cơ quan ${phuThoDistricts[district.index]!.committee.replace('Đảng bộ ', '')}`;
    const office = unitRecord(random, `${district.unit.fields.code}.CQ`, name, 'grassroots-cell', true, district.unit.id);
    units.push(office);
    const organization = addGrassroots({ id: office.id, name, kind: 'grassroots-cell', districtIndex: district.index, cellIds: [] });
    slots.push({ unitId: office.id, weight: 1.5, founded, place: district.name, grassroots: organization, districtIndex: district.index });
  }

  names.forEach((communeName, index) => {
    const district = districts[index % districts.length]!;
    const isWard = district.name === 'Việt Trì' || district.name === 'Phú Thọ';
    const name = `Đảng bộ ${isWard ? 'phường' : 'xã'} ${communeName}`;
    const committee = unitRecord(random, `${district.unit.fields.code}.X${pad(district.communes.length + 1, 2)}`, name, 'grassroots-committee', true, district.unit.id);
    units.push(committee);
    const organization = addGrassroots({ id: committee.id, name, kind: 'grassroots-committee', districtIndex: district.index, cellIds: [] });
    const commune: Commune = { name: communeName, isWard, districtIndex: district.index, committee, cells: [], areaIds: [], uncoveredAreaIds: [] };
    district.communes.push(commune);
    const cellCount = random.int(6, 12);
    for (let cell = 1; cell <= cellCount; cell += 1) {
      const cellName = isWard ? `Chi bộ Tổ dân phố ${cell}` : random.chance(0.5) ? `Chi bộ Khu ${cell}` : `Chi bộ Thôn ${cell}`;
      const unit = unitRecord(random, `${committee.fields.code}.${pad(cell, 2)}`, cellName, 'cell', false, committee.id);
      units.push(unit);
      organization.cellIds.push(unit.id);
      commune.cells.push({ id: unit.id, name: cellName });
      slots.push({ unitId: unit.id, weight: 2.4, founded, place: `${isWard ? 'phường' : 'xã'} ${communeName}, ${district.name}`, grassroots: organization, districtIndex: district.index, commune });
    }
  });

  for (let index = 0; index < agencyCount; index += 1) {
    const district = districts[index % districts.length]!;
    const number = (agencyCounts[district.index] = agencyCounts[district.index]! + 1);
    const code = `${district.unit.fields.code}.CS${pad(number, 3)}`;
    if (random.chance(0.22)) {
      const agency = random.pick(largeAgencyNames);
      const isCompany = agency === 'Công ty Cổ phần';
      const agencyName = isCompany ? `Công ty Cổ phần ${random.pick(enterpriseTrades)} ${district.name}` : `${agency} ${district.name}`;
      const name = `Đảng bộ ${agencyName}${number > largeAgencyNames.length ? ` ${number}` : ''}`;
      const committee = unitRecord(random, code, name, 'grassroots-committee', true, district.unit.id);
      units.push(committee);
      const organization = addGrassroots({
        id: committee.id,
        name,
        kind: 'grassroots-committee',
        districtIndex: district.index,
        cellIds: [],
        ...(isCompany ? { enterpriseForm: 'Công ty cổ phần', enterpriseName: name.replace('Đảng bộ ', '') } : {}),
      });
      const cellCount = random.int(3, 6);
      for (let cell = 1; cell <= cellCount; cell += 1) {
        const unit = unitRecord(random, `${code}.${pad(cell, 2)}`, `Chi bộ ${random.pick(['Phòng', 'Khoa', 'Tổ', 'Phân xưởng'])} ${cell}`, 'cell', false, committee.id);
        units.push(unit);
        organization.cellIds.push(unit.id);
        slots.push({ unitId: unit.id, weight: 1.6, founded, place: district.name, grassroots: organization, districtIndex: district.index });
      }
    } else {
      const kind = agencyKind.pick(random);
      const isEnterprise = kind === 'Công ty TNHH' || kind === 'Hợp tác xã';
      const agencyName = isEnterprise ? `${kind} ${random.pick(enterpriseTrades)} ${communeNames(random, 1)[0]!}` : `${kind} ${district.name} ${number}`;
      const name = `Chi bộ ${agencyName}`;
      const unit = unitRecord(random, code, name, 'grassroots-cell', true, district.unit.id);
      units.push(unit);
      const organization = addGrassroots({
        id: unit.id,
        name,
        kind: 'grassroots-cell',
        districtIndex: district.index,
        cellIds: [],
        ...(isEnterprise ? { enterpriseForm: kind === 'Hợp tác xã' ? 'Hợp tác xã' : 'Công ty TNHH', enterpriseName: agencyName } : {}),
      });
      slots.push({ unitId: unit.id, weight: 1, founded, place: district.name, grassroots: organization, districtIndex: district.index });
    }
  }
  return { root, units, districts, grassroots, slots };
}

type AgeBand = readonly [number, number];
const statusTable = new WeightedTable<MemberStatus>([['full', 91], ['probationary', 3.2], ['exited', 1.8], ['sympathizer', 1.3], ['outstanding-non-member', 1.2], ['non-member', 1.5]]);
const ageTable = new WeightedTable<AgeBand>([[[18, 30], 12], [[31, 40], 22], [[41, 50], 20], [[51, 60], 18], [[61, 70], 14], [[71, 80], 9], [[81, 95], 5]]);
/** People on their way into the party, and those just admitted, are young (admission is for ages 18 to 60). */
const newcomerAgeTable = new WeightedTable<AgeBand>([[[18, 25], 40], [[26, 30], 28], [[31, 40], 24], [[41, 50], 8]]);
const ethnicityTable = new WeightedTable([['01', 84], ['04', 13], ['09', 1.4], ['13', 0.8], ['02', 0.5], ['07', 0.3]] as const);
const religionTable = new WeightedTable([['99', 94], ['02', 4], ['01', 2]] as const);
const backgroundTable = new WeightedTable([['peasant', 55], ['worker', 15], ['office-worker', 18], ['small-trader', 5], ['soldier', 7]] as const);
const occupationTable = new WeightedTable([['farmer', 45], ['worker', 15], ['self-employed', 15], ['business-owner', 5], ['armed-forces', 8], ['student', 2], ['other', 10]] as const);
const educationTable = new WeightedTable([['12/12', 70], ['9/12', 12], ['10/10', 8], ['7/10', 4], ['12/12 BTVH', 6]] as const);
const degreeTable = {
  leader: new WeightedTable([['DH', 68], ['ThS', 24], ['CD', 4], ['TC', 3], ['TS', 1]] as const),
  cadre: new WeightedTable([['DH', 60], ['ThS', 20], ['CD', 8], ['TC', 10], ['TS', 2]] as const),
  other: new WeightedTable([['none', 55], ['TC', 15], ['CD', 10], ['DH', 19], ['ThS', 1]] as const),
};
const theoryTable = {
  leader: new WeightedTable([['TC', 58], ['CC', 30], ['SC', 8], ['CN', 4]] as const),
  cadre: new WeightedTable([['TC', 50], ['CC', 25], ['SC', 20], ['CN', 5]] as const),
  other: new WeightedTable([['SC', 60], ['none', 30], ['TC', 10]] as const),
};
const stateManagementTable = {
  leader: new WeightedTable([['CV', 58], ['CVC', 26], ['CS', 6], ['none', 8], ['CVCC', 2]] as const),
  cadre: new WeightedTable([['CV', 55], ['CVC', 20], ['CS', 10], ['none', 13], ['CVCC', 2]] as const),
};
const gradeTable = new WeightedTable([['01.003', 70], ['01.002', 15], ['01.004', 12], ['01.001', 3]] as const);

/** The posts cadres hold, with their `governmentPost` codes; leaders are more often up to the standards of their post. */
export const cadrePosts = [
  { post: 'Chuyên viên', code: 'specialist', leader: false },
  { post: 'Phó Trưởng phòng', code: 'division-deputy-head', leader: true },
  { post: 'Trưởng phòng', code: 'division-head', leader: true },
  { post: 'Phó Chủ tịch UBND xã', code: 'people-committee-vice-chair', leader: true },
  { post: 'Chủ tịch UBND xã', code: 'people-committee-chair', leader: true },
  { post: 'Công chức Văn phòng - Thống kê', code: 'specialist', leader: false },
] as const;

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
    const status = statusTable.pick(random);
    const newcomer = status === 'probationary' || status === 'sympathizer' || status === 'outstanding-non-member';
    const age = (newcomer ? newcomerAgeTable : ageTable).pick(random);
    const birthDate = dateBetween(random, addYears(asOf, -age[1] - 1), addYears(asOf, -age[0]));
    const birthYear = Number(birthDate.slice(0, 4));
    const isCadre = status !== 'exited' && age[0] < 61 && random.chance(0.28);
    const post = isCadre ? random.pick(cadrePosts) : undefined;
    const profile = post ? (post.leader ? 'leader' : 'cadre') : 'other';

    const fields: RecordInput<'person'> = {
      fullName: vietnameseFullName(random, sex),
      sex,
      birthDate: random.chance(0.04) ? birthDate.slice(0, 4) : birthDate,
      birthplace: slot.place,
      hometown: slot.place,
      permanentResidence: slot.place,
      currentResidence: slot.place,
      ethnicityCode: ethnicityTable.pick(random),
      religionCode: religionTable.pick(random),
      familyBackgroundCode: backgroundTable.pick(random),
      memberStatus: status,
      unitId: slot.unitId,
      unitHistory: [{ unitId: slot.unitId, from: slot.founded, to: null }],
      isCadre,
      occupationCode: isCadre ? random.pick(['civil-servant', 'public-employee'] as const) : age[0] >= 61 ? 'retired' : occupationTable.pick(random),
      generalEducationCode: educationTable.pick(random),
      professionalDegreeCode: degreeTable[profile].pick(random),
      politicalTheoryCode: theoryTable[profile].pick(random),
      stateManagementCode: profile === 'other' ? undefined : stateManagementTable[profile].pick(random),
      phone: random.chance(0.8) ? `09${random.int(10_000_000, 99_999_999)}` : undefined,
    };

    if (random.chance(0.93)) {
      const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
      fields.citizenId = `025${centuryDigit}${String(birthYear).slice(2)}${pad(this.serial % 1_000_000, 6)}`;
    }
    if (post) {
      const recruitment = dateBetween(random, addYears(birthDate, 20), earlier(addYears(birthDate, 30), asOf));
      fields.recruitmentDate = recruitment.slice(0, 7);
      fields.workplace = `Cơ quan tại ${slot.place}`;
      fields.currentPost = post.post;
      fields.currentPostCode = post.code;
      fields.currentPostSince = dateBetween(random, recruitment > addYears(asOf, -8) ? recruitment : addYears(asOf, -8), asOf).slice(0, 7);
      fields.civilServiceGradeCode = gradeTable.pick(random);
      fields.salaryStep = random.int(1, 8);
      fields.salaryCoefficient = Math.round((2.34 + (fields.salaryStep - 1) * 0.33) * 100) / 100;
      fields.salaryEffectiveDate = dateBetween(random, addYears(asOf, -3), asOf).slice(0, 7);
    }

    const everAdmitted = status === 'full' || status === 'probationary' || status === 'exited';
    if (everAdmitted) {
      const earliest = addYears(birthDate, 18);
      const latest = status === 'probationary' ? asOf : addYears(asOf, -1);
      const probationStart = addYears(asOf, -1) > earliest ? addYears(asOf, -1) : earliest;
      const decisionDate = status === 'probationary' ? dateBetween(random, probationStart, asOf) : dateBetween(random, earliest < latest ? earliest : addYears(latest, -1), latest);
      // The ceremony follows the decision within a few weeks; probation and party age count from it here.
      const admissionDate = earlier(addDays(decisionDate, random.int(0, 20)), latest);
      fields.admissionDecisionDate = decisionDate;
      fields.admissionDate = admissionDate < decisionDate ? decisionDate : admissionDate;
      fields.firstIntroducer = vietnameseFullName(random, random.chance(0.6) ? 'male' : 'female');
      fields.secondIntroducer = vietnameseFullName(random, random.chance(0.6) ? 'male' : 'female');
      if (status !== 'probationary') fields.fullMembershipDate = addYears(fields.admissionDate, 1);
      this.cardNumber += random.int(1, 40);
      fields.partyCardNumber = pad(this.cardNumber, 8);
      fields.dossierNumber = `${pad(this.serial, 6)}PT`;
      const memberSince = fields.admissionDate > slot.founded ? fields.admissionDate : slot.founded;
      fields.unitHistory = [{ unitId: slot.unitId, from: memberSince, to: null }];
      if (status === 'exited') {
        const firstDay = addYears(fields.admissionDate, 1) < asOf ? addYears(fields.admissionDate, 1) : fields.admissionDate;
        fields.exitDate = dateBetween(random, firstDay, asOf);
      }
    }
    if (age[0] >= 61 && random.chance(0.3)) fields.activityExemptionDate = dateBetween(random, addYears(earliestDay(birthDate), 70) < asOf ? addYears(earliestDay(birthDate), 70) : addYears(asOf, -1), asOf);
    return { type: 'person', id: seededUuid(random), fields };
  }
}
