import { describe, expect, it } from 'vitest';
import { niceStep, peopleLink } from './DashboardCharts';

describe('dashboard charts', () => {
  it('link each bar to the people table with the agreed query parameters', () => {
    expect(peopleLink({ ageBand: '31-40', sex: 'female' })).toBe('/people?ageBand=31-40&sex=female');
    // "+" would read as a space in a query string.
    expect(new URLSearchParams(peopleLink({ ageBand: '81+' }).split('?')[1]).get('ageBand')).toBe('81+');
    expect(peopleLink({ unit: '0199-abc' })).toBe('/people?unit=0199-abc');
  });

  it('draw gridlines at round steps', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(37)).toBe(10);
    expect(niceStep(1234)).toBe(500);
    expect(niceStep(20_000)).toBe(5000);
  });
});
