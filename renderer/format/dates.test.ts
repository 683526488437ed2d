import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('date display', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatDate(new Date(2025, 6, 1))).toBe('01/07/2025');
    expect(formatDate(new Date(1999, 11, 31))).toBe('31/12/1999');
  });

  it('adds hh:mm for timestamps', () => {
    expect(formatDateTime(new Date(2026, 0, 2, 3, 4))).toBe('02/01/2026 03:04');
  });
});
