import type { RecordInput } from './registry';

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
