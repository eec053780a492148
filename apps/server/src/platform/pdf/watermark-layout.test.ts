import { describe, expect, it } from 'vitest';
import { layoutWatermark } from './watermark-layout.ts';

/** True when the segment of `length` centred at (x, y) along `angle` degrees lies inside w × h. */
function isInside(x: number, y: number, length: number, angle: number, w: number, h: number): boolean {
  const dx = (Math.cos((angle * Math.PI) / 180) * length) / 2;
  const dy = (Math.sin((angle * Math.PI) / 180) * length) / 2;
  return [
    [x - dx, y - dy],
    [x + dx, y + dy],
  ].every(
    ([px, py]) => (px as number) >= 0 && (px as number) <= w && (py as number) >= 0 && (py as number) <= h,
  );
}

describe('layoutWatermark', () => {
  const widths = [9.5, 11, 10.2, 19]; // lines' widths at size 1, e.g. name, organisation, e-mail, date
  for (const [w, h] of [
    [595.28, 841.89],
    [1190.55, 841.89],
    [200, 2000],
    [90, 50],
    [14_400, 14_400],
  ] as const) {
    it(`fits every line of 3 bands inside a ${w} × ${h} page, along its diagonal`, () => {
      const layout = layoutWatermark(w, h, widths);
      expect(layout.placed).toHaveLength(12);
      expect(layout.angle).toBeCloseTo((Math.atan2(h, w) * 180) / Math.PI, 6);
      expect(layout.size).toBeGreaterThan(0);
      expect(layout.size).toBeLessThanOrEqual(40);
      for (const place of layout.placed) {
        const length = (widths[place.line] as number) * layout.size;
        expect(isInside(place.x, place.y, length, layout.angle, w, h), JSON.stringify(place)).toBe(true);
      }
    });
  }

  it('keeps the largest size on a big page and shrinks it for long lines', () => {
    expect(layoutWatermark(14_400, 14_400, widths).size).toBe(40);
    const short = layoutWatermark(595, 842, [5]).size;
    const long = layoutWatermark(595, 842, [50]).size;
    expect(long).toBeLessThan(short);
  });
});
