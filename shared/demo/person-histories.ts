/**
 * The dated tables of a generated cadre (work, training, salary, family on both sides, party posts) and the health
 * rows of some members, consistent with the person record: the last work row is the current post, the salary row
 * is the current step, the training rows lead to the degrees and certificates held.
 */
import type { IsoDate } from '../dates/partial-date';
import { isMemberOn } from '../people/membership';
import type { RecordInput } from '../records/registry';
import { dateBetween, pad, seededUuid, WeightedTable } from './generator-support';
import type { GeneratedRecord } from './province-generator';
import type { PeopleSlot } from './province-shape';
import type { SeededRandom } from './random';
import { vietnameseFullName } from './vietnamese-names';

/** What the year's events decided about a person, which the history tables must show. */
export interface PersonFacts {
  /** The event records about the person, to come right after the people of their slot. */
  readonly records: GeneratedRecord[];
  /** Movements that wrote a work row, in time order. */
  readonly movements: readonly MovementFact[];
  /** A course of this year's training plan the person completed. */
  readonly completedCourse?: CourseFact;
  /** A party post the person took by a movement (e.g. appointed to the standing committee of the district). */
  readonly partyPost?: { readonly code: string; readonly unitId: string; readonly from: IsoDate };
}

export interface MovementFact {
  readonly id: string;
  readonly effectiveDate: IsoDate;
  readonly fromPost: string;
  readonly toPost: string;
  readonly workplace: string;
  readonly unitId?: string;
}

export interface CourseFact {
  readonly name: string;
  readonly provider: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly certificate: string;
}

type HistoryRow = Omit<RecordInput<'personHistory'>, 'personId'>;
type Person = GeneratedRecord<'person'>;

const workRowsTable = new WeightedTable([[1, 35], [2, 35], [3, 20], [4, 10]] as const);
const trainingRowsTable = new WeightedTable([[0, 25], [1, 40], [2, 25], [3, 10]] as const);
const familyRowsTable = new WeightedTable([[3, 40], [4, 30], [5, 20], [6, 10]] as const);
const partyPostTable = new WeightedTable([['committee-member', 58], ['standing-committee-member', 14], ['deputy-secretary', 12], ['secretary', 8], ['inspection-member', 5], ['inspection-chair', 3]] as const);
const healthTable = new WeightedTable([['good', 55], ['fair', 30], ['average', 12], ['weak', 3]] as const);
const bloodTable = new WeightedTable([['O', 42], ['B', 30], ['A', 21], ['AB', 7]] as const);

const earlierPosts = ['Cán bộ hợp đồng', 'Chuyên viên', 'Công chức Văn phòng - Thống kê', 'Công chức Địa chính - Xây dựng', 'Bí thư Đoàn Thanh niên xã', 'Phó Trưởng phòng', 'Giáo viên'] as const;
const earlierWorkplaces = ['Ủy ban nhân dân xã', 'Phòng Nội vụ huyện', 'Văn phòng Huyện ủy', 'Huyện đoàn', 'Phòng Tài chính - Kế hoạch huyện', 'Trường THCS'] as const;
const universities = [
  ['Trường Đại học Hùng Vương', 'Sư phạm', 'Cử nhân Sư phạm'],
  ['Trường Đại học Luật Hà Nội', 'Luật', 'Cử nhân Luật'],
  ['Học viện Hành chính Quốc gia', 'Hành chính học', 'Cử nhân Hành chính'],
  ['Trường Đại học Kinh tế Quốc dân', 'Kinh tế', 'Cử nhân Kinh tế'],
  ['Học viện Nông nghiệp Việt Nam', 'Nông học', 'Kỹ sư Nông nghiệp'],
  ['Trường Đại học Công nghiệp Việt Trì', 'Kế toán', 'Cử nhân Kế toán'],
] as const;
const parentOccupations = ['Làm ruộng', 'Nghỉ hưu', 'Cán bộ hưu trí', 'Buôn bán nhỏ', 'Công nhân'] as const;
const adultOccupations = ['Giáo viên', 'Công chức', 'Làm ruộng', 'Kinh doanh', 'Công nhân', 'Nhân viên y tế', 'Kế toán'] as const;

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || '1') - 1;
const monthOf = (index: number) => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;

