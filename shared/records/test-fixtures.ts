import { toFieldIssues } from '../validation/issues';
import { recordTypes, type RecordInput, type RecordTypeName } from './registry';

/** The problems a record type's schema finds in an input, as field path and message key (`[]` when it is valid). */
export function issuesOf(type: RecordTypeName, input: unknown): { field: string; messageKey: string }[] {
  const parsed = recordTypes[type].schema.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error).map(({ field, messageKey }) => ({ field, messageKey }));
}

/** Small valid records for tests; each test changes what it needs. */
export function sampleUnit(overrides: Partial<RecordInput<'unit'>> = {}): RecordInput<'unit'> {
  return {
    code: 'PT.01',
    periods: [{ from: '2010-01-01', to: null, name: 'Chi bộ Khu 1', kind: 'cell', isGrassroots: false, parentId: null }],
    ...overrides,
  };
}

export function samplePerson(overrides: Partial<RecordInput<'person'>> = {}): RecordInput<'person'> {
  return {
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    birthDate: '1980-05-12',
    ethnicityCode: '01',
    religionCode: '99',
    citizenId: '025080001234',
    memberStatus: 'full',
    unitId: 'u1',
    unitHistory: [{ unitId: 'u1', from: '2005-03-01', to: null }],
    admissionDate: '2005-03-01',
    isCadre: false,
    ...overrides,
  };
}

export function sampleAdminUnit(overrides: Partial<RecordInput<'adminUnit'>> = {}): RecordInput<'adminUnit'> {
  return {
    code: '07888',
    periods: [{ from: '2008-01-01', to: null, name: 'Xã Vân Phú', level: 'commune', parentId: 'a-province' }],
    ...overrides,
  };
}

export function sampleResidentialArea(overrides: Partial<RecordInput<'residentialArea'>> = {}): RecordInput<'residentialArea'> {
  return {
    periods: [{ from: '2010-01-01', to: null, name: 'Khu 3', adminUnitId: 'a1' }],
    coverage: [{ from: '2010-01-01', statusCode: 'independent-cell', cellUnitId: 'u1' }],
    ...overrides,
  };
}

export function sampleEnterprise(overrides: Partial<RecordInput<'enterprise'>> = {}): RecordInput<'enterprise'> {
  return {
    name: 'Công ty TNHH May Phú Thọ',
    taxCode: '2600123456',
    ownership: 'domestic',
    adminUnitId: 'a1',
    figures: [{ asOf: '2025-12-31', workforce: 420, partyMembers: 12 }],
    ...overrides,
  };
}

export function sampleRestructuring(overrides: Partial<RecordInput<'restructuring'>> = {}): RecordInput<'restructuring'> {
  return {
    kind: 'merge',
    decision: { number: '125-QĐ/TU', date: '2025-06-20', signedBy: 'Ban Thường vụ Tỉnh ủy' },
    effectiveDate: '2025-07-01',
    sourceUnitIds: ['u1', 'u2'],
    targetUnitIds: ['u3'],
    movedMembers: [{ personId: 'p1', fromUnitId: 'u1', toUnitId: 'u3' }],
    movedUnits: [{ unitId: 'u4', fromUnitId: 'u2', toUnitId: 'u3' }],
    ...overrides,
  };
}

type HistoryKind = RecordInput<'personHistory'>['kind'];
const historyDefaults: Record<HistoryKind, Omit<RecordInput<'personHistory'>, 'personId' | 'kind'>> = {
  training: { from: '1998-09', to: '2002-06', school: 'Đại học Luật Hà Nội', major: 'Luật', mode: 'full-time', certificate: 'Cử nhân Luật' },
  work: { from: '2002-08', to: '2010-12', post: 'Chuyên viên', workplace: 'Văn phòng Huyện ủy Lâm Thao' },
  salary: { effectiveDate: '2023-07', civilServiceGradeCode: '01.003', salaryStep: 4, salaryCoefficient: 3.33, positionAllowance: 0.2 },
  family: { side: 'own', relation: 'Bố đẻ', fullName: 'Nguyễn Văn Bình', birthYear: 1950, occupation: 'Nghỉ hưu', memberships: 'Đảng viên' },
  partyPost: { partyPostCode: 'secretary', unitId: 'u1', from: '2020-10' },
  health: { date: '2025-03-15', healthStatusCode: 'good', heightCm: 168, weightKg: 62, bloodGroupCode: 'O' },
  policy: { policyFamilyCode: 'martyr-family', detail: 'Con liệt sĩ', from: '1972' },
};

