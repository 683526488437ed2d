/**
 * The year's events about people, made slot by slot right after the people they concern: movements and course
 * enrolments of cadres, membership transfers, admission cases, party exits, discipline (with the inspections that
 * led to it) and the yearly rating of every active member. What the events change on the person record
 * (a new post, a higher certificate, a new cell) is written on it before it goes out.
 * Also the records the people point at (post standards, the training plan and its courses), made first.
 */
import type { IsoDate } from '../dates/partial-date';
import { admissionStages, type AdmissionStage } from '../events/admission';
import { presentationDeadline, type TransferKind, type TransferStatus } from '../events/transfer';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { isMemberOn, memberStatusOn } from '../people/membership';
import type { RecordInput } from '../records/registry';
import { addDays, addYears, dateBetween, decisionNumber, earlier, later, sample, seededUuid, WeightedTable } from './generator-support';
import { committeeTitle, decisionSuffix, grassrootsTitle } from './office-titles';
import type { CourseFact, MovementFact, PersonFacts } from './person-histories';
import type { GeneratedRecord } from './province-generator';
import type { Hierarchy, PeopleSlot } from './province-shape';
import type { SeededRandom } from './random';
import { excellentCapShareOfGood, ratingSchemeFor, type RatingLevel, type RatingScheme } from './rating-schemes';

type Person = GeneratedRecord<'person'>;

/** A cadre who may be drawn into a planning pool: a member, young enough to serve a full term. */
export interface PoolCandidate {
  readonly id: string;
  readonly sex: 'male' | 'female';
  readonly birthYear: number;
  readonly theoryRank: number;
}

/** What the year-end events of organizations need from the people. */
export interface CollectedFacts {
  readonly evaluationYear: number;
  readonly partyTermFrom: number;
  /** A sample of members rated excellent, by district. */
  readonly excellentMembers: string[][];
  /** Full members whose party age reaches a badge this year: badge years → by district. */
  readonly badgeRecipients: Map<number, string[][]>;
  readonly planningPool: PoolCandidate[][];
}

const rank = (catalog: 'politicalTheory' | 'stateManagement' | 'professionalDegree', code: string | undefined) =>
  Number(officialCatalogEntries.find((entry) => entry.catalog === catalog && entry.code === (code ?? 'none'))?.attributes?.rank ?? 0);
const theoryRanks = new Map(['CN', 'CC', 'TC', 'SC', 'none'].map((code) => [code, rank('politicalTheory', code)]));
const theoryRank = (code: string | undefined) => theoryRanks.get(code ?? 'none') ?? 0;
const badgeYears = new Set(officialCatalogEntries.filter((entry) => entry.catalog === 'awardForm' && entry.attributes?.kind === 'partyBadge').map((entry) => Number(entry.attributes?.years)));

interface CourseTemplate {
  readonly key: string;
  readonly name: string;
  readonly subject: RecordInput<'trainingCourse'>['subject'];
  readonly targetCode?: string;
  readonly provider: string;
  readonly from: string;
  readonly to: string;
  /** The share of the year's enrolments it takes, for its quota. */
  readonly share: number;
  readonly certificate: string;
}
const courseTemplates: readonly CourseTemplate[] = [
  { key: 'TC', name: 'Trung cấp lý luận chính trị - hành chính', subject: 'politicalTheory', targetCode: 'TC', provider: 'Trường Chính trị tỉnh Phú Thọ', from: '0-02-20', to: '0-11-28', share: 0.3, certificate: 'Bằng Trung cấp lý luận chính trị - hành chính' },
  { key: 'CC', name: 'Cao cấp lý luận chính trị (hệ không tập trung)', subject: 'politicalTheory', targetCode: 'CC', provider: 'Học viện Chính trị khu vực I', from: '0-03-06', to: '0-12-18', share: 0.15, certificate: 'Bằng Cao cấp lý luận chính trị' },
  { key: 'CVC', name: 'Bồi dưỡng ngạch chuyên viên chính', subject: 'stateManagement', targetCode: 'CVC', provider: 'Trường Chính trị tỉnh Phú Thọ', from: '0-05-12', to: '0-07-11', share: 0.12, certificate: 'Chứng chỉ chương trình chuyên viên chính' },
  { key: 'CV', name: 'Bồi dưỡng ngạch chuyên viên', subject: 'stateManagement', targetCode: 'CV', provider: 'Trường Chính trị tỉnh Phú Thọ', from: '0-08-04', to: '0-09-19', share: 0.15, certificate: 'Chứng chỉ chương trình chuyên viên' },
  { key: 'ThS', name: 'Thạc sĩ Quản lý kinh tế', subject: 'degree', targetCode: 'ThS', provider: 'Học viện Chính trị quốc gia Hồ Chí Minh', from: '0-10-01', to: '2-06-30', share: 0.05, certificate: 'Bằng Thạc sĩ Quản lý kinh tế' },
  { key: 'BAC3', name: 'Tiếng Anh bậc 3 (B1)', subject: 'language', targetCode: 'BAC3', provider: 'Trường Đại học Hùng Vương', from: '0-10-15', to: '1-01-20', share: 0.06, certificate: 'Chứng chỉ tiếng Anh bậc 3' },
  { key: 'IT', name: 'Ứng dụng công nghệ thông tin cơ bản', subject: 'it', targetCode: 'CB', provider: 'Trường Đại học Công nghiệp Việt Trì', from: '0-04-07', to: '0-04-30', share: 0.07, certificate: 'Chứng chỉ ứng dụng CNTT cơ bản' },
  { key: 'QPAN', name: 'Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4', subject: 'other', provider: 'Bộ Chỉ huy Quân sự tỉnh', from: '0-06-09', to: '0-06-20', share: 0.1, certificate: 'Chứng nhận bồi dưỡng kiến thức quốc phòng và an ninh' },
];
interface Course extends CourseTemplate {
  readonly id: string;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
}

