import type { SeededRandom } from './random';

/** The 13 district-level units of the old Phú Thọ province (before the 2025 reform), with their committee titles. */
export const phuThoDistricts: readonly { readonly name: string; readonly committee: string }[] = [
  { name: 'Việt Trì', committee: 'Đảng bộ thành phố Việt Trì' },
  { name: 'Phú Thọ', committee: 'Đảng bộ thị xã Phú Thọ' },
  { name: 'Đoan Hùng', committee: 'Đảng bộ huyện Đoan Hùng' },
  { name: 'Hạ Hòa', committee: 'Đảng bộ huyện Hạ Hòa' },
  { name: 'Thanh Ba', committee: 'Đảng bộ huyện Thanh Ba' },
  { name: 'Phù Ninh', committee: 'Đảng bộ huyện Phù Ninh' },
  { name: 'Yên Lập', committee: 'Đảng bộ huyện Yên Lập' },
  { name: 'Cẩm Khê', committee: 'Đảng bộ huyện Cẩm Khê' },
  { name: 'Tam Nông', committee: 'Đảng bộ huyện Tam Nông' },
  { name: 'Lâm Thao', committee: 'Đảng bộ huyện Lâm Thao' },
  { name: 'Thanh Sơn', committee: 'Đảng bộ huyện Thanh Sơn' },
  { name: 'Thanh Thủy', committee: 'Đảng bộ huyện Thanh Thủy' },
  { name: 'Tân Sơn', committee: 'Đảng bộ huyện Tân Sơn' },
];

const syllables = [
  'An', 'Bảo', 'Bình', 'Cao', 'Chân', 'Đông', 'Đồng', 'Gia', 'Hà', 'Hải', 'Hiền', 'Hòa', 'Hoàng', 'Hùng', 'Hưng', 'Hương',
  'Khải', 'Kim', 'Lạc', 'Lâm', 'Liên', 'Long', 'Minh', 'Mỹ', 'Ninh', 'Phong', 'Phú', 'Phúc', 'Phượng', 'Quang', 'Sơn', 'Tân',
  'Tây', 'Thạch', 'Thanh', 'Thịnh', 'Thượng', 'Tiên', 'Trung', 'Tứ', 'Văn', 'Vĩnh', 'Xuân', 'Yên', 'Hạ', 'Kiên', 'Lương', 'Mai',
];

/** Plausible commune names ("Tiên Kiên", "Hùng Lô"), distinct within one province. */
export function communeNames(random: SeededRandom, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const first = random.pick(syllables);
    const second = random.pick(syllables);
    if (first !== second) names.add(`${first} ${second}`);
  }
  return [...names];
}

export const agencyKinds = [
  { prefix: 'Trường Tiểu học', share: 24 },
  { prefix: 'Trường THCS', share: 22 },
  { prefix: 'Trường Mầm non', share: 14 },
  { prefix: 'Trạm Y tế', share: 10 },
  { prefix: 'Công an xã', share: 10 },
  { prefix: 'Quân sự xã', share: 6 },
  { prefix: 'Hợp tác xã', share: 6 },
  { prefix: 'Công ty TNHH', share: 8 },
] as const;

export const largeAgencyNames = [
  'Bệnh viện Đa khoa', 'Trường THPT', 'Công ty Cổ phần', 'Ủy ban nhân dân', 'Cơ quan Huyện ủy', 'Trung tâm Y tế', 'Kho bạc Nhà nước', 'Chi cục Thuế',
] as const;
