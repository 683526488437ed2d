/**
 * The year's events that need the whole province: the rating of every grassroots organization (with the weak ones
 * put into consolidation), supervisions and inspections of organizations, the planning cycle with its positions and
 * candidate pools, and the commendations (year-end merit to members and collectives, party badges).
 */
import type { IsoDate } from '../dates/partial-date';
import type { Level } from '../events/event-fields';
import { addDays, dateBetween, decisionNumber, earlier, later, sample, seededUuid, WeightedTable } from './generator-support';
import { committeeTitle, decisionSuffix } from './office-titles';
import type { CollectedFacts, PoolCandidate } from './people-events';
import type { GeneratedRecord } from './province-generator';
import type { GrassrootsOrganization, Hierarchy } from './province-shape';
import type { SeededRandom } from './random';
import { excellentCapShareOfGood, ratingSchemeFor, type RatingLevel } from './rating-schemes';
import { vietnameseFullName } from './vietnamese-names';

const organizationRatingTable = new WeightedTable<RatingLevel>([['excellent', 12], ['good', 72], ['completed', 14], ['notCompleted', 2]]);
const supervisionContents = [
  'Việc thực hiện quy chế làm việc và chế độ sinh hoạt của cấp ủy',
  'Việc lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội',
  'Công tác kết nạp đảng viên và quản lý đảng viên',
  'Việc thu, nộp, quản lý và sử dụng đảng phí',
  'Việc thực hiện Quy định về những điều đảng viên không được làm',
] as const;

interface PlannedPost {
  readonly postCode: string;
  readonly title: string;
  readonly seats: { readonly province: number; readonly district: number };
  /** Drawn from candidates with at least this political theory rank (when there are enough of them). */
  readonly minTheoryRank: { readonly province: number; readonly district: number };
}
const plannedPosts: readonly PlannedPost[] = [
  { postCode: 'secretary', title: 'Bí thư', seats: { province: 1, district: 1 }, minTheoryRank: { province: 3, district: 3 } },
  { postCode: 'standing-deputy-secretary', title: 'Phó Bí thư Thường trực', seats: { province: 1, district: 1 }, minTheoryRank: { province: 3, district: 3 } },
  { postCode: 'deputy-secretary', title: 'Phó Bí thư', seats: { province: 2, district: 1 }, minTheoryRank: { province: 3, district: 3 } },
  { postCode: 'standing-committee-member', title: 'Ủy viên Ban Thường vụ', seats: { province: 12, district: 7 }, minTheoryRank: { province: 3, district: 2 } },
  { postCode: 'committee-member', title: 'Ủy viên Ban Chấp hành', seats: { province: 35, district: 20 }, minTheoryRank: { province: 2, district: 2 } },
  { postCode: 'inspection-chair', title: 'Chủ nhiệm Ủy ban Kiểm tra', seats: { province: 1, district: 1 }, minTheoryRank: { province: 3, district: 2 } },
  { postCode: 'people-committee-chair', title: 'Chủ tịch Ủy ban nhân dân', seats: { province: 1, district: 1 }, minTheoryRank: { province: 3, district: 3 } },
  { postCode: 'people-committee-vice-chair', title: 'Phó Chủ tịch Ủy ban nhân dân', seats: { province: 3, district: 2 }, minTheoryRank: { province: 3, district: 2 } },
  { postCode: 'people-council-chair', title: 'Chủ tịch Hội đồng nhân dân', seats: { province: 1, district: 1 }, minTheoryRank: { province: 3, district: 2 } },
];
/** The days party badges are handed over: 3/2, 19/5, 2/9, 7/11. */
const badgeOccasions = ['02-03', '05-19', '09-02', '11-07'] as const;

export function organizationEvents(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, collected: CollectedFacts): GeneratedRecord[] {
  const year = Number(asOf.slice(0, 4));
  const records: GeneratedRecord[] = [];
  const excellentUnits = ratings(random, hierarchy, asOf, collected.evaluationYear, records);
  if (collected.evaluationYear === year) previousYearConsolidations(random, hierarchy, asOf, records);
  supervisions(random, hierarchy, asOf, records);
  planning(random, hierarchy, asOf, collected, records);
  commendations(random, hierarchy, asOf, collected, excellentUnits, records);
  return records;
}

