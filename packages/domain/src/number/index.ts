/**
 * Parsing and formatting of numbers in fa/ar/zh/en. Exported from `@karvan/domain`.
 */
export { type FormatNumberOptions, formatNumber } from './format-number.ts';
export { DEFAULT_NUMBERING_SYSTEMS, type NumberingSystem } from './numbering-system.ts';
export { parseDecimalString, parseLocalizedNumber } from './parse-localized-number.ts';
