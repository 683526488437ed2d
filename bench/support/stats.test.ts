import { describe, expect, it } from 'vitest';
import { fastest, interleaved, judge, mean, median, percentile, ratio, ratioOfMedians, summary, textTable } from './stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the runs it keeps', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([4, 1, 3, 2])).toBe(2.5);
    const runs = [30, 10, 20.04, 50, 40];
    expect(summary(runs)).toEqual({ min: 10, median: 30, max: 50, runs: 5, values: [30, 10, 20, 50, 40] });
    expect(() => summary([])).toThrow();
  });

  it('reads the 95th percentile by nearest rank', () => {
    const frames = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(frames, 0.95)).toBe(95);
    expect(percentile([16, 17, 40], 0.95)).toBe(40);
    expect(percentile([7], 0.5)).toBe(7);
  });

  it('compares medians, and refuses to divide by nothing', () => {
    expect(ratioOfMedians(summary([12, 13, 14]), summary([10, 9, 11]))).toBe(1.3);
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(5, 0)).toBeNull();
  });

  it('judges a goal from either side, and leaves an unmeasured one open', () => {
    expect(judge({ id: 'store', label: 'store', value: 1.3, atMost: 1.3 })).toMatchObject({ goal: '≤ 1.3', met: true });
    expect(judge({ id: 'store', label: 'store', value: 1.31, atMost: 1.3 }).met).toBe(false);
    expect(judge({ id: 'pouch', label: 'pouch', value: 4.9, atLeast: 5 })).toMatchObject({ goal: '≥ 5', met: false });
    expect(judge({ id: 'pouch', label: 'pouch', value: null, atLeast: 5 }).met).toBeNull();
    expect(() => judge({ id: 'both', label: 'both', value: 1, atMost: 2, atLeast: 0 })).toThrow();
  });

  it('picks the fastest chunk size', () => {
    expect(fastest({ '1000': 9.5, '5000': 7.1, '10000': 7.4 })).toBe('5000');
  });

  it('runs contestants interleaved after a warm-up, keeping only the counted rounds', async () => {
    const order: string[] = [];
    let clock = 0;
    const contestant = (name: string) => async () => {
      order.push(name);
      return (clock += 1);
    };
    const rounds: string[] = [];
    const times = await interleaved(
      { a: contestant('a'), b: contestant('b') },
      { runs: 3, warmUp: { b: async () => order.push('b-small') }, onRound: (round, taken, soFar) => void rounds.push(`${round}: ${taken.a},${taken.b} of ${soFar.a.join('+')}`) },
    );
    expect(order).toEqual(['a', 'b-small', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(times).toEqual({ a: [2, 4, 6], b: [3, 5, 7] });
    expect(rounds).toEqual(['1: 2,3 of 2', '2: 4,5 of 2+4', '3: 6,7 of 2+4+6']);
  });

  it('prints an aligned table', () => {
    expect(textTable([['what', 'ratio'], ['store', '1.21'], ['import', '10.5']])).toBe(['what    ratio', '──────  ─────', 'store    1.21', 'import   10.5'].join('\n'));
  });
});
