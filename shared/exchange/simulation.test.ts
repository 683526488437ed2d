import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSimulation } from './simulation';

/** Seeds checked on every run; `SIM_SEEDS` raises the count for a longer run. */
const seeds = Number(process.env.SIM_SEEDS ?? 200);

describe('a simulated province network', () => {
  it(`converges, loses no edit and re-imports harmlessly for ${seeds} random seeds`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 4 }), async (seed, communes) => {
        const result = await runSimulation({ seed, communes, rounds: 2, changesPerRound: 5 });
        expect(result.divergences).toEqual([]);
        expect(result.lostEdits).toEqual([]);
        expect(result.reimportChangedSomething).toBe(false);
        expect(result.converged).toBe(true);
      }),
      { numRuns: seeds },
    );
  }, 1_800_000);

  it('produces concurrent edits, conflicts and quarantines, so the property above is not vacuous', async () => {
    const results = [];
    for (const seed of [1, 2, 3, 4, 5]) results.push(await runSimulation({ seed, communes: 3, rounds: 3, changesPerRound: 8 }));
    expect(results.reduce((sum, result) => sum + result.conflictsKept, 0)).toBeGreaterThan(0);
    expect(results.reduce((sum, result) => sum + result.quarantined, 0)).toBeGreaterThan(0);
    expect(results.reduce((sum, result) => sum + result.lostBundles, 0)).toBeGreaterThan(0);
    expect(results.every((result) => result.converged)).toBe(true);
  }, 300_000);
});