export class CadreHistories {
  private readonly year: number;
  private readonly termStart: number;
  private readonly partyPosts = new Map<string, { code: string; unitId: string; from: string }>();

  constructor(
    private readonly random: SeededRandom,
    private readonly asOf: IsoDate,
  ) {
    this.year = Number(asOf.slice(0, 4));
    // Party congresses every five years (2020, 2025…); the grassroots ones are over by the middle of the year.
    const congress = this.year - (this.year % 5);
    this.termStart = asOf >= `${congress}-07-01` ? congress : congress - 5;
  }

  /** Decides the party post of some cadres (on the person record and as a history row). Before the person is written. */
  prepare(person: Person, slot: PeopleSlot): void {
    const { fields } = person;
    if (!fields.isCadre || !isMemberOn(fields, this.asOf) || fields.partyPostCode !== undefined || !this.random.chance(0.12)) return;
    const code = partyPostTable.pick(this.random);
    const from = dateBetween(this.random, `${this.termStart}-04-01`, `${this.termStart}-07-01`).slice(0, 7);
    fields.partyPostCode = code;
    this.partyPosts.set(person.id, { code, unitId: slot.grassroots.id, from: from < (fields.admissionDate ?? from) ? fields.admissionDate!.slice(0, 7) : from });
  }

  /** The history rows of a person: the tables of a cadre, and a health row for some members. */
  forPerson(person: Person, slot: PeopleSlot, facts: PersonFacts | undefined): GeneratedRecord<'personHistory'>[] {
    const rows: HistoryRow[] = [];
    const { fields } = person;
    if (fields.isCadre && fields.recruitmentDate) {
      this.work(fields, slot, facts, rows);
      this.training(fields, facts, rows);
      this.salary(fields, rows);
      this.family(fields, slot, rows);
      const post = facts?.partyPost ?? this.partyPosts.get(person.id);
      if (post) rows.push({ kind: 'partyPost', partyPostCode: post.code, unitId: post.unitId, from: post.from });
      this.partyPosts.delete(person.id);
    }
    if (this.random.chance(0.05) && isMemberOn(fields, this.asOf)) rows.push(this.health(fields.sex));
    return rows.map((row) => ({ type: 'personHistory', id: seededUuid(this.random), fields: { personId: person.id, ...row } as RecordInput<'personHistory'> }));
  }

  private work(fields: Person['fields'], slot: PeopleSlot, facts: PersonFacts | undefined, rows: HistoryRow[]): void {
    const { random } = this;
    const movements = facts?.movements ?? [];
    const start = monthIndex(fields.recruitmentDate!);
    const firstMovement = movements[0];
    const end = Math.max(start, monthIndex(firstMovement ? firstMovement.effectiveDate : (fields.currentPostSince ?? fields.recruitmentDate!)));
    const count = Math.min(workRowsTable.pick(random), end - start + 1);
    const bounds = [start, ...Array.from({ length: count - 1 }, () => random.int(start + 1, end)).sort((a, b) => a - b)];
    bounds.forEach((from, index) => {
      const last = index === bounds.length - 1;
      const to = last ? (firstMovement ? end : undefined) : bounds[index + 1]!;
      const current = last && !firstMovement;
      rows.push({
        kind: 'work',
        from: monthOf(from),
        ...(to === undefined ? {} : { to: monthOf(to) }),
        post: current ? fields.currentPost! : last && firstMovement ? firstMovement.fromPost : random.pick(earlierPosts),
        workplace: current ? fields.workplace! : `${random.pick(earlierWorkplaces)} ${slot.place.split(',')[0]}`,
        ...(current ? { unitId: fields.unitId } : {}),
      });
    });
    movements.forEach((movement, index) => {
      const next = movements[index + 1];
      rows.push({
        kind: 'work',
        from: movement.effectiveDate,
        ...(next ? { to: next.effectiveDate } : {}),
        post: movement.toPost,
        workplace: movement.workplace,
        ...(movement.unitId ? { unitId: movement.unitId } : {}),
        movementId: movement.id,
      });
    });
  }

