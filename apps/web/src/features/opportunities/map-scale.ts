/**
 * The colour scale of the province map: grey for none, then up to five shades of the brand
 * cyan from few to many. Steps split 1…max into equal ranges of whole counts, so every
 * shade in the legend means a range of counts a reader can check.
 */
export const MAP_COLORS = ['#f1f3f5', '#c5f6fa', '#66d9e8', '#22b8cf', '#1098ad', '#0b7285'] as const;

export interface ScaleStep {
  from: number;
  to: number;
  color: string;
}

/** The legend's steps for counts up to `max` (none when nothing is on the map). */
export function scaleSteps(max: number): ScaleStep[] {
  if (!(max > 0)) return [];
  const count = Math.min(5, Math.floor(max));
  const steps: ScaleStep[] = [];
  for (let index = 0; index < count; index++) {
    const from = Math.floor((index * max) / count) + 1;
    const to = Math.floor(((index + 1) * max) / count);
    // Spread fewer steps over the whole ramp so the largest is always the darkest.
    const shade = count === 1 ? 5 : 1 + Math.round((index * 4) / (count - 1));
    steps.push({ from, to, color: MAP_COLORS[shade]! });
  }
  return steps;
}

/** The fill colour of a province with `count` opportunities when the largest has `max`. */
export function colorFor(count: number, max: number): string {
  if (!(count > 0)) return MAP_COLORS[0];
  const step = scaleSteps(max).find((item) => count >= item.from && count <= item.to);
  return step?.color ?? MAP_COLORS[5];
}
