/**
 * Rates (1+r) = e^u on a grid of u from ln(1e-4) to ln(1e3), i.e. r from −99.99 % to +99,900 %:
 * where an NPV-like function changes sign between neighbours there is a root.
 * 1,400 points give steps of about 1 % in (1+r); roots closer than that may hide from the scan.
 */
export const RATE_GRID_POINTS = 1400;
const U_MIN = Math.log(1e-4);
const U_MAX = Math.log(1e3);

/** The i-th rate of the scan grid (i = 0 … RATE_GRID_POINTS−1). */
export function gridRate(i: number): number {
  return Math.exp(U_MIN + ((U_MAX - U_MIN) * i) / (RATE_GRID_POINTS - 1)) - 1;
}

/**
 * Every bracket [lo, hi] on the rate grid where f changes sign (or is exactly zero), in increasing order.
 * Algorithm: evaluate f at each grid rate and keep neighbours of opposite sign.
 */
export function scanSignChanges(f: (rate: number) => number): Array<[number, number]> {
  const brackets: Array<[number, number]> = [];
  let previousRate = gridRate(0);
  let previousValue = f(previousRate);
  for (let i = 1; i < RATE_GRID_POINTS; i++) {
    const rate = gridRate(i);
    const value = f(rate);
    if (Number.isFinite(value) && Number.isFinite(previousValue)) {
      if (previousValue === 0) brackets.push([previousRate, previousRate]);
      else if (value !== 0 && previousValue < 0 !== value < 0) brackets.push([previousRate, rate]);
    }
    previousRate = rate;
    previousValue = value;
  }
  return brackets;
}

/**
 * A root of f inside [lo, hi] where f(lo) and f(hi) differ in sign, by bisection to the last bit
 * (at most 200 halvings). Slow but certain; used only after Newton's method fails.
 */
export function bisect(f: (rate: number) => number, lo: number, hi: number): number {
  let fLo = f(lo);
  if (fLo === 0) return lo;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (fMid < 0 === fLo < 0) {
      a = mid;
      fLo = fMid;
    } else {
      b = mid;
    }
  }
  return a + (b - a) / 2;
}

/** Of several roots, the one closest to `guess` (ties: the lower), or NaN when there is none. */
export function pickClosest(roots: readonly number[], guess: number): number {
  let best = Number.NaN;
  for (const root of roots) {
    if (Number.isNaN(best) || Math.abs(root - guess) < Math.abs(best - guess)) best = root;
  }
  return best;
}
