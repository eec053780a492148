/**
 * Ore mined in each operating year until the reserve is exhausted: year k mines
 * min(miningRate·rampUp[k], what remains), rampUp's last value holding; the mine life is the length.
 * Units: tonnes of ore per year. At most 200 years are planned (the schema rejects lives over 100).
 */
export function computeMineSchedule(
  oreReserve: number,
  miningRate: number,
  rampUp: readonly number[],
): number[] {
  const schedule: number[] = [];
  let remaining = oreReserve;
  for (let year = 0; remaining > 1e-9 * oreReserve && year < 200; year++) {
    const utilisation = rampUp[Math.min(year, rampUp.length - 1)] ?? 1;
    const mined = Math.min(miningRate * utilisation, remaining);
    schedule.push(mined);
    remaining -= mined;
    if (utilisation === 0 && year >= rampUp.length - 1) break;
  }
  return schedule;
}
