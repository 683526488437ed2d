import type { CatalogAttributeValue, CatalogEntry, CatalogName } from './catalog';

/**
 * The official catalogs every installation starts with. Names are Vietnamese data as printed on the forms;
 * codes are the official ones where a list exists (ethnicity, religion, civil-service grades) and otherwise
 * stable short codes that never change once records point at them. Validity dates mark schemes that changed.
 */

interface Row {
  readonly code: string;
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly attributes?: Readonly<Record<string, CatalogAttributeValue>>;
}

/** Shorthand for a row; sortOrder comes from the position in the list, so the lists read in display order. */
const row = (code: string, name: string, attributes?: Row['attributes'], validity?: { from?: string; to?: string }): Row => ({
  code,
  name,
  ...(validity?.from === undefined ? {} : { validFrom: validity.from }),
  ...(validity?.to === undefined ? {} : { validTo: validity.to }),
  ...(attributes === undefined ? {} : { attributes }),
});

function build(catalog: CatalogName, rows: readonly Row[]): CatalogEntry[] {
  return rows.map((item, index) => ({
    catalog,
    code: item.code,
    name: item.name,
    validFrom: item.validFrom ?? null,
    validTo: item.validTo ?? null,
    sortOrder: index + 1,
    ...(item.attributes === undefined ? {} : { attributes: { ...item.attributes } }),
  }));
}

// Ethnic groups, codes of the 2008 statistics list. Kinh is the majority; the flag feeds the planning share of minorities.
// Aliases are names older lists (1979) and common usage write differently, for entryByName.
const ethnicity = build(
  'ethnicity',
  (
    [
      ['01', 'Kinh', 'Việt'],
      ['02', 'Tày'],
      ['03', 'Thái'],
      ['04', 'Mường'],
      ['05', 'Khơ-me', 'Khmer; Khơ-me Krôm'],
      ['06', 'Hoa', 'Hán'],
      ['07', 'Nùng'],
      ['08', "H'Mông", 'Mông; Mèo'],
      ['09', 'Dao'],
      ['10', 'Gia-rai', 'Jrai'],
      ['11', 'Ê-đê', 'Rađê'],
      ['12', 'Ba-na', 'Bahnar'],
      ['13', 'Sán Chay', 'Cao Lan-Sán Chỉ; Cao Lan; Sán Chỉ'],
      ['14', 'Chăm', 'Chàm'],
      ['15', 'Cơ-ho', "K'Ho"],
      ['16', 'Xơ-đăng', 'Xê-đăng'],
      ['17', 'Sán Dìu'],
      ['18', 'Hrê'],
      ['19', 'Ra-glai'],
      ['20', 'Mnông'],
      ['21', 'Thổ'],
      ['22', 'Xtiêng', 'Stiêng'],
      ['23', 'Khơ-mú'],
      ['24', 'Bru-Vân Kiều', 'Vân Kiều'],
      ['25', 'Cơ-tu'],
      ['26', 'Giáy'],
      ['27', 'Tà-ôi'],
      ['28', 'Mạ'],
      ['29', 'Gié-Triêng'],
      ['30', 'Co'],
      ['31', 'Chơ-ro', 'Châu Ro'],
      ['32', 'Xinh-mun'],
      ['33', 'Hà Nhì'],
      ['34', 'Chu-ru'],
      ['35', 'Lào'],
      ['36', 'La Chí'],
      ['37', 'Kháng'],
      ['38', 'Phù Lá'],
      ['39', 'La Hủ'],
      ['40', 'La Ha'],
      ['41', 'Pà Thẻn'],
      ['42', 'Lự'],
      ['43', 'Ngái'],
      ['44', 'Chứt'],
      ['45', 'Lô Lô'],
      ['46', 'Mảng'],
      ['47', 'Cơ Lao'],
      ['48', 'Bố Y'],
      ['49', 'Cống'],
      ['50', 'Si La'],
      ['51', 'Pu Péo'],
      ['52', 'Rơ-măm'],
      ['53', 'Brâu'],
      ['54', 'Ơ Đu'],
    ] as const
  ).map(([code, name, aliases]: readonly [string, string, string?]) =>
    row(code, name, { isMinority: code !== '01', ...(aliases === undefined ? {} : { aliases }) }),
  ),
);