const districtTitle = (hierarchy: Hierarchy, index: number) => {
  const name = hierarchy.districts[index]!.unit.fields.periods[0]!.name;
  return { title: committeeTitle(name), suffix: decisionSuffix(name) };
};

/** A day of the last days of December of `year`, never after `asOf`. */
function yearEnd(random: SeededRandom, year: number, fromDay: string, asOf: IsoDate): IsoDate {
  const from = earlier(`${year}-12-${fromDay}`, asOf);
  return dateBetween(random, from, addDays(earlier(`${year}-12-31`, asOf), 1));
}

/** Every grassroots organization rated by its district committee; the excellent ones capped like members', the weak ones into consolidation. */
function ratings(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, evaluationYear: number, records: GeneratedRecord[]): string[][] {
  const excellent = hierarchy.districts.map(() => [] as string[]);
  const scheme = ratingSchemeFor(evaluationYear, 'organization');
  if (!scheme) return excellent;
  for (const district of hierarchy.districts) {
    const { title, suffix } = districtTitle(hierarchy, district.index);
    const decision = { number: decisionNumber(random, suffix), date: yearEnd(random, evaluationYear, '05', asOf), signedBy: `Ban Thường vụ ${title}` };
    const counts = { excellent: 0, good: 0 };
    for (const organization of district.grassroots) {
      let level = organizationRatingTable.pick(random);
      if (level === 'excellent' && counts.excellent + 1 > excellentCapShareOfGood * counts.good) level = 'good';
      if (level === 'excellent') {
        counts.excellent += 1;
        excellent[district.index]!.push(organization.id);
      }
      if (level === 'good') counts.good += 1;
      const rated = scheme.byPoints ? scheme.points(random, level) : { grade: scheme.grade(level) };
      const evaluation: GeneratedRecord<'evaluation'> = {
        type: 'evaluation',
        id: seededUuid(random),
        fields: {
          subject: 'unit',
          unitId: organization.id,
          ratingSchemeCode: scheme.code,
          period: { year: evaluationYear },
          ratingCode: rated.grade,
          ...('points' in rated ? { points: rated.points } : {}),
          stage: 'decision',
          decision,
        },
      };
      records.push(evaluation);
      if (level === 'notCompleted') records.push(consolidation(random, organization, title, suffix, earlier(asOf, addDays(decision.date, random.int(5, 20))), evaluationYear, evaluation.id));
    }
  }
  return excellent;
}

function consolidation(random: SeededRandom, organization: GrassrootsOrganization, title: string, suffix: string, enteredOn: IsoDate, weakYear: number, evaluationId?: string): GeneratedRecord<'consolidation'> {
  return {
    type: 'consolidation',
    id: seededUuid(random),
    fields: {
      unitId: organization.id,
      enteredOn,
      ...(evaluationId ? { evaluationId } : {}),
      decision: { number: decisionNumber(random, suffix), date: enteredOn, signedBy: `Ban Thường vụ ${title}` },
      reason: `Xếp loại không hoàn thành nhiệm vụ năm ${weakYear}`,
      measures: 'Kiện toàn cấp ủy; cấp ủy viên cấp trên dự sinh hoạt định kỳ; sửa đổi quy chế làm việc; kiểm điểm tập thể và cá nhân liên quan',
      responsiblePerson: `Đồng chí ${vietnameseFullName(random, random.chance(0.7) ? 'male' : 'female')}, Ủy viên Ban Thường vụ ${title}`,
      targetYear: weakYear + 1,
    },
  };
}

