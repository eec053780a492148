import { bisect, scanSignChanges } from './find-roots.ts';
import { presentValueOfFlows } from './npv.ts';

/** What a cash flow's IRR looks like: exactly one, none, or several rates that zero the NPV. */
export interface IrrAnalysis {
  kind: 'unique' | 'none' | 'multiple';
  /** Every rate in (−99.99 %, 99,900 %) found where NPV = 0, increasing; fraction per period. */
  rates: number[];
  /** Sign changes in the flow sequence (zeros skipped); by Descartes' rule an upper bound on the IRR count. */
  signChanges: number;
}

/** Number of sign changes in a sequence, zeros skipped (Descartes' rule of signs bounds the IRR count by it). */
export function countSignChanges(values: ArrayLike<number>): number {
  let changes = 0;
  let last = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value === 0) continue;
    if (last !== 0 && value > 0 !== last > 0) changes++;
    last = value;
  }
  return changes;
}

/**
 * Whether periodic cash flows (values[0] at time 0) have no IRR, one, or several.
 * Algorithm: with x = 1/(1+r), NPV is a polynomial in x, so by Descartes' rule of signs the number
 * of IRRs in r > −1 is at most the number of sign changes and has the same parity. With no change
 * there is none; with one there is exactly one (found by the usual solver); otherwise NPV is
 * scanned over 1,400 rates from −99.99 % to 99,900 % and each sign change bisected. A double root
 * (NPV touching zero without crossing) is not reported. Units: rates per period (fractions).
 * Source: Descartes' rule of signs; Hazen (2003), "A new perspective on multiple internal rates of return".
 */
export function analyzeIrr(values: readonly number[]): IrrAnalysis {
  const signChanges = countSignChanges(values);
  if (signChanges === 0) return { kind: 'none', rates: [], signChanges };
  const f = (rate: number) => presentValueOfFlows(values, rate);
  const rates = scanSignChanges(f).map(([lo, hi]) => (lo === hi ? lo : bisect(f, lo, hi)));
  const kind = rates.length === 0 ? 'none' : rates.length === 1 ? 'unique' : 'multiple';
  return { kind, rates, signChanges };
}
