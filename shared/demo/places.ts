/**
 * The places of a generated province: administrative units (province → districts → communes, dated), residential
 * areas with their party coverage, and non-state enterprises with their workforce and party organization.
 */
import { earliestDay, type IsoDate } from '../dates/partial-date';
import type { RecordInput } from '../records/registry';
import { addYears, dateBetween, earlier, later, pad, sample, seededUuid, WeightedTable } from './generator-support';
import { communeNames } from './place-names';
import type { GeneratedRecord } from './province-generator';
import type { Commune, GrassrootsOrganization, Hierarchy } from './province-shape';
import type { SeededRandom } from './random';

/** Vĩnh Phú was split into Phú Thọ and Vĩnh Phúc on this day. */
const provinceSince: IsoDate = '1997-01-01';
/** The commune mergers of the 2019-2021 wave took effect on this day in Phú Thọ (Nghị quyết 828/NQ-UBTVQH14). */
const mergerDay: IsoDate = '2020-01-01';
/** Statistical codes of the old Phú Thọ districts, in the order of `phuThoDistricts`. */
const districtCodes = ['227', '228', '230', '231', '232', '233', '234', '235', '236', '237', '238', '239', '240'] as const;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Đảng bộ thành phố Việt Trì" → "Thành phố Việt Trì". */
const administrativeName = (committeeName: string) => capitalized(committeeName.replace(/^Đảng bộ\s+/, ''));

function adminUnit(random: SeededRandom, code: string, periods: RecordInput<'adminUnit'>['periods']): GeneratedRecord<'adminUnit'> {
  return { type: 'adminUnit', id: seededUuid(random), fields: { code, periods } };
}

/**
 * The administrative hierarchy standing behind the party units: the province, its districts and communes, each
 * pointed at by the party committee of the same place (`adminUnitId`). Some wards were communes before they were
 * upgraded, and some communes carry the name they had before the 2020 mergers.
 */
export function administrativeUnits(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate): GeneratedRecord<'adminUnit'>[] {
  const rootName = hierarchy.root.fields.periods[0]!.name;
  const province = adminUnit(random, '25', [{ from: provinceSince, to: null, name: administrativeName(rootName), level: 'province', parentId: null }]);
  hierarchy.root.fields.adminUnitId = province.id;
  const records = [province];
  let communeSerial = 0;
  for (const district of hierarchy.districts) {
    const name = administrativeName(district.unit.fields.periods[0]!.name);
    const unit = adminUnit(random, districtCodes[district.index] ?? pad(241 + district.index, 3), [{ from: provinceSince, to: null, name, level: 'district', parentId: province.id }]);
    district.unit.fields.adminUnitId = unit.id;
    district.adminUnitId = unit.id;
    records.push(unit);
    for (const commune of district.communes) {
      const name = `${commune.isWard ? 'Phường' : 'Xã'} ${commune.name}`;
      const base = { level: 'commune' as const, parentId: unit.id };
      let periods: RecordInput<'adminUnit'>['periods'] = [{ from: provinceSince, to: null, name, ...base }];
      // Nothing after the day the data describes: upgrades and mergers that came later are not there yet.
      if (commune.isWard && random.chance(0.4) && asOf > '2008-01-01') {
        const upgraded = dateBetween(random, '2008-01-01', earlier('2020-12-31', asOf));
        periods = [{ from: provinceSince, to: upgraded, name: `Xã ${commune.name}`, ...base }, { from: upgraded, to: null, name, ...base }];
      } else if (!commune.isWard && random.chance(0.05) && asOf >= mergerDay) {
        periods = [{ from: provinceSince, to: mergerDay, name: `Xã ${communeNames(random, 1)[0]!}`, ...base }, { from: mergerDay, to: null, name, ...base }];
      }
      communeSerial += 1;
      const record = adminUnit(random, pad(7870 + communeSerial * 3, 5), periods);
      commune.committee.fields.adminUnitId = record.id;
      commune.adminUnitId = record.id;
      commune.adminName = name;
      records.push(record);
    }
  }
  return records;
}

/**
 * About seven residential areas per commune: most have their own cell (a cell of that commune), some share a
 * joint cell in pairs, a few have no cell or member. Some were covered only recently, and some were renamed in
 * the 2020 mergers, so both the periods and the coverage are dated.
 */