export function samplePersonHistory(kind: HistoryKind = 'training', overrides: Partial<RecordInput<'personHistory'>> = {}): RecordInput<'personHistory'> {
  return { personId: 'p1', kind, ...historyDefaults[kind], ...overrides };
}

/** A 1×1 PNG: the smallest valid photo. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

export function samplePersonPhoto(overrides: Partial<RecordInput<'personPhoto'>> = {}): RecordInput<'personPhoto'> {
  return { personId: 'p1', mediaType: 'image/png', width: 1, height: 1, data: tinyPng, ...overrides };
}

export function sampleEvaluation(overrides: Partial<RecordInput<'evaluation'>> = {}): RecordInput<'evaluation'> {
  return {
    subject: 'person',
    personId: 'p1',
    ratingSchemeCode: 'points-2025',
    period: { year: 2025 },
    ratingCode: 'good',
    points: 82,
    stage: 'decision',
    decision: { number: '45-QĐ/ĐU', date: '2026-01-15' },
    ...overrides,
  };
}

export function sampleConsolidation(overrides: Partial<RecordInput<'consolidation'>> = {}): RecordInput<'consolidation'> {
  return {
    unitId: 'u1',
    enteredOn: '2025-02-10',
    reason: 'Xếp loại không hoàn thành nhiệm vụ năm 2024',
    measures: 'Kiện toàn cấp ủy; sinh hoạt chi bộ định kỳ có cấp ủy cấp trên dự',
    responsiblePerson: 'Đồng chí Trần Văn Cường, Phó Bí thư Đảng ủy',
    targetYear: 2025,
    ...overrides,
  };
}

export function samplePlanningCycle(overrides: Partial<RecordInput<'planningCycle'>> = {}): RecordInput<'planningCycle'> {
  return { name: 'Quy hoạch nhiệm kỳ 2025-2030', partyTermFrom: 2025, partyTermTo: 2030, stateTermFrom: 2026, stateTermTo: 2031, ...overrides };
}

export function samplePlannedPosition(overrides: Partial<RecordInput<'plannedPosition'>> = {}): RecordInput<'plannedPosition'> {
  return { cycleId: 'c1', unitId: 'u1', postCode: 'secretary', title: 'Bí thư Đảng ủy xã', level: 'grassroots', seats: 1, ...overrides };
}

export function samplePlanningCandidate(overrides: Partial<RecordInput<'planningCandidate'>> = {}): RecordInput<'planningCandidate'> {
  return {
    positionId: 'pos1',
    personId: 'p1',
    priority: 1,
    addedOn: '2025-03-01',
    decision: { number: '12-QĐ/ĐU', date: '2025-03-01' },
    votes: [{ step: 'Hội nghị cán bộ chủ chốt', date: '2025-02-10', votesFor: 40, votesAgainst: 3, totalVoters: 45 }],
    ...overrides,
  };
}

export function sampleMovement(overrides: Partial<RecordInput<'movement'>> = {}): RecordInput<'movement'> {
  return {
    movementTypeCode: 'appointment',
    personId: 'p1',
    fromUnitId: 'u1',
    fromPost: 'Phó Chánh Văn phòng',
    toUnitId: 'u1',
    toPost: 'Chánh Văn phòng',
    effectiveDate: '2025-08-01',
    termYears: 5,
    termEndDate: '2030-08-01',
    wasInPlanning: true,
    decision: { number: '301-QĐ/TU', date: '2025-07-25' },
    ...overrides,
  };
}

export function sampleTrainingPlan(overrides: Partial<RecordInput<'trainingPlan'>> = {}): RecordInput<'trainingPlan'> {
  return { unitId: 'u1', year: 2026, name: 'Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2026', ...overrides };
}

export function sampleTrainingCourse(overrides: Partial<RecordInput<'trainingCourse'>> = {}): RecordInput<'trainingCourse'> {
  return {
    planId: 'tp1',
    name: 'Trung cấp lý luận chính trị - hành chính, khóa 2026',
    subject: 'politicalTheory',
    targetCode: 'intermediate',
    quota: 60,
    from: '2026-03-01',
    to: '2026-11-30',
    ...overrides,
  };
}

export function sampleTrainingEnrolment(overrides: Partial<RecordInput<'trainingEnrolment'>> = {}): RecordInput<'trainingEnrolment'> {
  return { courseId: 'tc1', personId: 'p1', status: 'enrolled', ...overrides };
}

export function samplePostStandard(overrides: Partial<RecordInput<'postStandard'>> = {}): RecordInput<'postStandard'> {
  return { postCode: 'secretary', level: 'grassroots', minPoliticalTheoryCode: 'intermediate', minProfessionalDegreeCode: 'bachelor', validFrom: '2025-01-01', ...overrides };
}

export function sampleAdmissionCase(overrides: Partial<RecordInput<'admissionCase'>> = {}): RecordInput<'admissionCase'> {
  return {
    personId: 'p2',
    unitId: 'u1',
    stage: 'awareness-course',
    helperPersonIds: ['p1'],
    awarenessCourseCompletedOn: '2025-05-20',
    awarenessCertificateExpiresOn: '2030-05-20',
    stageHistory: [
      { stage: 'outstanding-non-member', date: '2024-09-01' },
      { stage: 'sympathizer', date: '2025-01-10' },
      { stage: 'awareness-course', date: '2025-05-20' },
    ],
    ...overrides,
  };
}

export function sampleMembershipTransfer(overrides: Partial<RecordInput<'membershipTransfer'>> = {}): RecordInput<'membershipTransfer'> {
  return {
    personId: 'p1',
    kind: 'permanent',
    letterNumber: '215/GGT',
    fromUnitId: 'u1',
    destination: 'Chi bộ Khu 5, Đảng ủy phường Gia Cẩm',
    issuedOn: '2025-09-02',
    presentBy: '2025-10-02',
    hops: [{ office: 'Đảng ủy xã Vân Phú', signedOn: '2025-09-03' }],
    status: 'in-transit',
    ...overrides,
  };
}

export function samplePartyExit(overrides: Partial<RecordInput<'partyExit'>> = {}): RecordInput<'partyExit'> {
  return { personId: 'p1', type: 'struck-off', date: '2025-04-01', decision: { number: '88-QĐ/ĐU', date: '2025-04-01' }, reason: 'Bỏ sinh hoạt đảng 3 tháng', ...overrides };
}

export function sampleDiscipline(overrides: Partial<RecordInput<'discipline'>> = {}): RecordInput<'discipline'> {
  return {
    subject: 'person',
    personId: 'p1',
    system: 'party',
    formCode: 'reprimand',
    reason: 'Vi phạm quy chế làm việc',
    decision: { number: '17-QĐ/UBKT', date: '2025-05-05', signedBy: 'Ủy ban Kiểm tra Đảng ủy' },
    expiresOn: '2026-05-05',
    ...overrides,
  };
}

export function sampleCommendation(overrides: Partial<RecordInput<'commendation'>> = {}): RecordInput<'commendation'> {
  return {
    formCode: 'certificate-of-merit',
    decision: { number: '1234-QĐ/UBND', date: '2025-12-20', signedBy: 'Chủ tịch UBND tỉnh' },
    reason: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
    issuingLevel: 'province',
    recipients: [{ personId: 'p1' }, { unitId: 'u1' }],
    ...overrides,
  };
}

export function sampleInspection(overrides: Partial<RecordInput<'inspection'>> = {}): RecordInput<'inspection'> {
  return { kind: 'supervision', planYear: 2025, subject: 'unit', unitId: 'u1', content: 'Việc thực hiện quy chế làm việc của chi ủy', ...overrides };
}

export function sampleCatalogEntry(overrides: Partial<RecordInput<'catalogEntry'>> = {}): RecordInput<'catalogEntry'> {
  return { catalog: 'governmentPost', code: 'commune-police-chief', name: 'Trưởng Công an xã', validFrom: '2020-01-01', validTo: null, sortOrder: 100, ...overrides };
}
