import { describe, expect, it } from 'vitest';
import { fitWithin } from './photo-resize';

describe('fitting a photo in the 3×4 box (300×400)', () => {
  it('shrinks a large picture, keeping its shape', () => {
    expect(fitWithin(3000, 4000)).toEqual({ width: 300, height: 400 });
    expect(fitWithin(4000, 3000)).toEqual({ width: 300, height: 225 });
    expect(fitWithin(1000, 4000)).toEqual({ width: 100, height: 400 });
  });

  it('leaves a small picture as it is, and never goes below one pixel', () => {
    expect(fitWithin(240, 320)).toEqual({ width: 240, height: 320 });
    expect(fitWithin(10_000, 1)).toEqual({ width: 300, height: 1 });
  });
});