/**
 * The standards of a few posts (Quy định 214-QĐ/TW and the state rules for commune leaders), one of them replaced
 * in 2020 so that the standards themselves are dated.
 */
const postStandards: readonly RecordInput<'postStandard'>[] = [
  { postCode: 'secretary', level: 'district', minPoliticalTheoryCode: 'CC', minProfessionalDegreeCode: 'DH', minStateManagementCode: 'CVC', validFrom: '2020-01-02', note: 'Quy định 214-QĐ/TW ngày 02/01/2020' },
  { postCode: 'deputy-secretary', level: 'district', minPoliticalTheoryCode: 'CC', minProfessionalDegreeCode: 'DH', minStateManagementCode: 'CVC', validFrom: '2020-01-02', note: 'Quy định 214-QĐ/TW ngày 02/01/2020' },
  { postCode: 'standing-committee-member', level: 'district', minPoliticalTheoryCode: 'CC', minProfessionalDegreeCode: 'DH', validFrom: '2020-01-02', note: 'Quy định 214-QĐ/TW ngày 02/01/2020' },
  { postCode: 'secretary', level: 'grassroots', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'DH', validFrom: '2020-01-02', note: 'Quy định 214-QĐ/TW; hướng dẫn của Ban Tổ chức Tỉnh ủy' },
  { postCode: 'people-committee-chair', level: 'grassroots', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'TC', validFrom: '2004-01-01', validTo: '2020-01-02', note: 'Quyết định 04/2004/QĐ-BNV' },
  { postCode: 'people-committee-chair', level: 'grassroots', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'DH', minStateManagementCode: 'CV', validFrom: '2020-01-02', note: 'Tiêu chuẩn chức danh cán bộ cấp xã' },
  { postCode: 'division-head', minPoliticalTheoryCode: 'TC', minProfessionalDegreeCode: 'DH', minStateManagementCode: 'CV', validFrom: '2020-01-02', note: 'Tiêu chuẩn trưởng phòng cấp huyện' },
];

const movementScenarioTable = new WeightedTable([
  ['appointment', 36],
  ['appointment-ending', 20],
  ['appointment-renewed', 7],
  ['appointment-earlier', 8],
  ['rotation', 15],
  ['reassignment', 12],
  ['dismissal', 2],
] as const);
const promotions: Readonly<Record<string, { post: string; code: string }>> = {
  specialist: { post: 'Phó Trưởng phòng', code: 'division-deputy-head' },
  'division-deputy-head': { post: 'Trưởng phòng', code: 'division-head' },
  'division-head': { post: 'Chánh Văn phòng', code: 'office-chief' },
  'people-committee-vice-chair': { post: 'Chủ tịch UBND xã', code: 'people-committee-chair' },
  'people-committee-chair': { post: 'Phó Trưởng ban', code: 'board-deputy-head' },
};
const transferKindTable = new WeightedTable<TransferKind>([['internal', 45], ['permanent', 40], ['temporary', 12], ['abroad', 3]]);
const transferStatusTables: Readonly<Record<TransferKind, WeightedTable<TransferStatus>>> = {
  internal: new WeightedTable<TransferStatus>([['accepted', 55], ['in-transit', 35], ['issued', 10]]),
  permanent: new WeightedTable<TransferStatus>([['in-transit', 60], ['issued', 15], ['returned', 10], ['expired', 15]]),
  temporary: new WeightedTable<TransferStatus>([['accepted', 60], ['in-transit', 40]]),
  abroad: new WeightedTable<TransferStatus>([['in-transit', 70], ['issued', 30]]),
};
const outsideDestinations = [
  'Chi bộ Khu phố 2, Đảng ủy phường Khai Quang, tỉnh Vĩnh Phúc',
  'Chi bộ Tổ dân phố 5, Đảng ủy phường Trung Hòa, thành phố Hà Nội',
  'Chi bộ Thôn Đông, Đảng ủy xã Tân Dân, tỉnh Tuyên Quang',
  'Chi bộ Phòng Kỹ thuật, Đảng bộ Công ty TNHH Samsung Electronics Việt Nam, tỉnh Bắc Ninh',
  'Chi bộ Khu 4, Đảng ủy phường Phương Lâm, tỉnh Hòa Bình',
  'Chi bộ Cơ quan Sở Nội vụ, Đảng ủy Khối cơ quan tỉnh Yên Bái',
] as const;
const abroadDestinations = ['Đảng ủy ngoài nước, Chi bộ tại Cộng hòa Liên bang Đức', 'Đảng ủy ngoài nước, Chi bộ tại Nhật Bản', 'Đảng ủy ngoài nước, Chi bộ tại Hàn Quốc'] as const;

