import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Timing summary of one benchmark, in milliseconds per call. */
export interface Timing {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

/**
 * Times `fn`: `warmup` untimed calls (let the JIT settle), then `samples` timed batches of `batch`
 * calls each; every batch gives one per-call time. Returns the median and 95th percentile per call.
 */
export function measure(
  fn: () => unknown,
  options: { warmup?: number; samples?: number; batch?: number } = {},
): Timing {
  const { warmup = 20, samples = 30, batch = 1 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    times.push((performance.now() - start) / batch);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { medianMs: at(0.5), p95Ms: at(0.95), samples };
}

/** Formats a duration in ms with a unit suited to its size. */
export function formatDuration(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(2)} µs`;
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Prints one result line: name, median, p95 and optional note. */
export function report(name: string, timing: Timing, note = ''): void {
  console.log(
    `  ${name.padEnd(52)} median ${formatDuration(timing.medianMs).padStart(10)}   p95 ${formatDuration(timing.p95Ms).padStart(10)}${note ? `   ${note}` : ''}`,
  );
}

/** Like `measure` for an async `fn`: `samples` sequential timed runs after `warmup` untimed ones. */
export async function measureAsync(
  fn: () => Promise<unknown>,
  warmup: number,
  samples: number,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { medianMs: at(0.5), p95Ms: at(0.95), samples };
}

/**
 * A full garbage collection now, so that a measurement does not pay for the garbage of what came
 * before it (fixtures generated and loaded). V8 exposes `gc` only behind a flag; the flag can
 * be set at run time and the function read from a fresh context.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