// Religions as listed in the statistics catalog; 99 "Không" because the field is never left blank.
const religion = build('religion', [
  row('01', 'Phật giáo'),
  row('02', 'Công giáo'),
  row('03', 'Phật giáo Hòa Hảo'),
  row('04', 'Hồi giáo'),
  row('05', 'Cao Đài'),
  row('06', 'Minh Sư đạo'),
  row('07', 'Minh Lý đạo'),
  row('08', 'Tin Lành'),
  row('09', 'Tịnh độ cư sĩ Phật hội Việt Nam'),
  row('10', 'Đạo Tứ Ân Hiếu Nghĩa'),
  row('11', 'Bửu Sơn Kỳ Hương'),
  row('12', "Bahá'í"),
  row('13', 'Bà La Môn'),
  row('14', 'Mặc Môn'),
  row('15', 'Tôn giáo khác'),
  row('99', 'Không', { isNone: true }),
]);

// General education: the 12-year system, the northern 10-year system (cấp 1: grades 1-4, cấp 2: 5-7, cấp 3: 8-10)
// that older cadres hold, and continuing education (bổ túc văn hóa). Always valid: a record keeps what was earned.
type SchoolStage = 'primary' | 'lowerSecondary' | 'upperSecondary';
const stageOf = (system: '12' | '10', grade: number): SchoolStage =>
  system === '12' ? (grade <= 5 ? 'primary' : grade <= 9 ? 'lowerSecondary' : 'upperSecondary') : grade <= 4 ? 'primary' : grade <= 7 ? 'lowerSecondary' : 'upperSecondary';
const schoolGrade = (system: '12' | '10', grade: number, continuingEducation = false): Row =>
  row(
    `${grade}/${system}${continuingEducation ? ' BTVH' : ''}`,
    `${grade}/${system}${continuingEducation ? ' (bổ túc văn hóa)' : ''}`,
    { system, grade, stage: stageOf(system, grade), continuingEducation },
  );