const sympathizerStageTable = new WeightedTable<AdmissionStage>([['sympathizer', 30], ['awareness-course', 28], ['cv-verification', 16], ['cell-resolution', 14], ['grassroots-resolution', 12]]);
/** Death most, then struck off, resignation, dismissal from the party, expulsion. */
const exitTypeTable = new WeightedTable([['death', 62], ['struck-off', 20], ['resignation', 8], ['dismissal', 6], ['expulsion', 4]] as const);
const exitReasons = {
  death: 'Từ trần',
  'struck-off': 'Bỏ sinh hoạt đảng ba tháng liên tiếp không có lý do chính đáng',
  resignation: 'Xin ra khỏi Đảng vì hoàn cảnh gia đình',
  dismissal: 'Giảm sút ý chí phấn đấu, không làm nhiệm vụ đảng viên',
  expulsion: 'Vi phạm pháp luật đến mức bị truy cứu trách nhiệm hình sự',
} as const;
const memberRatingTable = new WeightedTable<RatingLevel>([['excellent', 13], ['good', 77], ['completed', 8.5], ['notCompleted', 1.5]]);
const disciplineReasons = [
  'Vi phạm quy định về những điều đảng viên không được làm',
  'Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao',
  'Vi phạm quy định về quản lý đất đai',
  'Vi phạm chính sách dân số - kế hoạch hóa gia đình',
  'Không gương mẫu thực hiện quy chế dân chủ ở cơ sở',
] as const;

export class PeopleEvents {
  /** Records that point at something made after the people (admission cases in enterprises): written after it. */
  readonly late: GeneratedRecord[] = [];
  readonly collected: CollectedFacts;
  private readonly year: number;
  private readonly yearStart: IsoDate;
  private readonly memberScheme: RatingScheme | undefined;
  private readonly courses: Course[];
  private readonly planId: string;
  private readonly transferChance: number;
  private readonly ratingDecisions = new Map<string, { number: string; date: IsoDate; signedBy: string }>();
  private readonly ratingCounts = new Map<string, { excellent: number; good: number }>();
  private readonly disciplined = new Set<string>();
  private readonly slotUnits: PeopleSlot[];

  constructor(
    private readonly random: SeededRandom,
    private readonly hierarchy: Hierarchy,
    private readonly asOf: IsoDate,
    people: number,
  ) {
    this.year = Number(asOf.slice(0, 4));
    this.yearStart = `${this.year}-01-01`;
    // The year-end ratings are decided in December: before that, the last ones done are the previous year's.
    const evaluationYear = asOf >= `${this.year}-12-05` ? this.year : this.year - 1;
    this.memberScheme = ratingSchemeFor(evaluationYear, 'member');
    const districts = hierarchy.districts.length;
    const byDistrict = <T>() => Array.from({ length: districts }, () => [] as T[]);
    this.collected = {
      evaluationYear,
      partyTermFrom: Math.ceil(this.year / 5) * 5,
      excellentMembers: byDistrict<string>(),
      badgeRecipients: new Map([...badgeYears].map((years) => [years, byDistrict<string>()])),
      planningPool: byDistrict<PoolCandidate>(),
    };
    this.planId = seededUuid(random);
    const expectedEnrolments = people * 0.2 * 0.04;
    this.courses = courseTemplates.map((template) => ({
      ...template,
      id: seededUuid(random),
      fromDate: this.courseDate(template.from),
      toDate: this.courseDate(template.to),
    }));
    this.courseQuota = new Map(this.courses.map((course) => [course.id, Math.max(10, Math.round(expectedEnrolments * course.share * 1.3))]));
    const targetTransfers = Math.min(60, Math.max(24, Math.round(people * 0.00015)));
    this.transferChance = targetTransfers / Math.max(1, people * 0.94);
    this.slotUnits = hierarchy.slots;
  }

  private readonly courseQuota: Map<string, number>;

  private courseDate(template: string): IsoDate {
    const [years, month, day] = template.split('-') as [string, string, string];
    return `${this.year + Number(years)}-${month}-${day}`;
  }