  private training(fields: Person['fields'], facts: PersonFacts | undefined, rows: HistoryRow[]): void {
    const { random, asOf } = this;
    const birthYear = Number(fields.birthDate.slice(0, 4));
    const recruited = Number(fields.recruitmentDate!.slice(0, 4));
    const candidates: HistoryRow[] = [];
    const degree = fields.professionalDegreeCode;
    if (degree === 'DH' || degree === 'ThS' || degree === 'TS' || degree === 'CD' || degree === 'TC') {
      const [school, major, certificate] = random.pick(universities);
      const years = degree === 'CD' ? 3 : degree === 'TC' ? 2 : 4;
      const level = degree === 'CD' ? 'Cao đẳng' : degree === 'TC' ? 'Trung cấp' : null;
      candidates.push({ kind: 'training', from: `${birthYear + 18}-09`, to: `${birthYear + 18 + years}-06`, school, major, mode: random.chance(0.75) ? 'full-time' : 'in-service', certificate: level ? `${level} ${major}` : certificate });
    }
    if (degree === 'ThS' || degree === 'TS') {
      const from = Math.min(recruited + random.int(3, 8), this.year - 2);
      candidates.push({ kind: 'training', from: `${from}-10`, to: `${from + 2}-06`, school: 'Học viện Chính trị quốc gia Hồ Chí Minh', major: 'Quản lý kinh tế', mode: 'in-service', certificate: degree === 'TS' ? 'Tiến sĩ Quản lý kinh tế' : 'Thạc sĩ Quản lý kinh tế' });
    }
    const theory = fields.politicalTheoryCode;
    if (theory === 'TC' || theory === 'CC' || theory === 'CN') {
      const from = Math.min(recruited + random.int(2, 6), this.year - 1);
      const high = theory !== 'TC';
      candidates.push({
        kind: 'training',
        from: `${from}-03`,
        to: high ? `${from + 1}-09` : `${from}-12`,
        school: high ? 'Học viện Chính trị khu vực I' : 'Trường Chính trị tỉnh Phú Thọ',
        mode: 'in-service',
        certificate: high ? (theory === 'CN' ? 'Cử nhân chính trị' : 'Cao cấp lý luận chính trị') : 'Trung cấp lý luận chính trị - hành chính',
      });
    }
    const management = fields.stateManagementCode;
    if (management === 'CV' || management === 'CVC' || management === 'CVCC') {
      const from = Math.min(recruited + random.int(1, 8), this.year);
      candidates.push({ kind: 'training', from: `${from}-05`, to: `${from}-07`, school: 'Trường Chính trị tỉnh Phú Thọ', mode: 'short-course', certificate: management === 'CV' ? 'Chứng chỉ chương trình chuyên viên' : 'Chứng chỉ chương trình chuyên viên chính' });
    }
    const count = trainingRowsTable.pick(random);
    const chosen = candidates.filter((row) => row.from! <= asOf).slice(0, count);
    const course = facts?.completedCourse;
    if (course) chosen.push({ kind: 'training', from: course.from, to: course.to, school: course.provider, major: course.name, mode: 'in-service', certificate: course.certificate });
    chosen.sort((a, b) => a.from!.localeCompare(b.from!));
    for (const row of chosen) rows.push(row.to !== undefined && row.to > asOf ? { ...row, to: asOf.slice(0, 7) < row.from! ? row.from! : asOf.slice(0, 7) } : row);
  }

  private salary(fields: Person['fields'], rows: HistoryRow[]): void {
    if (!fields.civilServiceGradeCode || !fields.salaryStep || !fields.salaryCoefficient || !fields.salaryEffectiveDate) return;
    if (fields.salaryStep > 1 && this.random.chance(0.4)) {
      const previous = monthIndex(fields.salaryEffectiveDate) - 36;
      rows.push({ kind: 'salary', effectiveDate: monthOf(previous), civilServiceGradeCode: fields.civilServiceGradeCode, salaryStep: fields.salaryStep - 1, salaryCoefficient: Math.round((fields.salaryCoefficient - 0.33) * 100) / 100 });
    }
    rows.push({ kind: 'salary', effectiveDate: fields.salaryEffectiveDate, civilServiceGradeCode: fields.civilServiceGradeCode, salaryStep: fields.salaryStep, salaryCoefficient: fields.salaryCoefficient });
  }