export function residentialAreas(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate): GeneratedRecord<'residentialArea'>[] {
  const slotsByUnit = new Map(hierarchy.slots.map((slot) => [slot.unitId, slot]));
  const records: GeneratedRecord<'residentialArea'>[] = [];
  for (const district of hierarchy.districts) {
    for (const commune of district.communes) {
      const adminUnitId = commune.adminUnitId;
      if (!adminUnitId) continue;
      const prefix = commune.isWard ? 'Tổ dân phố' : (commune.cells[0]?.name.includes('Thôn') ? 'Thôn' : 'Khu');
      let nextNumber = commune.cells.length;
      const newName = () => `${prefix} ${(nextNumber += 1)}`;
      const count = Math.min(random.int(5, 10), commune.cells.length);
      let cursor = 0;
      const add = (name: string, coverage: RecordInput<'residentialArea'>['coverage']) => {
        const renamed = random.chance(0.08) && asOf >= mergerDay;
        const periods = renamed
          ? [{ from: '2005-01-01', to: mergerDay, name: newName(), adminUnitId }, { from: mergerDay, to: null, name, adminUnitId }]
          : [{ from: '2005-01-01', to: null, name, adminUnitId }];
        const record: GeneratedRecord<'residentialArea'> = { type: 'residentialArea', id: seededUuid(random), fields: { code: `KDC${pad(records.length + 1, 5)}`, periods, coverage } };
        records.push(record);
        commune.areaIds.push(record.id);
        return record;
      };
      for (let made = 0; made < count; ) {
        const roll = random.next();
        if (roll < 0.03) {
          commune.uncoveredAreaIds.push(add(newName(), [{ from: '2010-01-01', statusCode: 'none' }]).id);
          made += 1;
        } else if (roll < 0.075 && made + 1 < count) {
          const cell = commune.cells[cursor++]!;
          const coverage = [{ from: '2010-01-01', statusCode: 'joint', cellUnitId: cell.id }];
          const first = add(cell.name.replace('Chi bộ ', ''), coverage);
          add(newName(), coverage);
          attach(slotsByUnit.get(cell.id), first.id);
          made += 2;
        } else {
          const cell = commune.cells[cursor++]!;
          // Some areas got their own cell only lately: the seed's aim of leaving no area without one.
          const coverage = random.chance(0.04)
            ? [{ from: '2010-01-01', statusCode: 'none' }, { from: dateBetween(random, later('2010-01-02', addYears(asOf, -4)), later('2010-01-03', addYears(asOf, -1))), statusCode: 'independent', cellUnitId: cell.id }]
            : [{ from: '2010-01-01', statusCode: 'independent', cellUnitId: cell.id }];
          attach(slotsByUnit.get(cell.id), add(cell.name.replace('Chi bộ ', ''), coverage).id);
          made += 1;
        }
      }
    }
  }
  return records;
}

function attach(slot: { areaId?: string } | undefined, areaId: string): void {
  if (slot) slot.areaId = areaId;
}

export interface EnterprisePlan {
  /** The enterprise records, with the members of those that have a party organization counted from the people made. */
  records(membersByUnit: ReadonlyMap<string, number>): GeneratedRecord<'enterprise'>[];
}

const legalFormTable = new WeightedTable([['Công ty TNHH', 60], ['Công ty cổ phần', 22], ['Doanh nghiệp tư nhân', 14], ['Hợp tác xã', 4]] as const);
const tradeNames = ['May mặc', 'Chè', 'Giấy', 'Gạch ngói', 'Xây dựng', 'Cơ khí', 'Vận tải', 'Thực phẩm', 'Dược liệu', 'Chế biến gỗ', 'Điện tử', 'Thương mại', 'Du lịch', 'Nông sản'] as const;
const workforceTable = new WeightedTable<readonly [number, number]>([[[5, 49], 60], [[50, 199], 25], [[200, 999], 12], [[1000, 5000], 3]]);
const largeWorkforceTable = new WeightedTable<readonly [number, number]>([[[60, 199], 35], [[200, 999], 45], [[1000, 6000], 20]]);

/**
 * About 10 non-state enterprises for every 7 communes (~400 in a full province), ~15% of them with a party
 * organization: a grassroots organization of the hierarchy whose name is the enterprise's. Ids are drawn now, so
 * that admission cases can name the enterprise; the records are finished after the people, whose members they count.
 */
