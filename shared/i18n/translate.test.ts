import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkCitizenId, defaultIdentifierRules } from '../identifiers/identifier-rules';
import { recordTypeNames, recordTypes, type RecordTypeName } from '../records/registry';
import * as fixtures from '../records/test-fixtures';
import { toFieldIssues, type FieldIssue } from '../validation/issues';
import { catalogs, describeIssue, fieldLabel, fieldLabelKeys, languages, lookup, recordTypeLabel, translate, type Catalog, type Language } from './translate';

/** A small valid record of each type, to spoil one field at a time. */
const samples: Record<RecordTypeName, () => Record<string, unknown>> = {
  unit: fixtures.sampleUnit,
  person: fixtures.samplePerson,
  personHistory: () => fixtures.samplePersonHistory(),
  personPhoto: fixtures.samplePersonPhoto,
  adminUnit: fixtures.sampleAdminUnit,
  residentialArea: fixtures.sampleResidentialArea,
  enterprise: fixtures.sampleEnterprise,
  restructuring: fixtures.sampleRestructuring,
  evaluation: fixtures.sampleEvaluation,
  consolidation: fixtures.sampleConsolidation,
  planningCycle: fixtures.samplePlanningCycle,
  plannedPosition: fixtures.samplePlannedPosition,
  planningCandidate: fixtures.samplePlanningCandidate,
  movement: fixtures.sampleMovement,
  trainingPlan: fixtures.sampleTrainingPlan,
  trainingCourse: fixtures.sampleTrainingCourse,
  trainingEnrolment: fixtures.sampleTrainingEnrolment,
  postStandard: fixtures.samplePostStandard,
  admissionCase: fixtures.sampleAdmissionCase,
  membershipTransfer: fixtures.sampleMembershipTransfer,
  partyExit: fixtures.samplePartyExit,
  discipline: fixtures.sampleDiscipline,
  commendation: fixtures.sampleCommendation,
  inspection: fixtures.sampleInspection,
  catalogEntry: fixtures.sampleCatalogEntry,
};

function shapeOf(type: RecordTypeName): Record<string, z.core.$ZodType> {
  return recordTypes[type].schema.shape as Record<string, z.core.$ZodType>;
}

/** The fields inside a field (an object, or a list of objects), looking through optional, default, pipe… */
function childFields(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
  const def = schema._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
  if (def.innerType) return childFields(def.innerType);
  if (def.type === 'pipe' && def.in) return childFields(def.in);
  if (def.type === 'array' && def.element) return childFields(def.element);
  if (def.type === 'object' && def.shape) return def.shape;
  return {};
}

/** Every field path of a record type, nested ones with a list index where the schema has a list (`periods.0.name`). */
function fieldPaths(type: RecordTypeName): string[] {
  const walk = (fields: Record<string, z.core.$ZodType>, prefix: string): string[] =>
    Object.entries(fields).flatMap(([name, schema]) => {
      const path = `${prefix}${name}`;
      return [path, ...walk(childFields(schema), `${path}${isArray(schema) ? '.0' : ''}.`)];
    });
  return walk(shapeOf(type), '');
}

function isArray(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.type === 'array') return true;
  if (def.innerType) return isArray(def.innerType);
  if (def.type === 'pipe' && def.in) return isArray(def.in);
  return false;
}

function issuesFor(type: RecordTypeName, input: unknown): FieldIssue[] {
  const parsed = recordTypes[type].schema.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

/** What a person reads for an issue must name its field and show no key or unfilled placeholder. */
function expectReadable(language: Language, type: RecordTypeName, issue: FieldIssue): string {
  const label = fieldLabel(language, type, issue.field);
  const text = describeIssue(language, type, issue);
  const where = `${language} ${type} ${issue.field} ${issue.messageKey}: ${text}`;
  expect(label, where).not.toBe(issue.field);
  expect(text.startsWith(`${label}: `), where).toBe(true);
  expect(text, where).not.toContain('validation.');
  expect(text, where).not.toContain('{{');
  return text;
}

describe('translate', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(translate('vi', 'validation.tooLong', { field: 'Họ và tên', maximum: 120 })).toBe('Họ và tên: quá dài (tối đa 120 ký tự).');
    expect(translate('en', 'validation.tooLong', { field: 'Full name', maximum: 120 })).toBe('Full name: too long (at most 120 characters).');
    expect(translate('vi', 'home.office')).toBe('Cơ quan sử dụng: {{officeName}}');
  });

  it('returns the key when no catalog has it, or when it names a section', () => {
    expect(translate('vi', 'validation.noSuchRule', { field: 'x' })).toBe('validation.noSuchRule');
    expect(translate('en', 'validation')).toBe('validation');
    expect(lookup('vi', 'recordFields.person')).toBeUndefined();
  });
});