  /** Post standards (province-only records, when asked for), the province's training plan for the year and its courses. */
  opening(options: { postStandards: boolean }): GeneratedRecord[] {
    const { random } = this;
    const ids = postStandards.map(() => seededUuid(random));
    // Only the standards issued by the day the data describes.
    const standards = options.postStandards ? postStandards.flatMap((fields, index): GeneratedRecord<'postStandard'>[] => (fields.validFrom <= this.asOf ? [{ type: 'postStandard', id: ids[index]!, fields }] : [])) : [];
    const plan: GeneratedRecord<'trainingPlan'> = {
      type: 'trainingPlan',
      id: this.planId,
      fields: { unitId: this.hierarchy.root.id, year: this.year, name: `Kế hoạch đào tạo, bồi dưỡng cán bộ năm ${this.year}` },
    };
    const courses = this.courses.map(
      (course): GeneratedRecord<'trainingCourse'> => ({
        type: 'trainingCourse',
        id: course.id,
        fields: {
          planId: this.planId,
          name: `${course.name}, khóa ${this.year}`,
          subject: course.subject,
          ...(course.targetCode ? { targetCode: course.targetCode } : {}),
          provider: course.provider,
          quota: this.courseQuota.get(course.id)!,
          from: course.fromDate,
          to: course.toDate,
        },
      }),
    );
    return [...standards, plan, ...courses];
  }

  /** The events that change the person record: movements, a course of the plan, a transfer. Before the person is written. */
  shape(person: Person, slot: PeopleSlot): PersonFacts {
    const records: GeneratedRecord[] = [];
    const movements: MovementFact[] = [];
    const facts: { records: GeneratedRecord[]; movements: MovementFact[]; completedCourse?: CourseFact; partyPost?: PersonFacts['partyPost'] } = { records, movements };
    const { fields } = person;
    if (fields.isCadre && fields.recruitmentDate && this.random.chance(0.03)) this.movement(person, slot, facts);
    if (fields.isCadre && this.random.chance(0.04)) this.enrolment(person, facts);
    if (this.random.chance(this.transferChance) && isMemberOn(fields, this.asOf)) this.transfer(person, slot, records);
    return facts;
  }

  /** The events that need the whole slot (helpers come from its members): admissions, exits, discipline, ratings. */
  settle(persons: readonly Person[], slot: PeopleSlot): GeneratedRecord[] {
    const records: GeneratedRecord[] = [];
    const helpers = persons.filter((person) => person.fields.memberStatus === 'full' && isMemberOn(person.fields, this.asOf)).map((person) => person.id);
    for (const person of persons) {
      this.admission(person, slot, helpers, records);
      if (person.fields.memberStatus === 'exited') this.exit(person, slot, records);
      if (isMemberOn(person.fields, this.asOf)) {
        if (this.random.chance(0.003)) this.discipline(person, slot, records);
        this.evaluation(person, slot, records);
        this.collect(person, slot);
      }
    }
    return records;
  }

  private districtOf(slot: PeopleSlot) {
    const committee = this.hierarchy.districts[slot.districtIndex]!.unit.fields.periods[0]!.name;
    return { committee, title: committeeTitle(committee), suffix: decisionSuffix(committee) };
  }

