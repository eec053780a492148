import { describe, expect, it } from 'vitest';
import { colorFor, MAP_COLORS, scaleSteps } from './map-scale.ts';

describe('scaleSteps', () => {
  it('splits 1…max into five ranges of whole counts', () => {
    expect(scaleSteps(10).map(({ from, to }) => [from, to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
  });
  it('uses fewer steps for small counts, the largest still the darkest', () => {
    const steps = scaleSteps(2);
    expect(steps.map(({ from, to }) => [from, to])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(steps.at(-1)?.color).toBe(MAP_COLORS[5]);
    expect(scaleSteps(0)).toEqual([]);
  });
});

describe('colorFor', () => {
  it('greys out provinces without opportunities', () => {
    expect(colorFor(0, 10)).toBe(MAP_COLORS[0]);
  });
  it('gives the maximum the darkest shade', () => {
    expect(colorFor(10, 10)).toBe(MAP_COLORS[5]);
    expect(colorFor(1, 10)).toBe(MAP_COLORS[1]);
    expect(colorFor(1, 1)).toBe(MAP_COLORS[5]);
  });
});
