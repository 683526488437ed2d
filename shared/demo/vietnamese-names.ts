import type { SeededRandom } from './random';
import type { Sex } from '../people/person';

/** Family names with their approximate shares in Vietnam (Nguyễn about 38%). */
const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Phan', 4.5], ['Vũ', 3.9], ['Đặng', 2.1],
  ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.9], ['Đào', 0.8],
  ['Trịnh', 0.7], ['Mai', 0.6], ['Hà', 0.6], ['Tạ', 0.4], ['Lương', 0.4], ['Cao', 0.4], ['Triệu', 0.3], ['Kiều', 0.3],
];

const middleNames: Record<Sex, readonly (readonly [string, number])[]> = {
  male: [['Văn', 40], ['Đức', 8], ['Minh', 8], ['Quang', 6], ['Hữu', 6], ['Xuân', 5], ['Thanh', 5], ['Ngọc', 4], ['Công', 5], ['Mạnh', 3], ['Tiến', 3], ['Trọng', 3], ['Đình', 4]],
  female: [['Thị', 55], ['Ngọc', 6], ['Thu', 6], ['Thanh', 6], ['Minh', 4], ['Kim', 4], ['Phương', 3], ['Hồng', 5], ['Bích', 3], ['Thúy', 3], ['Mai', 3]],
};

const givenNames: Record<Sex, readonly string[]> = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Long', 'Lâm', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Hưng', 'Khoa', 'Lực', 'Tiến', 'Hòa'],
  female: ['Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Minh', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân', 'Hảo', 'Lý', 'Nguyệt', 'Thơm', 'Tâm', 'Uyên'],
};

export function vietnameseFullName(random: SeededRandom, sex: Sex): string {
  return `${random.weighted(familyNames)} ${random.weighted(middleNames[sex])} ${random.pick(givenNames[sex])}`;
}

export function familyName(random: SeededRandom): string {
  return random.weighted(familyNames);
}
