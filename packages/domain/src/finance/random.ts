/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018, https://prng.di.unimi.it/),
 * its 128-bit state filled from the 32-bit seed by SplitMix32. Same seed → same sequence on every
 * platform (only 32-bit integer arithmetic via Math.imul and >>> 0). Not for cryptography.
 */
export interface RandomSource {
  /** Next uniform number in [0, 1), with 32 bits of resolution. */
  nextUniform(): number;
  /** Next standard normal number (mean 0, variance 1), Box–Muller transform (pairs, second one cached). */
  nextNormal(): number;
}

/**
 * Creates a xoshiro128** generator from an integer seed (any JavaScript number; its low 32 bits are used).
 * Normals come from the Box–Muller transform: z₀ = √(−2 ln u₁)·cos(2πu₂), z₁ = √(−2 ln u₁)·sin(2πu₂), u₁ ∈ (0, 1].
 * Source: Blackman & Vigna, "Scrambled linear pseudorandom number generators" (2018); Box & Muller (1958).
 */
export function createRandom(seed: number): RandomSource {
  let seedState = seed >>> 0;
  const splitMix32 = () => {
    seedState = (seedState + 0x9e3779b9) >>> 0;
    let z = seedState;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitMix32();
  let s1 = splitMix32();
  let s2 = splitMix32();
  let s3 = splitMix32();
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  let spareNormal = Number.NaN;
  const nextUniform = () => nextUint32() / 4_294_967_296;
  return {
    nextUniform,
    nextNormal() {
      if (!Number.isNaN(spareNormal)) {
        const value = spareNormal;
        spareNormal = Number.NaN;
        return value;
      }
      const u1 = 1 - nextUniform();
      const u2 = nextUniform();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spareNormal = radius * Math.sin(2 * Math.PI * u2);
      return radius * Math.cos(2 * Math.PI * u2);
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