export function planEnterprises(random: SeededRandom, hierarchy: Hierarchy, asOf: IsoDate): EnterprisePlan {
  const communes = hierarchy.districts.flatMap((district) => district.communes);
  const count = Math.round((communes.length * 10) / 7);
  const year = Number(asOf.slice(0, 4));
  const previousYearEnd = `${year - 1}-12-31`;
  const withParty = hierarchy.grassroots.filter((organization) => organization.enterpriseForm);
  const companiesFirst = [...sample(random, withParty.filter((organization) => organization.enterpriseForm !== 'Hợp tác xã'), withParty.length), ...sample(random, withParty.filter((organization) => organization.enterpriseForm === 'Hợp tác xã'), withParty.length)];
  const linked = companiesFirst.slice(0, Math.min(Math.round(count * 0.15), companiesFirst.length));
  const linkedAt = new Map(sample(random, Array.from({ length: count }, (_, index) => index), linked.length).map((position, index) => [position, linked[index]!]));

  interface Draft {
    readonly record: GeneratedRecord<'enterprise'>;
    readonly organization?: GrassrootsOrganization;
    readonly workforce: number;
    readonly previousWorkforce: number;
    readonly memberDrop: number;
    readonly members: number;
    readonly countedOn: readonly IsoDate[];
  }
  const drafts: Draft[] = [];
  for (let index = 0; index < count; index += 1) {
    const organization = linkedAt.get(index);
    const districtCommunes = organization ? hierarchy.districts[organization.districtIndex]!.communes : [];
    const commune: Commune | undefined = districtCommunes.length > 0 ? random.pick(districtCommunes) : communes.length > 0 ? random.pick(communes) : undefined;
    const legalForm = organization?.enterpriseForm ?? legalFormTable.pick(random);
    const name = organization?.enterpriseName ?? `${legalForm} ${random.pick(tradeNames)} ${communeNames(random, 1)[0]!}`;
    const establishedOn = dateBetween(random, '1993-01-01', addYears(asOf, -1)).slice(0, 7);
    const closedOn = !organization && random.chance(0.03) ? dateBetween(random, later(addYears(earliestDay(establishedOn), 1), addYears(asOf, -3)), asOf) : undefined;
    const band = (organization ? largeWorkforceTable : workforceTable).pick(random);
    const workforce = random.int(band[0], band[1]);
    const fields: RecordInput<'enterprise'> = {
      name,
      taxCode: `26${pad(random.int(0, 99_999_999), 8)}`,
      ownership: legalForm !== 'Hợp tác xã' && legalForm !== 'Doanh nghiệp tư nhân' && random.chance(0.07) ? 'foreign-invested' : 'domestic',
      legalForm,
      ...(commune?.adminUnitId ? { adminUnitId: commune.adminUnitId, address: `${commune.adminName}, ${hierarchy.districts[commune.districtIndex]!.name}` } : {}),
      establishedOn,
      ...(closedOn ? { closedOn } : {}),
      figures: [],
    };
    if (organization) {
      fields.partyUnitId = organization.id;
      fields.partyUnitSince = dateBetween(random, later('2010-01-01', earliestDay(establishedOn)), addYears(asOf, -1));
    }
    const lastDay = closedOn ?? asOf;
    const countedOn = [previousYearEnd, asOf].filter((day) => day >= earliestDay(establishedOn) && day <= lastDay && (closedOn === undefined || day < closedOn));
    drafts.push({
      record: { type: 'enterprise', id: seededUuid(random), fields },
      ...(organization ? { organization } : {}),
      workforce,
      previousWorkforce: Math.max(1, workforce + random.int(-Math.ceil(workforce / 10), Math.ceil(workforce / 10))),
      memberDrop: random.int(0, 3),
      // Without a party organization, a few members work there all the same (their cell is where they live).
      members: random.chance(0.2) ? random.int(1, 2) : 0,
      countedOn,
    });
  }
  const enterpriseOf = new Map(drafts.flatMap((draft) => (draft.organization ? [[draft.organization.id, draft.record.id] as const] : [])));
  for (const slot of hierarchy.slots) {
    const enterpriseId = enterpriseOf.get(slot.grassroots.id);
    if (enterpriseId) slot.enterpriseId = enterpriseId;
  }

  return {
    records(membersByUnit) {
      return drafts.map((draft) => {
        const { organization } = draft;
        const members = organization ? [organization.id, ...organization.cellIds].reduce((sum, unitId) => sum + (membersByUnit.get(unitId) ?? 0), 0) : draft.members;
        const figures = draft.countedOn.map((day) => {
          const current = day !== previousYearEnd;
          const partyMembers = current ? members : Math.max(0, members - draft.memberDrop);
          return { asOf: day, workforce: Math.max(current ? draft.workforce : draft.previousWorkforce, partyMembers), partyMembers };
        });
        return { ...draft.record, fields: { ...draft.record.fields, figures } };
      });
    },
  };
}