  private family(fields: Person['fields'], slot: PeopleSlot, rows: HistoryRow[]): void {
    const { random, year } = this;
    const birthYear = Number(fields.birthDate.slice(0, 4));
    const surname = fields.fullName.split(' ')[0]!;
    const named = (sex: 'male' | 'female', family?: string) => {
      const name = vietnameseFullName(random, sex);
      return family ? `${family}${name.slice(name.indexOf(' '))}` : name;
    };
    const hometown = slot.place;
    const parent = (relation: string, side: 'own' | 'spouse', sex: 'male' | 'female', family: string | undefined, childBirthYear: number): HistoryRow => {
      const born = childBirthYear - random.int(20, 34);
      const age = year - born;
      return {
        kind: 'family',
        side,
        relation,
        fullName: named(sex, family),
        birthYear: born,
        hometown,
        occupation: age > 82 && random.chance(0.6) ? 'Đã mất' : random.pick(parentOccupations),
        ...(random.chance(0.3) ? { memberships: 'Đảng viên' } : sex === 'male' && random.chance(0.2) ? { memberships: 'Hội viên Hội Cựu chiến binh' } : sex === 'female' && random.chance(0.3) ? { memberships: 'Hội viên Hội Liên hiệp Phụ nữ' } : {}),
      };
    };
    const male = fields.sex === 'male';
    const married = random.chance(year - birthYear >= 25 ? 0.92 : 0.4);
    const candidates: HistoryRow[] = [parent('Bố đẻ', 'own', 'male', surname, birthYear), parent('Mẹ đẻ', 'own', 'female', undefined, birthYear)];
    if (married) {
      const spouseBorn = birthYear + (male ? random.int(0, 6) : random.int(-6, 0));
      const spouseName = named(male ? 'female' : 'male');
      const spouseFamily = spouseName.split(' ')[0]!;
      candidates.push(parent(male ? 'Bố vợ' : 'Bố chồng', 'spouse', 'male', spouseFamily, spouseBorn));
      candidates.push({ kind: 'family', side: 'own', relation: male ? 'Vợ' : 'Chồng', fullName: spouseName, birthYear: spouseBorn, occupation: random.pick(adultOccupations), residence: fields.currentResidence });
      candidates.push(parent(male ? 'Mẹ vợ' : 'Mẹ chồng', 'spouse', 'female', undefined, spouseBorn));
      for (let child = 0; child < 2; child += 1) {
        const born = birthYear + random.int(23, 36);
        if (born <= year) candidates.push({ kind: 'family', side: 'own', relation: 'Con', fullName: named(random.chance(0.5) ? 'male' : 'female', male ? surname : spouseFamily), birthYear: born, occupation: year - born < 18 ? 'Học sinh' : random.pick(adultOccupations) });
      }
    } else {
      for (const [relation, sex, offset] of [['Anh trai', 'male', -3], ['Em gái', 'female', 3], ['Em trai', 'male', 5], ['Chị gái', 'female', -5]] as const) {
        candidates.push({ kind: 'family', side: 'own', relation, fullName: named(sex, surname), birthYear: birthYear + offset + random.int(-1, 1), occupation: random.pick(adultOccupations) });
      }
    }
    rows.push(...candidates.slice(0, familyRowsTable.pick(random)));
  }

  private health(sex: 'male' | 'female'): HistoryRow {
    const { random, asOf } = this;
    const height = sex === 'male' ? random.int(158, 178) : random.int(148, 166);
    return {
      kind: 'health',
      date: dateBetween(random, `${this.year}-01-01`, asOf),
      healthStatusCode: healthTable.pick(random),
      heightCm: height,
      weightKg: Math.round((height - 100) * (0.8 + random.next() * 0.35)),
      bloodGroupCode: bloodTable.pick(random),
    };
  }
}
