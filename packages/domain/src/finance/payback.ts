/**
 * Years from time 0 until the cumulative cash flow turns non-negative for good, interpolating
 * linearly inside the year it happens: with flows at times 0, 1, 2, … and cumulative C, the payback is
 * (t−1) + (−C[t−1])/flow[t] for the year t after which C stays ≥ 0. Null when it never pays back.
 * Units: years (fractional).
 */
export function computePayback(flows: ArrayLike<number>, count = flows.length): number | null {
  let cumulative = 0;
  let payback: number | null = null;
  for (let t = 0; t < count; t++) {
    const flow = flows[t] as number;
    const before = cumulative;
    cumulative += flow;
    if (cumulative < 0) payback = null;
    else if (payback === null) payback = t === 0 || before >= 0 ? t : t - 1 + -before / flow;
  }
  return payback;
}

/** Discounted payback: `computePayback` of flow[t]/(1+rate)^t. Units: years; rate a fraction per year. */
export function computeDiscountedPayback(
  flows: ArrayLike<number>,
  rate: number,
  count = flows.length,
): number | null {
  const discounted = new Float64Array(count);
  let factor = 1;
  for (let t = 0; t < count; t++) {
    discounted[t] = (flows[t] as number) * factor;
    factor /= 1 + rate;
  }
  return computePayback(discounted);
}
