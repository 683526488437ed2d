import { describe, expect, it } from 'vitest';
import { niceStep } from './DashboardCharts';

describe('dashboard charts', () => {
  it('draw gridlines at round steps', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(37)).toBe(10);
    expect(niceStep(1234)).toBe(500);
    expect(niceStep(20_000)).toBe(5000);
  });
});
