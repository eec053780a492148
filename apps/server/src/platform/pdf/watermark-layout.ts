/** One line of the watermark placed on the page, in the page's displayed coordinates (y up). */
export interface PlacedLine {
  /** Index into the lines given to `layoutWatermark`. */
  line: number;
  /** Middle of the baseline. */
  x: number;
  y: number;
}

export interface WatermarkLayout {
  /** Font size in points, the same for every line and band. */
  size: number;
  /** Counter-clockwise angle of the baselines in degrees: along the page's rising diagonal. */
  angle: number;
  placed: PlacedLine[];
}

export interface LayoutOptions {
  /** Bands repeated across the page, parallel to the diagonal; default 3. */
  bands?: number;
  /** Largest font size in points; default 40. */
  maxSize?: number;
  /** Share of each band's chord a line may use; default 0.85 (a margin at both page edges). */
  fill?: number;
}

/** Line spacing as a multiple of the font size. */
const LINE_HEIGHT = 1.3;
/** Half the height of a line's ink about its centre, as a multiple of the size (ascent ~0.9-1.0). */
const HALF_INK = 0.6;
/** Baseline below the line's middle, as a multiple of the size (centres Latin, Arabic and CJK ink). */
const BASELINE_DROP = 0.35;

/**
 * Places `widths.length` lines (their widths at font size 1) as `bands` repeated bands parallel to
 * the rising diagonal of a `width` × `height` page, so cropping one part of a page leaves the others.
 *
 * Geometry: D = √(w² + h²) is the diagonal, and H = w·h/D the distance from it to the two other
 * corners. A line parallel to the diagonal at distance δ from it crosses the page along a chord of
 * length D·(1 − δ/H), whose middle lies on the segment from the page centre to that corner (the
 * median of the half-page triangle). Bands sit at δ = k·0.9·H/bands, and the font size is the
 * largest (≤ maxSize) for which every line fits its chord with `fill` margin and the bands stay
 * apart. Works for any size; rotation is handled by the caller (this is display space).
 */
export function layoutWatermark(
  width: number,
  height: number,
  widths: readonly number[],
  options: LayoutOptions = {},
): WatermarkLayout {
  const bands = Math.max(1, Math.floor(options.bands ?? 3));
  const maxSize = options.maxSize ?? 40;
  const fill = options.fill ?? 0.85;
  const diagonal = Math.hypot(width, height);
  const reach = (width * height) / diagonal;
  const angle = Math.atan2(height, width);
  // Band k (k = −m…m) is centred at δ = k·spacing: for 3 bands the outer ones at 0.3·H, spread
  // enough that a crop rarely takes two, close enough that their chords stay long (0.7·D).
  const half = (bands - 1) / 2;
  const spacing = bands > 1 ? (0.9 * reach) / bands : 0;
  const outer = half * spacing;
  const count = widths.length;
  const offsetOf = (i: number) => ((count - 1) / 2 - i) * LINE_HEIGHT; // in font sizes, + toward top-left

  let size = maxSize;
  // A band of `count` lines must fit between its neighbours (or in the page when alone).
  const room = bands > 1 ? spacing : reach;
  size = Math.min(size, (0.9 * room) / (count * LINE_HEIGHT));
  widths.forEach((unitWidth, i) => {
    // Chord at distance |outer| + (|offset| + HALF_INK)·size: D·(1 − that/H) ≥ unitWidth·size/fill.
    const lineReach = Math.abs(offsetOf(i)) + HALF_INK;
    const limit = (diagonal * (1 - outer / reach)) / (unitWidth / fill + (diagonal * lineReach) / reach);
    size = Math.min(size, limit);
  });

  const cx = width / 2;
  const cy = height / 2;
  const normal = { x: -Math.sin(angle), y: Math.cos(angle) };
  const placed: PlacedLine[] = [];
  for (let band = -half; band <= half; band++) {
    for (let i = 0; i < count; i++) {
      const delta = band * spacing + offsetOf(i) * size;
      // Toward the top-left corner (0, h) for δ > 0, the bottom-right (w, 0) for δ < 0.
      const corner = delta >= 0 ? { x: 0, y: height } : { x: width, y: 0 };
      const t = Math.abs(delta) / reach;
      const middle = { x: cx + (corner.x - cx) * t, y: cy + (corner.y - cy) * t };
      placed.push({
        line: i,
        x: middle.x - normal.x * BASELINE_DROP * size,
        y: middle.y - normal.y * BASELINE_DROP * size,
      });
    }
  }
  return { size, angle: (angle * 180) / Math.PI, placed };
}
