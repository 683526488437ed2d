import { describe, expect, it } from 'vitest';
import { officialCatalogEntries } from '../catalogs/official-catalogs';
import { checkEvaluationSheet, excellentCapWarnings, ratedValues, rowFromCell, type EvaluationSheetInput, type SchemesBySubject } from './evaluation-rules';
import { gradeForPoints, periodLastDay, schemeInForce } from './rating-schemes';

const schemesOf = (year: number, quarter?: number): SchemesBySubject => {
  const period = quarter === undefined ? { year } : { year, quarter };
  return { person: schemeInForce(officialCatalogEntries, 'person', period)!, unit: schemeInForce(officialCatalogEntries, 'unit', period)! };
};

describe('rating schemes as data', () => {
  it('find the scheme of each era, for members and for organizations', () => {
    expect(schemeInForce(officialCatalogEntries, 'unit', { year: 2012 })?.grades.map((grade) => grade.name)).toEqual(['Trong sạch vững mạnh', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Yếu kém']);
    expect(schemeInForce(officialCatalogEntries, 'person', { year: 2012 })?.code).toBe('member-2008');
    const scheme2018 = schemeInForce(officialCatalogEntries, 'person', { year: 2024 });
    expect(scheme2018).toMatchObject({ code: '2018', byPoints: false, quarterly: false, excellentCapShareOfGood: 0.2 });
    expect(scheme2018?.grades.map((grade) => grade.level)).toEqual(['excellent', 'good', 'completed', 'notCompleted']);
    expect(schemeInForce(officialCatalogEntries, 'unit', { year: 2025, quarter: 3 })).toMatchObject({ code: '2025', byPoints: true, quarterly: true, maxPoints: 100 });
    expect(schemeInForce(officialCatalogEntries, 'person', { year: 2005 })).toBeUndefined();
  });

  it('derive the grade from the points by the bands of the 2025 scale', () => {
    const scheme = schemesOf(2025).person!;
    expect([100, 90, 89.5, 70, 69, 50, 49, 0].map((points) => gradeForPoints(scheme, points)?.level)).toEqual(['excellent', 'excellent', 'good', 'good', 'completed', 'completed', 'notCompleted', 'notCompleted']);
    expect(gradeForPoints(schemesOf(2024).person!, 95)).toBeUndefined();
  });

  it('rate a period as at its last day', () => {
    expect([periodLastDay({ year: 2025 }), periodLastDay({ year: 2024, quarter: 1 }), periodLastDay({ year: 2025, quarter: 2 })]).toEqual(['2025-12-31', '2024-03-31', '2025-06-30']);
  });
});

const sheet = (overrides: Partial<EvaluationSheetInput> = {}): EvaluationSheetInput => ({
  unitId: 'commune',
  period: { year: 2024 },
  stage: 'self-assessment',
  rows: [
    { subject: 'person', subjectId: 'p1', ratingCode: '2018.good' },
    { subject: 'unit', subjectId: 'u1', ratingCode: '2018.excellent' },
  ],
  ...overrides,
});
const context = (schemes: SchemesBySubject, existing: [string, 'self-assessment' | 'verification' | 'decision' | 'published'][] = []) => ({
  schemes,
  subjectIds: new Set(['p1', 'p2', 'u1']),
  existing: new Map(existing.map(([id, stage]) => [id, { stage }])),
});
const keys = (issues: readonly { field: string; messageKey: string }[]) => issues.map(({ field, messageKey }) => ({ field, messageKey }));

describe('an evaluation sheet', () => {
  it('is accepted when every rated row has a grade of its scheme', () => {
    expect(checkEvaluationSheet(sheet(), context(schemesOf(2024)))).toEqual([]);
    const points = sheet({ period: { year: 2025, quarter: 2 }, rows: [{ subject: 'person', subjectId: 'p1', points: 91 }, { subject: 'person', subjectId: 'p2' }] });
    expect(checkEvaluationSheet(points, context(schemesOf(2025, 2)))).toEqual([]);
    expect(ratedValues(points.rows[0]!, schemesOf(2025).person)).toEqual({ ratingCode: '2025.excellent', points: 91, level: 'excellent' });
    expect(ratedValues(points.rows[1]!, schemesOf(2025).person)).toBeUndefined();
  });

  it('refuses grades of another scheme, points where grades are chosen, and points missing or off the scale', () => {
    const wrongGrades = sheet({ rows: [{ subject: 'person', subjectId: 'p1', ratingCode: '2025.good', points: 75 }] });
    expect(keys(checkEvaluationSheet(wrongGrades, context(schemesOf(2024))))).toEqual([
      { field: 'rows.0.points', messageKey: 'evaluation.rules.pointsNotInScheme' },
      { field: 'rows.0.ratingCode', messageKey: 'evaluation.rules.gradeNotInScheme' },
    ]);
    const badPoints = sheet({ period: { year: 2025 }, rows: [{ subject: 'person', subjectId: 'p1', ratingCode: '2025.good' }, { subject: 'unit', subjectId: 'u1', points: 100 }] });
    expect(keys(checkEvaluationSheet(badPoints, context({ ...schemesOf(2025), unit: { ...schemesOf(2025).unit!, maxPoints: 90 } })))).toEqual([
      { field: 'rows.0.points', messageKey: 'evaluation.rules.pointsRequired' },
      { field: 'rows.1.points', messageKey: 'validation.tooLarge' },
    ]);
  });

  it('refuses a quarter the scheme does not rate, a period without a scheme, an empty sheet and strangers', () => {
    expect(keys(checkEvaluationSheet(sheet({ period: { year: 2024, quarter: 4 } }), context(schemesOf(2024))))).toEqual([
      { field: 'period.quarter', messageKey: 'evaluation.rules.quarterNotInScheme' },
      { field: 'period.quarter', messageKey: 'evaluation.rules.quarterNotInScheme' },
    ]);
    expect(keys(checkEvaluationSheet(sheet({ period: { year: 2005 } }), context({})))).toEqual([
      { field: 'period', messageKey: 'evaluation.rules.noScheme' },
      { field: 'period', messageKey: 'evaluation.rules.noScheme' },
    ]);
    expect(keys(checkEvaluationSheet(sheet({ rows: [{ subject: 'person', subjectId: 'p1' }] }), context(schemesOf(2024))))).toEqual([{ field: 'rows', messageKey: 'evaluation.rules.nothingRated' }]);
    expect(keys(checkEvaluationSheet(sheet({ rows: [{ subject: 'person', subjectId: 'p9', ratingCode: '2018.good' }] }), context(schemesOf(2024))))).toEqual([
      { field: 'rows.0.subjectId', messageKey: 'evaluation.rules.notInUnit' },
    ]);
  });

  it('refuses the decision stages without a decision, and a stage earlier than the one recorded', () => {
    expect(keys(checkEvaluationSheet(sheet({ stage: 'decision' }), context(schemesOf(2024))))).toEqual([{ field: 'decision', messageKey: 'evaluation.rules.decisionRequired' }]);
    expect(keys(checkEvaluationSheet(sheet({ stage: 'verification' }), context(schemesOf(2024), [['u1', 'published'], ['p1', 'verification']])))).toEqual([
      { field: 'rows.1.stage', messageKey: 'evaluation.rules.stageBackwards' },
    ]);
  });

  it('reads the cells of the form, leaving blanks out and keeping what is no number for the schema to refuse', () => {
    expect(rowFromCell('person', 'p1', { ratingCode: '', points: ' 85,5 ', note: '' })).toEqual({ subject: 'person', subjectId: 'p1', points: 85.5 });
    expect(rowFromCell('unit', 'u1', { ratingCode: '2018.good', points: '', note: ' Tốt ' })).toEqual({ subject: 'unit', subjectId: 'u1', ratingCode: '2018.good', note: 'Tốt' });
    expect(rowFromCell('person', 'p1', { ratingCode: '', points: 'tám mươi', note: '' }).points).toBeNaN();
  });
});

describe('the cap on "excellent"', () => {
  const ratings = (groupId: string, excellent: number, good: number) => [
    ...Array.from({ length: excellent }, () => ({ subject: 'person' as const, groupId, level: 'excellent' as const })),
    ...Array.from({ length: good }, () => ({ subject: 'person' as const, groupId, level: 'good' as const })),
  ];

  it('warns where excellent exceeds a fifth of good in a grassroots organization (2018-2024), each organization on its own', () => {
    expect(excellentCapWarnings([...ratings('g1', 3, 15), ...ratings('g2', 2, 9)], schemesOf(2024))).toEqual([{ subject: 'person', groupId: 'g2', excellent: 2, good: 9, allowed: 1 }]);
  });

  it('warns of nothing under a scheme without a cap', () => {
    expect(excellentCapWarnings(ratings('g1', 5, 1), schemesOf(2012))).toEqual([]);
  });
});