describe('fieldLabel', () => {
  it('finds the label of the whole path, ignoring list indexes', () => {
    expect(fieldLabel('vi', 'unit', 'periods.0.name')).toBe('Tên tổ chức đảng');
    expect(fieldLabel('vi', 'person', 'unitHistory.2.from')).toBe('Từ ngày');
    expect(fieldLabel('en', 'planningCandidate', 'votes.0.totalVoters')).toBe('Number of voters');
    expect(fieldLabel('vi', 'admissionCase', 'fullMembershipDecision.date')).toBe('Ngày quyết định công nhận đảng viên chính thức');
  });

  it('uses the label of a field with children for the field itself or one of its rows', () => {
    expect(fieldLabel('vi', 'unit', 'periods')).toBe('Các giai đoạn (tên gọi, loại hình, trực thuộc)');
    expect(fieldLabel('vi', 'admissionCase', 'helperPersonIds.1')).toBe('Đảng viên được phân công giúp đỡ');
  });

  it('falls back to the common section, which knows the parts of a decision', () => {
    expect(fieldLabel('vi', 'movement', 'decision.number')).toBe('Số quyết định');
    // The record's own `date` (the day of leaving) is not the decision's date.
    expect(fieldLabel('vi', 'partyExit', 'decision.date')).toBe('Ngày quyết định');
    expect(fieldLabel('en', 'restructuring', 'parentId')).toBe('Parent organization');
    expect(fieldLabelKeys('movement', 'decision.0.number')).toEqual([
      'recordFields.movement.decision.number',
      'fieldLabels.common.decision.number',
      'recordFields.movement.number',
      'fieldLabels.common.number',
      'recordFields.movement.decision',
    ]);
    expect(fieldLabel('vi', 'catalogEntry', 'attributes.colour')).toBe(fieldLabel('vi', 'catalogEntry', 'attributes'));
  });

  it('names the record for an issue about the whole record, and returns an unknown path as it is', () => {
    expect(fieldLabel('vi', 'person', '')).toBe('Hồ sơ cán bộ, đảng viên');
    expect(fieldLabel('vi', 'person', 'noSuchField')).toBe('noSuchField');
  });
});

describe('catalog labels of the records', () => {
  it('name every record type in both languages', () => {
    for (const language of languages) {
      for (const type of recordTypeNames) expect(lookup(language, `recordTypes.${type}`), `${language} ${type}`).toBeTruthy();
    }
    expect(recordTypeLabel('vi', 'movement')).toBe('Quyết định luân chuyển, điều động, bổ nhiệm');
  });

  it('label every field of every record type under recordFields.<type>, in both languages', () => {
    for (const language of languages) {
      for (const type of recordTypeNames) {
        for (const field of Object.keys(shapeOf(type))) {
          const own = lookup(language, `recordFields.${type}.${field}`) ?? lookup(language, `recordFields.${type}.${field}._label`);
          expect(own?.trim(), `${language} recordFields.${type}.${field}`).toBeTruthy();
        }
      }
    }
  });

  it('label the nested fields too (rows of lists, parts of decisions)', () => {
    for (const language of languages) {
      for (const type of recordTypeNames) {
        for (const path of fieldPaths(type)) expect(fieldLabel(language, type, path), `${language} ${type} ${path}`).not.toBe(path);
      }
    }
    expect(fieldPaths('unit')).toContain('periods.0.isGrassroots');
    expect(fieldPaths('movement')).toContain('decision.signedBy');
  });

  it('label no field the schemas do not have (a typo would never be shown)', () => {
    const strays: string[] = [];
    for (const language of languages) {
      const sections = catalogs[language].recordFields as Catalog;
      expect(Object.keys(sections).sort()).toEqual([...recordTypeNames].sort());
      for (const type of recordTypeNames) {
        const known = new Set(fieldPaths(type).map((path) => path.replace(/\.\d+/g, '')));
        const walk = (node: Catalog, prefix: string): void => {
          for (const [key, value] of Object.entries(node)) {
            if (key === '_label') continue;
            const path = `${prefix}${key}`;
            if (!known.has(path)) strays.push(`${language} ${type}.${path}`);
            if (typeof value !== 'string') walk(value, `${path}.`);
          }
        };
        walk(sections[type] as Catalog, '');
      }
    }
    expect(strays).toEqual([]);
  });
});