const generalEducation = build('generalEducation', [
  ...[12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((grade) => schoolGrade('12', grade)),
  ...[10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((grade) => schoolGrade('10', grade)),
  schoolGrade('12', 12, true),
  schoolGrade('12', 9, true),
  schoolGrade('10', 10, true),
  schoolGrade('10', 7, true),
]);

// Highest professional degree; rank compares degrees against the standards of a post (higher is more).
const professionalDegree = build('professionalDegree', [
  row('TSKH', 'Tiến sĩ khoa học', { rank: 7 }),
  row('TS', 'Tiến sĩ', { rank: 6 }),
  row('ThS', 'Thạc sĩ', { rank: 5 }),
  row('DH', 'Đại học (cử nhân, kỹ sư, bác sĩ…)', { rank: 4 }),
  row('CD', 'Cao đẳng', { rank: 3 }),
  row('TC', 'Trung cấp', { rank: 2 }),
  row('SC', 'Sơ cấp', { rank: 1 }),
  row('none', 'Chưa qua đào tạo', { rank: 0 }),
]);

const academicTitle = build('academicTitle', [row('GS', 'Giáo sư', { rank: 2 }), row('PGS', 'Phó Giáo sư', { rank: 1 })]);

// A bachelor's in political theory meets any "cao cấp" requirement, hence the higher rank.
const politicalTheory = build('politicalTheory', [
  row('CN', 'Cử nhân', { rank: 4 }),
  row('CC', 'Cao cấp', { rank: 3 }),
  row('TC', 'Trung cấp', { rank: 2 }),
  row('SC', 'Sơ cấp', { rank: 1 }),
  row('none', 'Chưa qua đào tạo', { rank: 0 }),
]);

const stateManagement = build('stateManagement', [
  row('CVCC', 'Chuyên viên cao cấp', { rank: 4 }),
  row('CVC', 'Chuyên viên chính', { rank: 3 }),
  row('CV', 'Chuyên viên', { rank: 2 }),
  row('CS', 'Cán sự', { rank: 1 }),
  row('none', 'Chưa qua đào tạo', { rank: 0 }),
]);

// Foreign-language levels: the old A/B/C certificates, then the six-level framework of Thông tư 01/2014/TT-BGDĐT
// (24/01/2014). Codes avoid "B1" etc., which would clash with the CEFR names of different levels.
const languageFrameworkDate = '2014-01-24';
const cefr = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const foreignLanguageLevel = build('foreignLanguageLevel', [
  ...(['A', 'B', 'C'] as const).map((level) => row(level, `Trình độ ${level}`, { framework: 'abc' }, { to: languageFrameworkDate })),
  ...cefr.map((cefrLevel, index) =>
    row(`BAC${index + 1}`, `Bậc ${index + 1} (${cefrLevel})`, { framework: 'vn6', level: index + 1, cefr: cefrLevel }, { from: languageFrameworkDate }),
  ),
]);

// IT: the old A/B/C certificates, then the IT skills standard of Thông tư 03/2014/TT-BTTTT (11/03/2014).
const itStandardDate = '2014-03-11';
const itLevel = build('itLevel', [
  ...(['A', 'B', 'C'] as const).map((level) => row(level, `Tin học trình độ ${level}`, { framework: 'abc' }, { to: itStandardDate })),
  row('CB', 'Ứng dụng công nghệ thông tin cơ bản', { framework: 'standard2014', level: 1 }, { from: itStandardDate }),
  row('NC', 'Ứng dụng công nghệ thông tin nâng cao', { framework: 'standard2014', level: 2 }, { from: itStandardDate }),
]);

// Civil-service grades (ngạch) with their official codes. Salary-step reminders come from these attributes:
// grades that require college or more advance every 3 years, lower grades every 2 (salary tables of Nghị định 204/2004).
const gradeRow = (code: string, name: string, salaryStepCount: number, stepIntervalYears: 2 | 3) =>
  row(code, name, { salaryStepCount, stepIntervalYears });
const civilServiceGrade = build('civilServiceGrade', [
  gradeRow('01.001', 'Chuyên viên cao cấp', 6, 3),
  gradeRow('01.002', 'Chuyên viên chính', 8, 3),
  gradeRow('01.003', 'Chuyên viên', 9, 3),
  gradeRow('01.004', 'Cán sự', 12, 2),
  gradeRow('01.005', 'Nhân viên', 12, 2),
  gradeRow('04.023', 'Thanh tra viên cao cấp', 6, 3),
  gradeRow('04.024', 'Thanh tra viên chính', 8, 3),
  gradeRow('04.025', 'Thanh tra viên', 9, 3),
  gradeRow('06.029', 'Kế toán viên cao cấp', 6, 3),
  gradeRow('06.030', 'Kế toán viên chính', 8, 3),
  gradeRow('06.031', 'Kế toán viên', 9, 3),
  gradeRow('06.032', 'Kế toán viên trung cấp', 12, 2),
  gradeRow('15.111', 'Giảng viên', 9, 3),
  gradeRow('15.113', 'Giáo viên trung học', 9, 3),
  gradeRow('16.118', 'Bác sĩ', 9, 3),
  gradeRow('16.119', 'Y sĩ', 12, 2),
]);

// Seats in party committees; `body` tells the executive committee from the inspection commission.
const partyPost = build('partyPost', [
  row('secretary', 'Bí thư', { body: 'committee', rank: 5 }),
  row('standing-deputy-secretary', 'Phó Bí thư Thường trực', { body: 'committee', rank: 4 }),
  row('deputy-secretary', 'Phó Bí thư', { body: 'committee', rank: 4 }),
  row('standing-committee-member', 'Ủy viên Ban Thường vụ', { body: 'committee', rank: 3 }),
  row('committee-member', 'Ủy viên Ban Chấp hành', { body: 'committee', rank: 2 }),
  row('inspection-chair', 'Chủ nhiệm Ủy ban Kiểm tra', { body: 'inspectionCommission', rank: 3 }),
  row('inspection-deputy-chair', 'Phó Chủ nhiệm Ủy ban Kiểm tra', { body: 'inspectionCommission', rank: 2 }),
  row('inspection-member', 'Ủy viên Ủy ban Kiểm tra', { body: 'inspectionCommission', rank: 1 }),
  row('member', 'Đảng viên', { body: 'none', rank: 0 }),
]);

const governmentPost = build('governmentPost', [
  row('people-council-chair', 'Chủ tịch Hội đồng nhân dân'),
  row('people-council-vice-chair', 'Phó Chủ tịch Hội đồng nhân dân'),
  row('people-committee-chair', 'Chủ tịch Ủy ban nhân dân'),
  row('people-committee-vice-chair', 'Phó Chủ tịch Ủy ban nhân dân'),
  row('department-director', 'Giám đốc sở'),
  row('department-deputy-director', 'Phó Giám đốc sở'),
  row('office-chief', 'Chánh Văn phòng'),
  row('office-deputy-chief', 'Phó Chánh Văn phòng'),
  row('board-head', 'Trưởng ban'),
  row('board-deputy-head', 'Phó Trưởng ban'),
  row('division-head', 'Trưởng phòng'),
  row('division-deputy-head', 'Phó Trưởng phòng'),
  row('specialist', 'Chuyên viên'),
]);

// Commendation forms; `recipient` says whether a person, a collective or both may receive it.
const partyBadgeYears = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
const orderClasses = [
  [1, 'Nhất'],
  [2, 'Nhì'],
  [3, 'Ba'],
] as const;
const awardForm = build('awardForm', [
  row('gold-star-order', 'Huân chương Sao vàng', { kind: 'order', recipient: 'both' }),
  row('ho-chi-minh-order', 'Huân chương Hồ Chí Minh', { kind: 'order', recipient: 'both' }),
  ...orderClasses.map(([level, label]) =>
    row(`independence-order-${level}`, `Huân chương Độc lập hạng ${label}`, { kind: 'order', recipient: 'both', class: level }),
  ),
  ...orderClasses.map(([level, label]) =>
    row(`labor-order-${level}`, `Huân chương Lao động hạng ${label}`, { kind: 'order', recipient: 'both', class: level }),
  ),
  row('prime-minister-certificate', 'Bằng khen của Thủ tướng Chính phủ', { kind: 'certificate', recipient: 'both' }),
  row('province-committee-certificate', 'Bằng khen của Tỉnh ủy', { kind: 'certificate', recipient: 'both' }),
  row('province-people-committee-certificate', 'Bằng khen của Ủy ban nhân dân tỉnh', { kind: 'certificate', recipient: 'both' }),
  row('commendation-paper', 'Giấy khen', { kind: 'certificate', recipient: 'both' }),
  ...partyBadgeYears.map((years) =>
    row(`party-badge-${years}`, `Huy hiệu ${years} năm tuổi Đảng`, { kind: 'partyBadge', recipient: 'person', years }),
  ),
]);

// Party discipline: who may receive each form (Điều lệ Đảng): probationary members only the two lightest.
const partyDisciplineForm = build('partyDisciplineForm', [
  row('reprimand', 'Khiển trách', { severity: 1, forFullMember: true, forProbationaryMember: true, forOrganization: true }),
  row('warning', 'Cảnh cáo', { severity: 2, forFullMember: true, forProbationaryMember: true, forOrganization: true }),
  row('removal-from-post', 'Cách chức', { severity: 3, forFullMember: true, forProbationaryMember: false, forOrganization: false }),
  row('expulsion', 'Khai trừ', { severity: 4, forFullMember: true, forProbationaryMember: false, forOrganization: false }),
  row('dissolution', 'Giải tán', { severity: 4, forFullMember: false, forProbationaryMember: false, forOrganization: true }),
]);

// State discipline for cadres, civil servants and public employees (Luật Cán bộ, công chức); which form fits whom
// depends on the person's category and post, so it is decided where the discipline is recorded.
const stateDisciplineForm = build('stateDisciplineForm', [
  row('reprimand', 'Khiển trách', { severity: 1 }),
  row('warning', 'Cảnh cáo', { severity: 2 }),
  row('salary-step-reduction', 'Hạ bậc lương', { severity: 3 }),
  row('demotion', 'Giáng chức', { severity: 3 }),
  row('removal-from-post', 'Cách chức', { severity: 4 }),
  row('recall', 'Bãi nhiệm', { severity: 4 }),
  row('forced-dismissal', 'Buộc thôi việc', { severity: 5 }),
]);

// Rating schemes by era (domain §4). An evaluation stores the scheme, the period and the grade (plus points from 2025).
// The rules of each scheme are its attributes: who it rates, grades or points, the cap on "excellent", quarterly ratings.
const era2008 = { from: '2008-01-01', to: '2018-01-01' };
const era2018 = { from: '2018-01-01', to: '2025-01-01' };
const era2025 = { from: '2025-01-01' };
const ratingScheme = build('ratingScheme', [
  row('org-2008', 'Xếp loại tổ chức đảng (2008-2017)', { appliesTo: 'organization', scale: 'grades' }, era2008),
  row('member-2008', 'Xếp loại đảng viên (2008-2017)', { appliesTo: 'member', scale: 'grades' }, era2008),
  row('2018', 'Xếp loại chất lượng bốn mức (2018-2024)', { appliesTo: 'both', scale: 'grades', excellentCapShareOfGood: 0.2 }, era2018),
  row('2025', 'Xếp loại chất lượng theo thang điểm 100 (từ 2025)', { appliesTo: 'both', scale: 'points', maxPoints: 100, quarterly: true }, era2025),
]);

type RatingLevel = 'excellent' | 'good' | 'completed' | 'notCompleted' | 'weak';
const ratingRow = (scheme: string, level: RatingLevel, name: string, era: { from: string; to?: string }, extra?: Row['attributes']) =>
  row(`${scheme}.${level}`, name, { scheme, level, ...extra }, era);
const rating = build('rating', [
  ratingRow('org-2008', 'excellent', 'Trong sạch vững mạnh', era2008),
  ratingRow('org-2008', 'good', 'Hoàn thành tốt nhiệm vụ', era2008),
  ratingRow('org-2008', 'completed', 'Hoàn thành nhiệm vụ', era2008),
  ratingRow('org-2008', 'weak', 'Yếu kém', era2008),
  ratingRow('member-2008', 'excellent', 'Đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ', era2008),
  ratingRow('member-2008', 'good', 'Đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ', era2008),
  ratingRow('member-2008', 'completed', 'Đảng viên đủ tư cách, hoàn thành nhiệm vụ', era2008),
  ratingRow('member-2008', 'notCompleted', 'Đảng viên vi phạm tư cách hoặc không hoàn thành nhiệm vụ', era2008),
  ratingRow('2018', 'excellent', 'Hoàn thành xuất sắc nhiệm vụ', era2018),
  ratingRow('2018', 'good', 'Hoàn thành tốt nhiệm vụ', era2018),
  ratingRow('2018', 'completed', 'Hoàn thành nhiệm vụ', era2018),
  ratingRow('2018', 'notCompleted', 'Không hoàn thành nhiệm vụ', era2018),
  // minPoints inclusive, maxPoints exclusive except at the top of the scale (see ratingForPoints).
  ratingRow('2025', 'excellent', 'Hoàn thành xuất sắc nhiệm vụ', era2025, { minPoints: 90, maxPoints: 100 }),
  ratingRow('2025', 'good', 'Hoàn thành tốt nhiệm vụ', era2025, { minPoints: 70, maxPoints: 90 }),
  ratingRow('2025', 'completed', 'Hoàn thành nhiệm vụ', era2025, { minPoints: 50, maxPoints: 70 }),
  ratingRow('2025', 'notCompleted', 'Không hoàn thành nhiệm vụ', era2025, { minPoints: 0, maxPoints: 50 }),
]);

// Ways of leaving the party: distinct event types, counted separately in the yearly statistics.
const partyExitType = build('partyExitType', [
  row('expulsion', 'Khai trừ'),
  row('struck-off', 'Xóa tên'),
  row('dismissal', 'Cho ra khỏi Đảng'),
  row('resignation', 'Xin ra khỏi Đảng'),
  row('death', 'Từ trần'),
]);

// Personnel movements; each writes a row of work history. Appointments run for a term (usually 5 years).
const movementType = build('movementType', [
  row('rotation', 'Luân chuyển'),
  row('reassignment', 'Điều động'),
  row('appointment', 'Bổ nhiệm', { termYears: 5 }),
  row('reappointment', 'Bổ nhiệm lại', { termYears: 5 }),
  row('dismissal', 'Miễn nhiệm'),
  row('resignation-from-post', 'Từ chức, thôi giữ chức vụ'),
  row('removal-from-post', 'Cách chức'),
]);

// Family background class as written on old CVs (urban and post-land-reform rural classes).
const familyBackground = build('familyBackground', [
  row('worker', 'Công nhân'),
  row('peasant', 'Nông dân'),
  row('landless-peasant', 'Cố nông'),
  row('poor-peasant', 'Bần nông'),
  row('middle-peasant', 'Trung nông'),
  row('rich-peasant', 'Phú nông'),
  row('landlord', 'Địa chủ'),
  row('office-worker', 'Viên chức'),
  row('intellectual', 'Trí thức'),
  row('soldier', 'Quân nhân'),
  row('artisan', 'Thợ thủ công'),
  row('small-trader', 'Tiểu thương'),
  row('small-owner', 'Tiểu chủ'),
  row('petty-bourgeois', 'Tiểu tư sản'),
  row('bourgeois', 'Tư sản'),
  row('urban-poor', 'Dân nghèo thành thị'),
  row('other', 'Khác'),
]);

// Occupation groups of the membership statistics.
const occupation = build('occupation', [
  row('civil-servant', 'Cán bộ, công chức'),
  row('public-employee', 'Viên chức'),
  row('worker', 'Công nhân'),
  row('farmer', 'Nông dân'),
  row('business-owner', 'Doanh nhân, chủ doanh nghiệp'),
  row('armed-forces', 'Lực lượng vũ trang'),
  row('student', 'Học sinh, sinh viên'),
  row('self-employed', 'Lao động tự do'),
  row('retired', 'Hưu trí'),
  row('other', 'Khác'),
]);

// Kinds of party organizations. The district level was abolished on 1 July 2025; old records keep the kind.
const unitKind = build('unitKind', [
  row('province-committee', 'Đảng bộ tỉnh', { isGrassroots: false }),
  row('district-committee', 'Đảng bộ cấp huyện', { isGrassroots: false }, { to: '2025-07-01' }),
  row('bloc-committee', 'Đảng bộ khối', { isGrassroots: false }),
  row('grassroots-committee', 'Đảng bộ cơ sở', { isGrassroots: true }),
  row('grassroots-cell', 'Chi bộ cơ sở', { isGrassroots: true }),
  row('sub-committee', 'Đảng bộ bộ phận', { isGrassroots: false }),
  row('cell', 'Chi bộ trực thuộc', { isGrassroots: false }),
  row('party-group', 'Tổ đảng', { isGrassroots: false }),
]);

const healthStatus = build('healthStatus', [row('good', 'Tốt'), row('fair', 'Khá'), row('average', 'Trung bình'), row('weak', 'Yếu')]);

const bloodGroup = build('bloodGroup', [row('A', 'A'), row('B', 'B'), row('AB', 'AB'), row('O', 'O')]);

const policyFamily = build('policyFamily', [
  row('pre-1945-revolutionary', 'Người hoạt động cách mạng trước năm 1945'),
  row('heroic-mother', 'Bà mẹ Việt Nam anh hùng'),
  row('armed-forces-hero', 'Anh hùng lực lượng vũ trang nhân dân'),
  row('labor-hero', 'Anh hùng lao động'),
  row('war-invalid', 'Thương binh'),
  row('sick-soldier', 'Bệnh binh'),
  row('martyr-family', 'Thân nhân liệt sĩ'),
  row('martyr-child', 'Con liệt sĩ'),
  row('war-invalid-child', 'Con thương binh'),
  row('agent-orange', 'Người hoạt động kháng chiến bị nhiễm chất độc hóa học'),
  row('revolution-contributor-family', 'Gia đình có công với cách mạng'),
]);

// What a residential area has; the goal is to leave no area with status `none`.
const residentialCellStatus = build('residentialCellStatus', [
  row('independent', 'Có chi bộ độc lập'),
  row('joint', 'Chi bộ ghép với khu dân cư khác'),
  row('none', 'Chưa có chi bộ, đảng viên'),
]);

export const officialCatalogEntries: readonly CatalogEntry[] = Object.freeze([
  ...ethnicity,
  ...religion,
  ...generalEducation,
  ...professionalDegree,
  ...academicTitle,
  ...politicalTheory,
  ...stateManagement,
  ...foreignLanguageLevel,
  ...itLevel,
  ...civilServiceGrade,
  ...partyPost,
  ...governmentPost,
  ...awardForm,
  ...partyDisciplineForm,
  ...stateDisciplineForm,
  ...ratingScheme,
  ...rating,
  ...partyExitType,
  ...movementType,
  ...familyBackground,
  ...occupation,
  ...unitKind,
  ...healthStatus,
  ...bloodGroup,
  ...policyFamily,
  ...residentialCellStatus,
]);

/** The preloaded entries of one catalog, in display order, whatever their validity. */
export function officialCatalog(name: CatalogName): CatalogEntry[] {
  return officialCatalogEntries.filter((entry) => entry.catalog === name);
}
