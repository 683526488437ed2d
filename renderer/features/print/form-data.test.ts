import { describe, expect, it } from 'vitest';
import { officialCatalogEntries } from '../../../shared/catalogs/official-catalogs';
import { asPersonHistoryEntry, personHistoryKinds, personHistorySchema, type PersonHistoryKind } from '../../../shared/people/person-history';
import type { HistoryRow, PersonDossier, UnitSummary } from '../../../shared/people/person-service';
import * as fixtures from '../../../shared/records/test-fixtures';
import type { RecordInput } from '../../../shared/records/registry';
import { personSchema } from '../../../shared/people/person';
import { commendationSchema } from '../../../shared/events/commendation';
import { fieldValue, tableValues, type PrintContext } from './form-data';
import { fieldSources, formTemplates, latestTemplate, printForms, tableSources, type FormTemplate } from './form-templates';

const unit = (id: string, name: string, isGrassroots: boolean, parentId: string | null): UnitSummary => ({ id, code: id, name, kind: 'cell', isGrassroots, parentId });
const fourLevels = [
  unit('pt', 'Đảng bộ tỉnh Phú Thọ', false, null),
  unit('lt', 'Đảng bộ huyện Lâm Thao', false, 'pt'),
  unit('vp', 'Đảng bộ xã Vân Phú', true, 'lt'),
  unit('k3', 'Chi bộ Khu 3', false, 'vp'),
];

let rowId = 0;
const row = (kind: PersonHistoryKind, overrides: Partial<RecordInput<'personHistory'>> = {}): HistoryRow => ({
  ...asPersonHistoryEntry(personHistorySchema.parse(fixtures.samplePersonHistory(kind, overrides))),
  id: `h${++rowId}`,
});

function dossier(overrides: Partial<PersonDossier> = {}): PersonDossier {
  const person = { id: 'p1', ...personSchema.parse(fixtures.samplePerson({ unitId: 'k3', unitHistory: [{ unitId: 'k3', from: '2005-03-01', to: null }], fullMembershipDate: '2006-03-01' })) };
  const histories = Object.fromEntries(personHistoryKinds.map((kind) => [kind, [] as HistoryRow[]])) as unknown as PersonDossier['histories'];
  return {
    person,
    photo: undefined,
    histories,
    commendations: [],
    disciplines: [],
    inspections: [],
    evaluations: [],
    planning: [],
    movements: [],
    training: [],
    transfers: [],
    exits: [],
    admissions: [],
    units: new Map(fourLevels.map((item) => [item.id, item])),
    unitPath: fourLevels,
    ...overrides,
  };
}
const context = (overrides: Partial<PersonDossier> = {}, restricted: PrintContext['restricted'] = {}): PrintContext => ({ dossier: dossier(overrides), restricted, catalogs: officialCatalogEntries });

describe('the values a form prints', () => {
  it('writes the birth name in capitals, with its Vietnamese letters', () => {
    expect(fieldValue(context(), 'fullNameCaps')).toBe('NGUYỄN VĂN AN');
  });

  it('names codes from the catalogs and dates dd/mm/yyyy', () => {
    const c = context();
    expect(fieldValue(c, 'ethnicity')).toBe('Kinh');
    expect(fieldValue(c, 'religion')).toBe('Không');
    expect(fieldValue(c, 'birthDate')).toBe('12/05/1980');
    expect(fieldValue(c, 'sex')).toBe('Nam');
    expect(fieldValue(c, 'admissionDate')).toBe('01/03/2005');
    expect(fieldValue(c, 'admissionUnit')).toBe('Chi bộ Khu 3');
  });

  it('reads the header units from the path, with or without a district level', () => {
    const c = context();
    expect((['province', 'directUnit', 'grassrootsUnit', 'cell'] as const).map((source) => fieldValue(c, source))).toEqual([
      'Đảng bộ tỉnh Phú Thọ',
      'Đảng bộ huyện Lâm Thao',
      'Đảng bộ xã Vân Phú',
      'Chi bộ Khu 3',
    ]);
    // Since July 2025 communes sit right under the province.
    const twoLevels = context({ unitPath: [fourLevels[0]!, fourLevels[2]!, fourLevels[3]!] });
    expect(fieldValue(twoLevels, 'directUnit')).toBe('');
    expect(fieldValue(twoLevels, 'grassrootsUnit')).toBe('Đảng bộ xã Vân Phú');
  });

  it('prints the restricted items only as they were read through their door', () => {
    expect(fieldValue(context(), 'politicalHistory')).toBe('');
    expect(fieldValue(context({}, { politicalHistory: 'Không bị bắt, không bị tù' }), 'politicalHistory')).toBe('Không bị bắt, không bị tù');
  });

  it('takes the latest health examination and the highest party badge', () => {
    const health = [row('health', { date: '2023-03-01', heightCm: 167, weightKg: 60 }), row('health', { date: '2025-03-15', heightCm: 168, weightKg: 62.5, bloodGroupCode: 'O' })];
    const badge = (formCode: string) => ({ id: formCode, ...commendationSchema.parse(fixtures.sampleCommendation({ formCode, recipients: [{ personId: 'p1' }] })) });
    const c = context({ histories: { ...dossier().histories, health }, commendations: [badge('party-badge-30'), badge('party-badge-40'), badge('commendation-paper')] });
    expect([fieldValue(c, 'healthStatus'), fieldValue(c, 'height'), fieldValue(c, 'weight'), fieldValue(c, 'bloodGroup')]).toEqual(['Tốt', '168 cm', '62,5 kg', 'O']);
    expect(fieldValue(c, 'partyBadge')).toBe('Huy hiệu 40 năm tuổi Đảng');
  });
});

