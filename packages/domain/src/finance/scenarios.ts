import { z } from 'zod';
import { compileModel } from './compile-model.ts';
import { evaluateCompiled, type ModelResult } from './evaluate-model.ts';
import { type TFinancialModelInput, ZFinancialModel } from './model-schema.ts';
import { indexOfDriver } from './uncertainty-common.ts';

/**
 * A named scenario: driver factors (e.g. `{ price: 0.85, capex: 1.1 }`) and/or changes to the document
 * at dotted paths (e.g. `{ "tax.holidayYears": 0, "products.0.price": 25 }`).
 */
export const ZScenario = z.object({
  name: z.string().trim().min(1).max(200),
  drivers: z.record(z.string(), z.number().min(0).max(100)).default({}),
  set: z.record(z.string().min(1), z.unknown()).default({}),
});

/** A scenario as written. */
export type TScenarioInput = z.input<typeof ZScenario>;

/** A scenario's headline results beside the full result. */
export interface ScenarioResult {
  name: string;
  npv: number;
  projectIrr: number | null;
  equityIrr: number | null;
  result: ModelResult;
}

/** Segments that would reach the object machinery instead of a field of the document. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * A deep copy of a JSON document with `value` written at a dotted path (array indices as numbers).
 * Paths come from users (scenarios), so only the document's own fields can be reached.
 */
export function setAtPath<T>(document: T, path: string, value: unknown): T {
  const copy = structuredClone(document) as Record<string, unknown>;
  const segments = path.split('.');
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s) || s === '')) throw new Error(`no field at ${path}`);
  let target: Record<string, unknown> = copy;
  for (const segment of segments.slice(0, -1)) {
    const next = Object.hasOwn(target, segment) ? target[segment] : undefined;
    if (next === null || typeof next !== 'object') throw new Error(`no field at ${path}`);
    target = next as Record<string, unknown>;
  }
  target[segments.at(-1) as string] = value;
  return copy as T;
}

/**
 * Evaluates named scenarios: applies each scenario's `set` changes to a copy of the document,
 * validates it (throws zod's error when a change makes it invalid), then evaluates it with the
 * scenario's driver factors. The base case is not included unless listed (e.g. `{ name: 'base' }`).
 */
export function evaluateScenarios(
  document: TFinancialModelInput,
  scenarios: readonly TScenarioInput[],
): ScenarioResult[] {
  return scenarios.map((input) => {
    const scenario = ZScenario.parse(input);
    let changed = document;
    for (const [path, value] of Object.entries(scenario.set)) changed = setAtPath(changed, path, value);
    const compiled = compileModel(ZFinancialModel.parse(changed));
    const drivers = new Float64Array(compiled.driverKeys.length).fill(1);
    for (const [driver, factor] of Object.entries(scenario.drivers))
      drivers[indexOfDriver(compiled, driver)] = factor;
    const result = evaluateCompiled(compiled, drivers);
    return {
      name: scenario.name,
      npv: result.npv,
      projectIrr: result.projectIrr,
      equityIrr: result.equityIrr,
      result,
    };
  });
}
