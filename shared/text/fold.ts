/**
 * The search key of a text: no diacritics, lower case, single spaces, so "Nguyen Van A" finds "Nguyễn Văn A".
 * NFD leaves đ/Đ whole (they are letters of their own, not d + a mark), so they are mapped explicitly.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