describe('the tables a form prints', () => {
  it('write spans mm/yyyy, an open one "– nay", and the training mode in words', () => {
    const c = context({ histories: { ...dossier().histories, training: [row('training')], work: [row('work', { to: undefined })] } });
    expect(tableValues(c, 'training')).toEqual([{ school: 'Đại học Luật Hà Nội', major: 'Luật', span: '09/1998 – 06/2002', mode: 'Chính quy', certificate: 'Cử nhân Luật' }]);
    expect(tableValues(c, 'work')).toEqual([{ span: '08/2002 – nay', postAndWorkplace: 'Chuyên viên, Văn phòng Huyện ủy Lâm Thao' }]);
  });

  it('write the salary as grade code/step and a coefficient with a decimal comma', () => {
    const c = context({ histories: { ...dossier().histories, salary: [row('salary')] } });
    expect(tableValues(c, 'salary')).toEqual([{ monthYear: '07/2023', gradeAndStep: '01.003/4', coefficient: '3,33' }]);
  });

  it('split the family between the person’s own side and the spouse’s', () => {
    const family = [row('family'), row('family', { side: 'spouse', relation: 'Mẹ vợ', fullName: 'Lê Thị Hoa', birthYear: 1955, occupation: undefined, memberships: undefined, hometown: 'Lâm Thao' })];
    const c = context({ histories: { ...dossier().histories, family } });
    expect(tableValues(c, 'familyOwn')).toEqual([{ relation: 'Bố đẻ', fullName: 'Nguyễn Văn Bình', birthYear: '1950', details: 'Nghỉ hưu; Đảng viên' }]);
    expect(tableValues(c, 'familySpouse')).toEqual([{ relation: 'Mẹ vợ', fullName: 'Lê Thị Hoa', birthYear: '1955', details: 'Lâm Thao' }]);
  });
});

describe('the form templates', () => {
  const numbers = (template: FormTemplate) =>
    template.items.flatMap((item) => (item.kind === 'line' ? item.parts.map((part) => part.number) : [item.number])).filter((number): number is string => number !== undefined && /\d/.test(number));

  it('number their items once each, in order', () => {
    for (const template of formTemplates) {
      const found = numbers(template);
      expect(new Set(found).size, template.id).toBe(found.length);
      const top = found.map((number) => Number.parseInt(number, 10));
      expect(top, template.id).toEqual([...top].sort((a, b) => a - b));
    }
  });

  it('use only sources and columns the dossier can fill, and print from an empty dossier', () => {
    const c = context();
    for (const template of formTemplates) {
      for (const item of template.items) {
        if (item.kind === 'line') for (const part of item.parts) expect(fieldSources).toContain(part.source);
        if (item.kind === 'table') for (const column of item.columns) expect(tableSources[item.source] as readonly string[]).toContain(column.column);
      }
    }
    for (const source of fieldSources) expect(typeof fieldValue(c, source)).toBe('string');
  });

  it('offer the three forms, each at its latest version', () => {
    expect(printForms.map((form) => form.id)).toEqual(['2C/TCTW-98', '2C-BNV/2008', '2-HSĐV']);
    const newer = { ...formTemplates[0]!, version: 2, title: 'SƠ YẾU LÝ LỊCH (mẫu mới)' };
    expect(latestTemplate('2c-tctw-98', [...formTemplates, newer])?.title).toBe('SƠ YẾU LÝ LỊCH (mẫu mới)');
    expect(latestTemplate('2c-tctw-98')?.version).toBe(1);
    expect(latestTemplate('khong-co')).toBeUndefined();
  });
});