  private movement(person: Person, slot: PeopleSlot, facts: { records: GeneratedRecord[]; movements: MovementFact[]; partyPost?: PersonFacts['partyPost'] }): void {
    const { random, asOf } = this;
    const { fields } = person;
    const recruited = `${fields.recruitmentDate!.slice(0, 7)}-28`;
    const district = this.districtOf(slot);
    let scenario = movementScenarioTable.pick(random);
    const fiveYearsAgo = addYears(asOf, -5);
    if (scenario !== 'appointment' && scenario !== 'rotation' && scenario !== 'reassignment' && scenario !== 'dismissal' && addDays(fiveYearsAgo, -60) <= recruited) scenario = 'appointment';
    const yearFrom = earlier(asOf, later(this.yearStart, recruited));
    const fromPost = fields.currentPost ?? 'Chuyên viên';
    const promotion = promotions[fields.currentPostCode ?? 'specialist'] ?? promotions.specialist!;
    const sameUnit = slot.grassroots.id;
    const make = (type: string, effectiveDate: IsoDate, to: { post: string; code?: string; unitId: string; workplace: string }, inPlanning: boolean, previousPost = fromPost): MovementFact => {
      const withTerm = type === 'appointment' || type === 'reappointment';
      const record: GeneratedRecord<'movement'> = {
        type: 'movement',
        id: seededUuid(random),
        fields: {
          movementTypeCode: type,
          personId: person.id,
          fromUnitId: sameUnit,
          fromPost: previousPost,
          toUnitId: to.unitId,
          toPost: to.post,
          ...(to.code ? { toPostCode: to.code } : {}),
          effectiveDate,
          ...(withTerm ? { termYears: 5, termEndDate: addYears(effectiveDate, 5) } : {}),
          wasInPlanning: inPlanning,
          decision: { number: decisionNumber(random, district.suffix), date: addDays(effectiveDate, -random.int(0, 14)), signedBy: `Ban Thường vụ ${district.title}` },
        },
      };
      facts.records.push(record);
      const fact: MovementFact = { id: record.id, effectiveDate, fromPost: previousPost, toPost: to.post, workplace: to.workplace, unitId: to.unitId };
      facts.movements.push(fact);
      return fact;
    };
    const here = { unitId: sameUnit, workplace: fields.workplace ?? `Cơ quan tại ${slot.place}` };
    let last: { post: string; code?: string; workplace: string; effectiveDate: IsoDate } | undefined;
    switch (scenario) {
      case 'appointment': {
        const effectiveDate = dateBetween(random, yearFrom, asOf);
        if (random.chance(0.12)) {
          // Into the standing committee of the district: a party post at the district level.
          const districtUnit = this.hierarchy.districts[slot.districtIndex]!.unit;
          make('appointment', effectiveDate, { post: `Ủy viên Ban Thường vụ ${district.title}`, code: 'standing-committee-member', unitId: districtUnit.id, workplace: district.title }, true);
          facts.partyPost = { code: 'standing-committee-member', unitId: districtUnit.id, from: effectiveDate };
          fields.partyPostCode = 'standing-committee-member';
          return;
        }
        make('appointment', effectiveDate, { ...promotion, ...here }, random.chance(0.75));
        last = { ...promotion, workplace: here.workplace, effectiveDate };
        break;
      }
      case 'appointment-ending': {
        // Appointed five years ago: the term ends between 20 days ago and 90 days from now.
        const effectiveDate = dateBetween(random, addDays(fiveYearsAgo, -20), addDays(fiveYearsAgo, 91));
        make('appointment', effectiveDate, { post: fromPost, code: fields.currentPostCode ?? 'specialist', ...here }, random.chance(0.75), 'Phó Trưởng phòng');
        last = { post: fromPost, code: fields.currentPostCode ?? 'specialist', workplace: here.workplace, effectiveDate };
        break;
      }
      case 'appointment-renewed': {
        const first = dateBetween(random, addDays(fiveYearsAgo, -60), addDays(fiveYearsAgo, -1));
        const renewed = earlier(asOf, addDays(addYears(first, 5), -random.int(0, 30)));
        const to = { post: fromPost, code: fields.currentPostCode ?? 'specialist', ...here };
        make('appointment', first, to, true, 'Phó Trưởng phòng');
        make('reappointment', renewed, to, true, fromPost);
        last = { post: fromPost, code: to.code, workplace: here.workplace, effectiveDate: renewed };
        break;
      }
      case 'appointment-earlier': {
        const effectiveDate = dateBetween(random, later(addYears(asOf, -4), recruited), addYears(asOf, -1));
        make('appointment', effectiveDate, { post: fromPost, code: fields.currentPostCode ?? 'specialist', ...here }, random.chance(0.75), 'Phó Trưởng phòng');
        last = { post: fromPost, code: fields.currentPostCode ?? 'specialist', workplace: here.workplace, effectiveDate };
        break;
      }
      case 'rotation':
      case 'reassignment': {
        const effectiveDate = dateBetween(random, yearFrom, asOf);
        const target = this.otherGrassroots(slot, scenario === 'rotation');
        const post = scenario === 'rotation' ? random.pick(['Phó Bí thư Đảng ủy', 'Phó Chủ tịch UBND xã', 'Trưởng phòng'] as const) : fromPost;
        const code = post === 'Phó Chủ tịch UBND xã' ? 'people-committee-vice-chair' : post === 'Trưởng phòng' ? 'division-head' : post === 'Phó Bí thư Đảng ủy' ? 'deputy-secretary' : fields.currentPostCode;
        const workplace = `Cơ quan ${target.name.replace(/^(Đảng bộ|Chi bộ)\s+/, '')}`;
        make(scenario, effectiveDate, { post, ...(code ? { code } : {}), unitId: target.id, workplace }, random.chance(scenario === 'rotation' ? 0.6 : 0.3));
        last = { post, ...(code ? { code } : {}), workplace, effectiveDate };
        break;
      }
      case 'dismissal': {
        const effectiveDate = dateBetween(random, yearFrom, asOf);
        make('dismissal', effectiveDate, { post: 'Chuyên viên', code: 'specialist', ...here }, false);
        last = { post: 'Chuyên viên', code: 'specialist', workplace: here.workplace, effectiveDate };
        break;
      }
    }
    if (last) {
      fields.currentPost = last.post;
      if (last.code) fields.currentPostCode = last.code;
      fields.currentPostSince = last.effectiveDate;
      fields.workplace = last.workplace;
    }
  }

