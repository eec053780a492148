import type { z } from 'zod';
import { type ModelIssueCode, type TFinancialModel, ZFinancialModel } from './model-schema.ts';

/** One problem in a model document: where (`path`, dotted, e.g. "financing.loans.0.tenorYears"), what (`code`). */
export interface ModelIssue {
  path: string;
  segments: Array<string | number>;
  code: ModelIssueCode;
  /** English explanation for logs; clients localise from `code` and `params`. */
  message: string;
  /** Limits of range errors (`minimum`, `maximum`) and similar details. */
  params?: Record<string, unknown>;
}

/** The outcome of validating a model document: the parsed model with defaults, or every issue found. */
export type ModelValidation = { ok: true; model: TFinancialModel } | { ok: false; issues: ModelIssue[] };

function valueAt(input: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function toIssue(issue: z.core.$ZodIssue, input: unknown): ModelIssue {
  const segments = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const base = { path: segments.join('.'), segments, message: issue.message };
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { ...base, code: 'required' };
      return {
        ...base,
        code: issue.expected === 'number' ? 'not_a_number' : 'wrong_type',
        params: { expected: issue.expected },
      };
    }
    case 'too_small':
      return { ...base, code: 'too_small', params: { minimum: issue.minimum, inclusive: issue.inclusive } };
    case 'too_big':
      return { ...base, code: 'too_big', params: { maximum: issue.maximum, inclusive: issue.inclusive } };
    case 'invalid_value':
    case 'invalid_union':
      return { ...base, code: 'invalid_option' };
    case 'invalid_format':
      return { ...base, code: 'invalid_format' };
    case 'custom': {
      const reason = (issue.params as { reason?: ModelIssueCode } | undefined)?.reason ?? 'invalid';
      return { ...base, code: reason };
    }
    default:
      if (issue.code === 'not_multiple_of') return { ...base, code: 'not_an_integer' };
      return { ...base, code: 'invalid' };
  }
}

/**
 * Validates a financial-model document against `ZFinancialModel` and turns zod's issues into stable
 * codes with dotted field paths, for messages in the caller's language. Integer fields that get a
 * fraction report `not_an_integer`; text in a number field `not_a_number`; a missing field `required`.
 */
export function validateModel(input: unknown): ModelValidation {
  const result = ZFinancialModel.safeParse(input);
  if (result.success) return { ok: true, model: result.data };
  const issues = result.error.issues.map((issue) => {
    const mapped = toIssue(issue, input);
    // zod 4 reports a fraction in an int() field as invalid_type with expected 'int'.
    if (issue.code === 'invalid_type' && issue.expected === 'int')
      return { ...mapped, code: 'not_an_integer' as const };
    return mapped;
  });
  return { ok: false, issues };
}
