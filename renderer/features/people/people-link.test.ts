import { describe, expect, it } from 'vitest';
import { filtersFromLink, peopleLink } from './people-link';

const parse = (link: string) => filtersFromLink(new URLSearchParams(link.split('?')[1]));

describe('links into the people table', () => {
  it('carry filters there and back', () => {
    const filters = { ageBand: '81+', sex: 'female', memberStatus: 'member', unitId: 'u-1', inPlanning: true, termEndsWithinDays: 90 } as const;
    const link = peopleLink(filters);
    expect(link).toBe('/people?ageBand=81%2B&sex=female&memberStatus=member&unitId=u-1&inPlanning=true&termEndsWithinDays=90');
    expect(parse(link)).toEqual({ ok: true, filters });
    expect(parse('/people?ethnicity=')).toEqual({ ok: true, filters: { ethnicity: '' } });
  });

  it('refuse a bad value or an unknown parameter, naming each', () => {
    expect(parse('/people?sex=other&ageBand=31-40')).toEqual({ ok: false, badParameters: ['sex'] });
    expect(parse('/people?termEndsWithinDays=abc&colour=red')).toEqual({ ok: false, badParameters: ['colour', 'termEndsWithinDays'] });
    expect(parse('/people?inPlanning=yes')).toEqual({ ok: false, badParameters: ['inPlanning'] });
    expect(parse('/people?termEndsWithinDays=')).toEqual({ ok: false, badParameters: ['termEndsWithinDays'] });
  });
});
