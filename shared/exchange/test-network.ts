/**
 * Test fixture: a province, a district and two of its communes, enrolled, with a small tree (each commune has a
 * cell) and one member in each commune, carried down so every office holds what its jurisdiction covers.
 */
import { samplePerson, sampleUnit } from '../records/test-fixtures';
import { carry, createOffice, enrol, rootOf, type SimOffice } from './exchange-scenario';

export interface TestNetwork {
  readonly province: SimOffice;
  readonly district: SimOffice;
  readonly commune: SimOffice;
  readonly otherCommune: SimOffice;
}

export const testUnit = (code: string, name: string, parentId: string | null, kind = 'grassroots-committee') => sampleUnit({ code, periods: [{ from: '2010-01-01', to: null, name, kind, isGrassroots: kind !== 'cell', parentId }] });

export const memberOf = (unitId: string, fullName: string, overrides: Parameters<typeof samplePerson>[0] = {}) => samplePerson({ fullName, unitId, unitHistory: [{ unitId, from: '2005-03-01', to: null }], fullMembershipDate: '2006-03-01', ...overrides });

/** `person-an` in cell `unit-C1` of commune `unit-C`; `person-binh` in cell `unit-C2-1` of commune `unit-C2`. */
export async function testNetwork(prefix: string): Promise<TestNetwork> {
  const run = `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
  const province = await createOffice(`${run}-province`, 'Đảng bộ tỉnh', 'province', 'unit-P', 'P');
  const district = await createOffice(`${run}-district`, 'Đảng bộ huyện', 'district', 'unit-D', 'P.D');
  const commune = await createOffice(`${run}-commune`, 'Đảng bộ xã Một', 'grassroots', 'unit-C', 'P.D.C');
  const otherCommune = await createOffice(`${run}-commune2`, 'Đảng bộ xã Hai', 'grassroots', 'unit-C2', 'P.D.C2');
  const code = await rootOf(province);
  await enrol(province, district, code);
  await enrol(district, commune, code);
  await enrol(district, otherCommune, code);
  await province.write((writer) => {
    writer.create('unit', testUnit('P', 'Đảng bộ tỉnh', null, 'province-committee'), 'unit-P');
    writer.create('unit', testUnit('P.D', 'Đảng bộ huyện', 'unit-P', 'district-committee'), 'unit-D');
    writer.create('unit', testUnit('P.D.C', 'Đảng bộ xã Một', 'unit-D'), 'unit-C');
    writer.create('unit', testUnit('P.D.C.1', 'Chi bộ thôn 1', 'unit-C', 'cell'), 'unit-C1');
    writer.create('unit', testUnit('P.D.C2', 'Đảng bộ xã Hai', 'unit-D'), 'unit-C2');
    writer.create('unit', testUnit('P.D.C2.1', 'Chi bộ thôn A', 'unit-C2', 'cell'), 'unit-C2-1');
    writer.create('person', memberOf('unit-C1', 'Nguyễn Văn An'), 'person-an');
    writer.create('person', memberOf('unit-C2-1', 'Trần Thị Bình', { sex: 'female', citizenId: '025180001234' }), 'person-binh');
  });
  await carry(province, district);
  await carry(district, commune);
  await carry(district, otherCommune);
  return { province, district, commune, otherCommune };
}

export async function deleteNetwork(network: TestNetwork): Promise<void> {
  for (const office of Object.values(network)) await office.db.delete();
}