describe('describeIssue', () => {
  it('reads a bad date of birth in Vietnamese and English', () => {
    const issue = issuesFor('person', fixtures.samplePerson({ birthDate: '30/02/1980' })).find((candidate) => candidate.field === 'birthDate');
    expect(describeIssue('vi', 'person', issue!)).toBe('Ngày sinh: ngày tháng không hợp lệ (dd/mm/yyyy, mm/yyyy hoặc yyyy).');
    expect(describeIssue('en', 'person', issue!)).toBe('Date of birth: not a valid date (dd/mm/yyyy, mm/yyyy or yyyy).');
  });

  it('fills the limits the schema gives', () => {
    const [issue] = issuesFor('planningCandidate', fixtures.samplePlanningCandidate({ priority: 0 }));
    expect(describeIssue('vi', 'planningCandidate', issue!)).toBe('Thứ tự ưu tiên: không được nhỏ hơn 1.');
    const [tooMany] = issuesFor('enterprise', fixtures.sampleEnterprise({ figures: [{ asOf: '2025-12-31', workforce: 10, partyMembers: 12 }] }));
    expect(describeIssue('vi', 'enterprise', tooMany!)).toBe('Số đảng viên: không được lớn hơn 10.');
  });

  it('names nested fields by their most specific label', () => {
    const [end] = issuesFor('unit', fixtures.sampleUnit({ periods: [{ from: '2010-01-01', to: '2009-01-01', name: 'Chi bộ Khu 1', kind: 'cell', isGrassroots: false, parentId: null }] }));
    expect(describeIssue('vi', 'unit', end!)).toBe('Đến ngày: phải sau thời điểm bắt đầu.');
    const [number] = issuesFor('movement', fixtures.sampleMovement({ decision: { number: ' ', date: '2025-07-25' } }));
    expect(describeIssue('vi', 'movement', number!)).toBe('Số quyết định: không được để trống.');
  });

  it('reads the identifier checks and the services’ refusals with their field', () => {
    const check = checkCitizenId('025088012345', defaultIdentifierRules, { birthYear: 1989 });
    if (check.ok) throw new Error('expected a failure');
    expect(describeIssue('vi', 'person', { field: 'citizenId', messageKey: check.messageKey, params: check.params })).toBe(
      'Số CCCD/CMND: không khớp với năm sinh 1989 (chữ số thứ 4 đến thứ 6 ghi thế kỷ và năm sinh).',
    );
    expect(describeIssue('vi', 'restructuring', { field: 'parentId', messageKey: 'validation.restructure.cycle', params: {} })).toBe(
      'Tổ chức cấp trên: không thể đặt tổ chức trực thuộc chính nó hoặc một tổ chức cấp dưới của nó.',
    );
  });

  it('reads every issue of an empty record of every type, naming its field', () => {
    for (const type of recordTypeNames) {
      const issues = issuesFor(type, {});
      expect(issues.length, type).toBeGreaterThan(0);
      for (const issue of issues) for (const language of languages) expectReadable(language, type, issue);
    }
  });

  it('reads a wrong value in each field of every type, naming that field', () => {
    for (const type of recordTypeNames) {
      expect(issuesFor(type, samples[type]()), `${type} sample`).toEqual([]);
      for (const field of Object.keys(shapeOf(type))) {
        const issues = issuesFor(type, { ...samples[type](), [field]: { wrong: [] } });
        const own = issues.filter((issue) => issue.field === field || issue.field.startsWith(`${field}.`));
        expect(own.length, `${type}.${field}`).toBeGreaterThan(0);
        for (const issue of own) {
          const text = expectReadable('vi', type, issue);
          expect(text, `${type}.${field}`).toContain(fieldLabel('vi', type, issue.field));
        }
      }
    }
  });

  it('reads a record that is not an object at all by the name of the record', () => {
    const [issue] = issuesFor('person', null);
    expect(describeIssue('vi', 'person', issue!)).toBe('Hồ sơ cán bộ, đảng viên: giá trị không hợp lệ.');
  });
});
