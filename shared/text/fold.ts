/**
 * A text without its diacritics ("Đảng bộ" → "dang bo"). NFD leaves đ/Đ whole (they are letters of
 * their own, not d + a mark), so they are mapped explicitly.
 */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
}

/** The search key of a text: no diacritics, lower case, single spaces, so "Nguyen Van A" finds "Nguyễn Văn A". */
export function foldForSearch(text: string): string {
  return withoutDiacritics(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