  private otherGrassroots(slot: PeopleSlot, anotherDistrict: boolean) {
    const { grassroots } = this.hierarchy;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const candidate = this.random.pick(grassroots);
      if (candidate.id !== slot.grassroots.id && (!anotherDistrict || candidate.districtIndex !== slot.districtIndex || this.hierarchy.districts.length === 1)) return candidate;
    }
    return slot.grassroots;
  }

  private enrolment(person: Person, facts: { records: GeneratedRecord[]; completedCourse?: CourseFact }): void {
    const { random, asOf } = this;
    const { fields } = person;
    const age = this.year - Number(fields.birthDate.slice(0, 4));
    const theory = theoryRank(fields.politicalTheoryCode);
    const management = fields.stateManagementCode ?? 'none';
    const key =
      theory < 2 ? 'TC'
      : theory === 2 && age <= 50 && random.chance(0.5) ? 'CC'
      : management === 'none' || management === 'CS' ? 'CV'
      : management === 'CV' && random.chance(0.5) ? 'CVC'
      : fields.professionalDegreeCode === 'DH' && age <= 40 && random.chance(0.3) ? 'ThS'
      : random.pick(['BAC3', 'IT', 'QPAN'] as const);
    const course = this.courses.find((candidate) => candidate.key === key)!;
    const status = course.fromDate > asOf ? 'planned' : course.toDate > asOf ? 'enrolled' : random.chance(0.92) ? 'completed' : 'dropped';
    const enrolment: GeneratedRecord<'trainingEnrolment'> = {
      type: 'trainingEnrolment',
      id: seededUuid(random),
      fields: { courseId: course.id, personId: person.id, status, ...(status === 'completed' ? { completedOn: course.toDate, certificate: course.certificate } : {}) },
    };
    facts.records.push(enrolment);
    if (status !== 'completed') return;
    // Completing the course raises the qualification on the person record.
    if (course.subject === 'politicalTheory' && theoryRank(course.targetCode) > theory) fields.politicalTheoryCode = course.targetCode;
    if (course.subject === 'stateManagement' && rank('stateManagement', course.targetCode) > rank('stateManagement', management)) fields.stateManagementCode = course.targetCode;
    facts.completedCourse = { name: course.name, provider: course.provider, from: course.fromDate, to: course.toDate, certificate: course.certificate };
  }

  private transfer(person: Person, slot: PeopleSlot, records: GeneratedRecord[]): void {
    const { random, asOf } = this;
    const { fields } = person;
    const membership = fields.unitHistory[fields.unitHistory.length - 1]!;
    const kind = transferKindTable.pick(random);
    const status = transferStatusTables[kind].pick(random);
    const daysAgo = status === 'issued' ? random.int(0, 10) : status === 'in-transit' ? random.int(2, 75) : status === 'expired' ? random.int(35, 120) : status === 'returned' ? random.int(10, 60) : random.int(15, 300);
    const issuedOn = addDays(asOf, -daysAgo);
    if (issuedOn <= membership.from) return;
    const target = kind === 'internal' || (kind === 'temporary' && random.chance(0.5)) ? this.otherSlot(slot) : undefined;
    const destination = target ? `${target.grassroots.name}, ${target.place}` : random.pick(kind === 'abroad' ? abroadDestinations : outsideDestinations);
    const district = this.districtOf(slot);
    const offices = [grassrootsTitle(slot.grassroots.name, slot.grassroots.kind), `Ban Tổ chức ${district.title}`, ...(kind === 'permanent' || kind === 'abroad' ? [`Ban Tổ chức ${committeeTitle(this.hierarchy.root.fields.periods[0]!.name)}`] : [])];
    const hops: { office: string; signedOn: IsoDate }[] = [];
    let signedOn = issuedOn;
    for (const office of offices.slice(0, kind === 'internal' ? 1 : offices.length)) {
      signedOn = earlier(asOf, addDays(signedOn, random.int(0, 3)));
      hops.push({ office, signedOn });
    }
    const acceptedOn = status === 'accepted' ? earlier(asOf, addDays(signedOn, random.int(2, 25))) : undefined;
    records.push({
      type: 'membershipTransfer',
      id: seededUuid(random),
      fields: {
        personId: person.id,
        kind,
        letterNumber: `${random.int(1, 999)}-GGT/${district.suffix}`,
        fromUnitId: membership.unitId,
        ...(target ? { toUnitId: target.unitId } : {}),
        destination,
        issuedOn,
        presentBy: presentationDeadline(issuedOn),
        hops,
        ...(acceptedOn ? { acceptedOn } : {}),
        status,
      },
    });
    if (acceptedOn && kind === 'internal' && target) {
      // The receiving cell takes the member from the day the letter is presented.
      fields.unitHistory = [...fields.unitHistory.slice(0, -1), { ...membership, to: acceptedOn }, { unitId: target.unitId, from: acceptedOn, to: null }];
      fields.unitId = target.unitId;
    }
  }

  private otherSlot(slot: PeopleSlot): PeopleSlot {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const candidate = this.random.pick(this.slotUnits);
      if (candidate.unitId !== slot.unitId) return candidate;
    }
    return this.slotUnits.find((candidate) => candidate.unitId !== slot.unitId) ?? slot;
  }

  private admission(person: Person, slot: PeopleSlot, helpers: readonly string[], records: GeneratedRecord[]): void {
    const { random, asOf } = this;
    const { fields } = person;
    const status = fields.memberStatus;
    let stage: AdmissionStage;
    if (status === 'probationary') stage = 'probation';
    else if (status === 'sympathizer') stage = sympathizerStageTable.pick(random);
    else if (status === 'outstanding-non-member' && random.chance(0.9)) stage = 'outstanding-non-member';
    else if (status === 'non-member' && random.chance(0.06)) stage = 'withdrawn';
    else return;

    const district = this.districtOf(slot);
    const history: { stage: AdmissionStage; date: IsoDate }[] = [];
    let decision: { number: string; date: IsoDate; signedBy: string } | undefined;
    let ceremonyDate: IsoDate | undefined;
    if (stage === 'probation') {
      decision = { number: decisionNumber(random, district.suffix), date: fields.admissionDecisionDate!, signedBy: `Ban Thường vụ ${district.title}` };
      ceremonyDate = fields.admissionDate!;
      let date = decision.date;
      const before: { stage: AdmissionStage; date: IsoDate }[] = [];
      for (const earlierStage of ['grassroots-resolution', 'cell-resolution', 'cv-verification', 'awareness-course', 'sympathizer', 'outstanding-non-member'] as const) {
        date = addDays(date, -random.int(10, 80));
        before.unshift({ stage: earlierStage, date });
      }
      history.push(...before, { stage: 'admission-decision', date: decision.date }, { stage: 'ceremony', date: ceremonyDate }, { stage: 'probation', date: ceremonyDate });
    } else {
      // Walk back from the current stage: each step some weeks before the next.
      const reached = stage === 'withdrawn' ? (random.chance(0.5) ? 'sympathizer' : 'outstanding-non-member') : stage;
      const path = admissionStages.slice(0, admissionStages.indexOf(reached) + 1);
      let date = addDays(asOf, -random.int(0, 150));
      const dated = path.reverse().map((entry) => {
        const row = { stage: entry, date };
        date = addDays(date, -random.int(20, 90));
        return row;
      });
      history.push(...dated.reverse());
      if (stage === 'withdrawn') history.push({ stage: 'withdrawn', date: earlier(asOf, addDays(history[history.length - 1]!.date, random.int(10, 60))) });
    }
    const dateOf = (entry: AdmissionStage) => history.find((row) => row.stage === entry)?.date;
    const awareness = dateOf('awareness-course');
    const cellVote = dateOf('cell-resolution');
    const chosenHelpers = stage === 'outstanding-non-member' || stage === 'withdrawn' ? [] : sample(random, helpers.filter((id) => id !== person.id), 2);
    const uncovered = slot.commune?.uncoveredAreaIds ?? [];
    const areaId = uncovered.length > 0 && random.chance(0.15) ? random.pick(uncovered) : slot.areaId;
    const record: GeneratedRecord<'admissionCase'> = {
      type: 'admissionCase',
      id: seededUuid(random),
      fields: {
        personId: person.id,
        unitId: fields.unitHistory.find((membership) => membership.to === null)?.unitId ?? fields.unitId,
        ...(slot.enterpriseId ? { enterpriseId: slot.enterpriseId } : {}),
        ...(areaId ? { residentialAreaId: areaId } : {}),
        stage,
        helperPersonIds: chosenHelpers,
        ...(awareness ? { awarenessCourseCompletedOn: awareness, awarenessCertificateExpiresOn: addYears(awareness, 5) } : {}),
        ...(cellVote ? { cellVoteDate: cellVote } : {}),
        ...(decision ? { admissionDecision: decision } : {}),
        ...(ceremonyDate ? { ceremonyDate, probationEndsOn: addYears(ceremonyDate, 1) } : {}),
        stageHistory: history,
      },
    };
    // A case in an enterprise points at the enterprise, which is written after the people.
    (slot.enterpriseId ? this.late : records).push(record);
  }

  private exit(person: Person, slot: PeopleSlot, records: GeneratedRecord[]): void {
    const { random } = this;
    const { fields } = person;
    const date = fields.exitDate!;
    const type = exitTypeTable.pick(random);
    const district = this.districtOf(slot);
    const decision = { number: decisionNumber(random, district.suffix), date, signedBy: `Ban Thường vụ ${district.title}` };
    if (type === 'expulsion') {
      records.push({
        type: 'discipline',
        id: seededUuid(random),
        fields: { subject: 'person', personId: person.id, system: 'party', formCode: 'expulsion', reason: exitReasons.expulsion, decision },
      });
    }
    records.push({
      type: 'partyExit',
      id: seededUuid(random),
      fields: { personId: person.id, type, date, ...(type === 'death' ? {} : { decision }), reason: exitReasons[type] },
    });
  }

  private discipline(person: Person, slot: PeopleSlot, records: GeneratedRecord[]): void {
    const { random, asOf } = this;
    const { fields } = person;
    const date = dateBetween(random, later(this.yearStart, fields.admissionDate!), asOf);
    const probationary = memberStatusOn(fields, date) === 'probationary';
    const leader = fields.isCadre && fields.currentPostCode !== undefined && fields.currentPostCode !== 'specialist';
    const formCode = probationary ? (random.chance(0.7) ? 'reprimand' : 'warning') : random.weighted([['reprimand', 65], ['warning', 25], [leader ? 'removal-from-post' : 'reprimand', 10]] as const);
    const grassroots = grassrootsTitle(slot.grassroots.name, slot.grassroots.kind);
    const id = seededUuid(random);
    records.push({
      type: 'discipline',
      id,
      fields: {
        subject: 'person',
        personId: person.id,
        system: 'party',
        formCode,
        reason: random.pick(disciplineReasons),
        decision: { number: `${random.int(1, 300)}-QĐ/UBKT`, date, signedBy: `Ủy ban Kiểm tra ${grassroots}` },
        expiresOn: addYears(date, 1),
      },
    });
    this.disciplined.add(person.id);
    const ids = [id];
    if (fields.isCadre && random.chance(0.2)) {
      const stateId = seededUuid(random);
      records.push({
        type: 'discipline',
        id: stateId,
        fields: { subject: 'person', personId: person.id, system: 'state', formCode: random.chance(0.6) ? 'reprimand' : 'warning', reason: 'Vi phạm quy định của Luật Cán bộ, công chức', decision: { number: `${random.int(1, 900)}/QĐ-UBND`, date: earlier(asOf, addDays(date, random.int(5, 30))), signedBy: 'Ủy ban nhân dân huyện' }, expiresOn: addYears(date, 1) },
      });
      ids.push(stateId);
    }
    if (random.chance(0.6)) {
      // The inspection whose conclusion led to the discipline, after the discipline it names.
      const concludedOn = later(this.yearStart, addDays(date, -random.int(5, 40)));
      records.push({
        type: 'inspection',
        id: seededUuid(random),
        fields: {
          kind: 'inspection',
          planYear: this.year,
          subject: 'person',
          personId: person.id,
          content: 'Kiểm tra đảng viên khi có dấu hiệu vi phạm',
          conclusion: 'Có vi phạm; đề nghị thi hành kỷ luật',
          concludedOn: earlier(concludedOn, date),
          resultingDisciplineIds: ids,
        },
      });
    }
  }

  private evaluation(person: Person, slot: PeopleSlot, records: GeneratedRecord[]): void {
    const scheme = this.memberScheme;
    if (!scheme) return;
    const { random } = this;
    const grassroots = slot.grassroots;
    let level = this.disciplined.has(person.id) ? (random.chance(0.5) ? 'completed' : 'notCompleted') : memberRatingTable.pick(random);
    const counts = this.ratingCounts.get(grassroots.id) ?? { excellent: 0, good: 0 };
    this.ratingCounts.set(grassroots.id, counts);
    // Excellent may not exceed a fifth of "good" in the grassroots organization, at every point of the count.
    if (level === 'excellent' && counts.excellent + 1 > excellentCapShareOfGood * counts.good) level = 'good';
    if (level === 'excellent') counts.excellent += 1;
    if (level === 'good') counts.good += 1;
    // One decision of the grassroots organization rates all its members.
    let decision = this.ratingDecisions.get(grassroots.id);
    if (!decision) {
      const year = this.collected.evaluationYear;
      decision = {
        number: `${random.int(1, 400)}-QĐ/${grassroots.kind === 'grassroots-committee' ? 'ĐU' : 'CB'}`,
        date: dateBetween(random, `${year}-12-01`, earlier(`${year}-12-31`, addDays(this.asOf, 1))),
        signedBy: grassrootsTitle(grassroots.name, grassroots.kind),
      };
      this.ratingDecisions.set(grassroots.id, decision);
    }
    const rated = scheme.byPoints ? scheme.points(random, level) : { grade: scheme.grade(level) };
    records.push({
      type: 'evaluation',
      id: seededUuid(random),
      fields: {
        subject: 'person',
        personId: person.id,
        ratingSchemeCode: scheme.code,
        period: { year: this.collected.evaluationYear },
        ratingCode: rated.grade,
        ...('points' in rated ? { points: rated.points } : {}),
        stage: 'decision',
        decision: { ...decision },
      },
    });
    if (level === 'excellent') {
      const sampleOfDistrict = this.collected.excellentMembers[slot.districtIndex]!;
      if (sampleOfDistrict.length < 80) sampleOfDistrict.push(person.id);
    }
  }

  private collect(person: Person, slot: PeopleSlot): void {
    const { fields } = person;
    if (fields.memberStatus === 'full' && fields.admissionDecisionDate) {
      const years = this.year - Number(fields.admissionDecisionDate.slice(0, 4));
      this.collected.badgeRecipients.get(years)?.[slot.districtIndex]!.push(person.id);
    }
    if (fields.isCadre) {
      const birthYear = Number(fields.birthDate.slice(0, 4));
      const age = this.collected.partyTermFrom - birthYear;
      if (age >= 30 && age <= (fields.sex === 'male' ? 55 : 50)) {
        this.collected.planningPool[slot.districtIndex]!.push({ id: person.id, sex: fields.sex, birthYear, theoryRank: theoryRank(fields.politicalTheoryCode) });
      }
    }
  }
}
