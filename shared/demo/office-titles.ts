/** How generated decisions name the bodies that sign them ("Ban Thường vụ Huyện ủy Đoan Hùng", "Đảng ủy xã Tiên Kiên"). */

/** "Đảng bộ huyện Đoan Hùng" → "Huyện ủy Đoan Hùng"; "Đảng bộ thành phố Việt Trì" → "Thành ủy Việt Trì". */
export function committeeTitle(committeeName: string): string {
  const name = committeeName.replace(/^Đảng bộ\s+/, '');
  for (const [prefix, title] of [['tỉnh ', 'Tỉnh ủy '], ['thành phố ', 'Thành ủy '], ['thị xã ', 'Thị ủy '], ['huyện ', 'Huyện ủy ']] as const) {
    if (name.startsWith(prefix)) return title + name.slice(prefix.length);
  }
  return `Đảng ủy ${name}`;
}

/** The suffix of the committee's decision numbers: TU for the province and cities, HU for districts. */
export function decisionSuffix(committeeName: string): string {
  return /^Đảng bộ (huyện|thị xã)/.test(committeeName) ? 'HU' : 'TU';
}

/** The body of a grassroots organization that signs: "Đảng ủy xã …" for a committee, the cell itself otherwise. */
export function grassrootsTitle(name: string, kind: string): string {
  return kind === 'grassroots-committee' ? name.replace(/^Đảng bộ/, 'Đảng ủy') : name;
}
