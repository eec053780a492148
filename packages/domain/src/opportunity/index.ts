/** `@karvan/domain/opportunity`: the opportunity bank's vocabularies and its import rules. */
export { containsHtml, looksLikeFormula } from './cell-safety.ts';
export * from './codes.ts';
export { FoldedKeyIndex, foldImportKey } from './fold-import-key.ts';
export {
  cellsFromRow,
  IMPORT_COLUMN_LABELS,
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportHeaderMapping,
  importColumnLabel,
  importTemplateHeaders,
  mapImportHeaders,
  REQUIRED_IMPORT_COLUMNS,
  resolveImportHeader,
  SUMMARY_COLUMNS,
  TITLE_COLUMNS,
} from './import-columns.ts';
export {
  buildImportLookups,
  type ImportLookups,
  type ImportReferenceData,
  type ResolvedProvince,
} from './import-lookups.ts';
export {
  formatImportProblem,
  IMPORT_FILE_PROBLEM_CODES,
  IMPORT_PROBLEM_CODES,
  IMPORT_PROBLEM_MESSAGES,
  IMPORT_ROW_PROBLEM_CODES,
  type ImportFileProblemCode,
  type ImportProblem,
  type ImportProblemCode,
  type ImportRowProblemCode,
  importMessagePlaceholders,
} from './import-problems.ts';
export {
  checkDuplicateExternalId,
  IMPORT_DECIMAL_DIGITS,
  IMPORT_TEXT_LIMITS,
  type ImportedOpportunity,
  type ImportRowResult,
  normalizeExternalId,
  validateImportRow,
} from './import-row.ts';
export { resolveInvestmentType, resolveKind, resolveStage, splitList } from './resolve-codes.ts';