/** Organizations rated weak the year before, in the program since early this year; some have left it. */
function previousYearConsolidations(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, records: GeneratedRecord[]): void {
  const year = Number(asOf.slice(0, 4));
  if (asOf < `${year}-03-01`) return;
  // About one in eighty, and at least one where there are organizations at all.
  const weak = sample(random, hierarchy.grassroots, Math.max(1, Math.round(hierarchy.grassroots.length * 0.012)));
  for (const organization of weak) {
    const { title, suffix } = districtTitle(hierarchy, organization.districtIndex);
    const record = consolidation(random, organization, title, suffix, dateBetween(random, `${year}-01-15`, earlier(`${year}-03-01`, asOf)), year - 1);
    if (asOf >= `${year}-10-01` && random.chance(0.6)) {
      record.fields.leftOn = dateBetween(random, `${year}-10-01`, addDays(asOf, 1));
      record.fields.outcome = 'Đã khắc phục yếu kém; được công nhận ra khỏi diện tổ chức đảng yếu kém';
    }
    records.push(record);
  }
}

function supervisions(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, records: GeneratedRecord[]): void {
  const year = Number(asOf.slice(0, 4));
  for (const organization of hierarchy.grassroots) {
    if (!random.chance(0.12)) continue;
    const concluded = asOf >= `${year}-03-01` && random.chance(0.75);
    records.push({
      type: 'inspection',
      id: seededUuid(random),
      fields: {
        kind: random.chance(0.6) ? 'supervision' : 'inspection',
        planYear: year,
        subject: 'unit',
        unitId: organization.id,
        content: random.pick(supervisionContents),
        ...(concluded ? { conclusion: random.chance(0.85) ? 'Thực hiện tốt; có một số hạn chế cần khắc phục' : 'Có vi phạm; yêu cầu kiểm điểm, khắc phục', concludedOn: dateBetween(random, `${year}-03-01`, addDays(asOf, 1)) } : {}),
      },
    });
  }
}

/** One planning cycle (the next party term and the state term a year later) for the province and district committees. */
function planning(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, collected: CollectedFacts, records: GeneratedRecord[]): void {
  const year = Number(asOf.slice(0, 4));
  const from = collected.partyTermFrom;
  const cycle: GeneratedRecord<'planningCycle'> = {
    type: 'planningCycle',
    id: seededUuid(random),
    fields: { name: `Quy hoạch cán bộ nhiệm kỳ ${from}-${from + 5}`, partyTermFrom: from, partyTermTo: from + 5, stateTermFrom: from + 1, stateTermTo: from + 6 },
  };
  records.push(cycle);
  const provinceTitle = committeeTitle(hierarchy.root.fields.periods[0]!.name);
  const committees: { unitId: string; level: Level; title: string; suffix: string; pool: PoolCandidate[] }[] = [
    { unitId: hierarchy.root.id, level: 'province', title: provinceTitle, suffix: 'TU', pool: collected.planningPool.flat() },
    ...hierarchy.districts.map((district) => ({ unitId: district.unit.id, level: 'district' as const, ...districtTitle(hierarchy, district.index), pool: collected.planningPool[district.index]! })),
  ];
  const adoptedFrom = earlier(`${from - 2}-03-01`, addDays(asOf, -200));
  const adoptedTo = earlier(`${from - 2}-11-30`, addDays(asOf, -30));
  for (const committee of committees) {
    for (const post of plannedPosts) {
      const scope = committee.level === 'province' ? 'province' : 'district';
      const seats = post.seats[scope];
      const position: GeneratedRecord<'plannedPosition'> = {
        type: 'plannedPosition',
        id: seededUuid(random),
        fields: { cycleId: cycle.id, unitId: committee.unitId, postCode: post.postCode, title: `${post.title} ${committee.title}`, level: committee.level, seats },
      };
      records.push(position);
      const qualified = committee.pool.filter((candidate) => candidate.theoryRank >= post.minTheoryRank[scope]);
      const size = Math.round(seats * (1.5 + random.next() * 0.5));
      const chosen = sample(random, qualified.length >= size ? qualified : committee.pool, size);
      chosen.forEach((candidate, index) => {
        const atReview = random.chance(0.15);
        const addedOn = atReview ? dateBetween(random, earlier(`${year}-01-15`, asOf), addDays(asOf, 1)) : dateBetween(random, adoptedFrom, adoptedTo);
        const conference = random.int(60, 150);
        const standing = random.int(11, 17);
        const removed = random.chance(0.05) ? earlier(asOf, later(addDays(addedOn, 30), `${year}-06-01`)) : undefined;
        records.push({
          type: 'planningCandidate',
          id: seededUuid(random),
          fields: {
            positionId: position.id,
            personId: candidate.id,
            priority: index + 1,
            addedOn,
            decision: { number: decisionNumber(random, committee.suffix), date: addedOn, signedBy: `Ban Thường vụ ${committee.title}` },
            votes: [
              { step: 'Hội nghị cán bộ chủ chốt', date: addDays(addedOn, -random.int(30, 60)), votesFor: random.int(Math.ceil(conference * 0.55), conference), votesAgainst: 0, totalVoters: conference },
              { step: 'Ban Thường vụ', date: addDays(addedOn, -random.int(5, 20)), votesFor: random.int(Math.ceil(standing * 0.6), standing), votesAgainst: 0, totalVoters: standing },
            ],
            ...(removed && removed >= addedOn
              ? { removedOn: removed, removalDecision: { number: decisionNumber(random, committee.suffix), date: removed, signedBy: `Ban Thường vụ ${committee.title}` }, removalReason: random.pick(['Không còn đủ tiêu chuẩn, điều kiện', 'Chuyển công tác ra ngoài tỉnh', 'Theo nguyện vọng cá nhân'] as const) }
              : {}),
          },
        });
      });
    }
  }
}

