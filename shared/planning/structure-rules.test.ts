import { describe, expect, it } from 'vitest';
import { defaultPlanningStructureRules, planningStructureRulesSchema, planningWarnings, type CheckedCandidate } from './structure-rules';

const term = { partyTermFrom: 2030, partyTermTo: 2035 };
const candidate = (id: string, overrides: Partial<CheckedCandidate> = {}): CheckedCandidate => ({
  candidateId: `c-${id}`,
  personId: `p-${id}`,
  positionId: 'pos1',
  sex: 'male',
  birthDate: '1985-06-01',
  ethnicityCode: '01',
  firstPlannedOn: '2028-03-01',
  ...overrides,
});

describe('planning structure checks', () => {
  it('are satisfied by a balanced pool', () => {
    const pool = [candidate('a', { sex: 'female', birthDate: '1992-01-01' }), candidate('b', { ethnicityCode: '04' }), candidate('c')];
    expect(planningWarnings(term, [{ id: 'pos1', seats: 2 }], pool)).toEqual([]);
  });

  it('warn about too few women, young cadres and ethnic minorities, over distinct people', () => {
    const pool = [candidate('a'), candidate('a', { candidateId: 'c-a2', positionId: 'pos2' }), candidate('b')];
    const keys = planningWarnings(term, [{ id: 'pos1', seats: 1 }, { id: 'pos2', seats: 1 }], pool).map((warning) => [warning.key, warning.params.people]);
    expect(keys).toEqual([
      ['womenShare', 2],
      ['youngShare', 2],
      ['ethnicMinorityShare', 2],
    ]);
  });

  it('warn about the age cap at first planning, by sex, and about a term the candidate cannot finish', () => {
    const pool = [
      candidate('young-woman', { sex: 'female', birthDate: '1995-01-01', ethnicityCode: '04' }),
      candidate('old-woman', { sex: 'female', birthDate: '1976-01-01' }), // 52 when first planned
      candidate('man-56', { birthDate: '1972-01-01' }), // 56 when first planned, 58 at term start: 63 at its end
      candidate('man-55', { birthDate: '1973-01-01' }), // exactly 55: allowed; 62 at the end of the term: allowed
    ];
    expect(planningWarnings(term, [{ id: 'pos1', seats: 2 }], pool).map(({ key, candidateId, params }) => ({ key, candidateId, params }))).toEqual([
      { key: 'ageAtFirstPlanning', candidateId: 'c-old-woman', params: { age: 52, cap: 50 } },
      { key: 'ageAtFirstPlanning', candidateId: 'c-man-56', params: { age: 56, cap: 55 } },
      { key: 'fullTerm', candidateId: 'c-man-56', params: { age: 58, years: 5, retirement: 62 } },
    ]);
  });

  it('warn about pools smaller or larger than the seats allow, and read the rules as data', () => {
    const rules = planningStructureRulesSchema.parse({ ...defaultPlanningStructureRules, minWomenShare: 0, minYoungShare: 0, minEthnicMinorityShare: 0, candidatesPerSeat: { min: 1.5, max: 2 } });
    const warnings = planningWarnings(term, [{ id: 'pos1', seats: 2 }, { id: 'pos2', seats: 1 }], [candidate('a'), candidate('b', { positionId: 'pos2' }), candidate('c', { positionId: 'pos2' }), candidate('d', { positionId: 'pos2' })], rules);
    expect(warnings.map(({ key, positionId, params }) => ({ key, positionId, params }))).toEqual([
      { key: 'fewCandidates', positionId: 'pos1', params: { count: 1, min: 3, seats: 2 } },
      { key: 'manyCandidates', positionId: 'pos2', params: { count: 3, max: 2, seats: 1 } },
    ]);
    expect(planningStructureRulesSchema.safeParse({ ...rules, minWomenShare: 1.5 }).success).toBe(false);
  });
});