/** Year-end merit to excellent members and collectives (several recipients per decision), and the party badges of the year. */
function commendations(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate, collected: CollectedFacts, excellentUnits: string[][], records: GeneratedRecord[]): void {
  const year = Number(asOf.slice(0, 4));
  const evaluationYear = collected.evaluationYear;
  const provinceTitle = committeeTitle(hierarchy.root.fields.periods[0]!.name);
  const commend = (formCode: string, issuingLevel: Level, signedBy: string, suffix: string, date: IsoDate, reason: string, people: readonly string[], units: readonly string[]) => {
    if (people.length + units.length === 0) return;
    records.push({
      type: 'commendation',
      id: seededUuid(random),
      fields: {
        formCode,
        decision: { number: decisionNumber(random, suffix), date, signedBy },
        reason,
        issuingLevel,
        recipients: [...people.map((personId) => ({ personId })), ...units.map((unitId) => ({ unitId }))],
      },
    });
  };
  const reason = `Hoàn thành xuất sắc nhiệm vụ năm ${evaluationYear}`;
  for (const district of hierarchy.districts) {
    const { title, suffix } = districtTitle(hierarchy, district.index);
    const members = sample(random, collected.excellentMembers[district.index]!, random.int(5, 15));
    const units = sample(random, excellentUnits[district.index]!, random.int(1, 4));
    commend('commendation-paper', 'district', `Ban Thường vụ ${title}`, suffix, yearEnd(random, evaluationYear, '15', asOf), reason, members, units);
  }
  const allMembers = collected.excellentMembers.flat();
  const allUnits = excellentUnits.flat();
  for (let decision = 0; decision < 2; decision += 1) {
    commend('province-committee-certificate', 'province', `Ban Thường vụ ${provinceTitle}`, 'TU', yearEnd(random, evaluationYear, '20', asOf), reason, sample(random, allMembers, random.int(8, 20)), sample(random, allUnits, random.int(3, 6)));
  }
  const occasions = badgeOccasions.map((day) => `${year}-${day}`).filter((day) => day <= asOf);
  if (occasions.length === 0) return;
  for (const [years, byDistrict] of collected.badgeRecipients) {
    byDistrict.forEach((people, districtIndex) => {
      const { title } = districtTitle(hierarchy, districtIndex);
      for (let start = 0; start < people.length; start += 150) {
        commend(`party-badge-${years}`, 'province', `Ban Thường vụ ${provinceTitle}`, 'TU', random.pick(occasions), `Đạt ${years} năm tuổi Đảng (${title})`, people.slice(start, start + 150), []);
      }
    });
  }
}
