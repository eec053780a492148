import {
  buildImportLookups,
  cellsFromRow,
  checkDuplicateExternalId,
  type ImportColumn,
  type ImportLookups,
  type ImportProblem,
  mapImportHeaders,
  normalizeExternalId,
  validateImportRow,
} from '@karvan/domain/opportunity';
import { referenceLookups } from '../../reference/reference-lookups.ts';
import { searchTextOf } from '../opportunity-values.ts';
import { openTableFile, TableFileError, type TableFormat, type TableRow } from './read-table-file.ts';

/** A problem with the file as a whole: `{ code, params }`, with a message per language. */
export type FileProblem = { code: string; params?: Record<string, string | number> };

/**
 * What checking a file reports, in order: one `opened`, then `batch`es of staged rows, then
 * `done`; or `failed` at any point. A batch's rows are already JSON (an array of staged rows,
 * see `StagedRow` in the repository), so whichever thread inserts them only passes a string on.
 */
export type CheckMessage =
  | { kind: 'opened'; encoding: string | null }
  | { kind: 'batch'; rowsJson: string; total: number; valid: number }
  | { kind: 'done'; total: number; valid: number }
  | { kind: 'failed'; problem: FileProblem };

const BATCH_ROWS = 1000;

function lookupsForImport(): ImportLookups {
  const data = referenceLookups().raw;
  return buildImportLookups({
    provinces: data.provinces,
    isic: data.isic,
    commodities: data.commodities,
    hs: data.hs.map((h) => h.code),
    currencies: data.currencies.map((c) => c.code),
  });
}

function headerProblem(mapping: ReturnType<typeof mapImportHeaders>): FileProblem | null {
  if (mapping.missing.length)
    return { code: 'missing_columns', params: { columns: mapping.missing.join(',') } };
  if (mapping.noTitle) return { code: 'no_title_column' };
  if (mapping.duplicates.length)
    return { code: 'duplicate_columns', params: { columns: mapping.duplicates.join(',') } };
  return null;
}

/**
 * Reads a table file row by row and checks every row: the dry run, with no database. Yields the
 * staged rows in batches; the file is closed however the iteration ends. Unexpected faults are
 * thrown; problems of the file are reported as `failed`.
 */
export async function* checkImportFile(path: string, format: TableFormat): AsyncGenerator<CheckMessage> {
  let file: Awaited<ReturnType<typeof openTableFile>>;
  try {
    file = await openTableFile(path, format);
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    yield failed(error);
    return;
  }
  try {
    const mapping = mapImportHeaders(file.header);
    const problem = headerProblem(mapping);
    if (problem) {
      yield { kind: 'failed', problem };
      return;
    }
    yield { kind: 'opened', encoding: file.encoding };
    yield* checkRows(file.rows(), mapping.columns);
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    yield failed(error);
  } finally {
    await file.close();
  }
}

const failed = (error: TableFileError): CheckMessage => ({
  kind: 'failed',
  problem: { code: error.code, ...(error.params ? { params: error.params } : {}) },
});

async function* checkRows(
  rows: AsyncIterable<TableRow>,
  columns: Array<ImportColumn | null>,
): AsyncGenerator<CheckMessage> {
  const checkRow = rowChecker(columns);
  let batch: string[] = [];
  let total = 0;
  let valid = 0;
  for await (const row of rows) {
    total++;
    const staged = checkRow(row);
    if (staged.values) valid++;
    batch.push(JSON.stringify(staged));
    if (batch.length >= BATCH_ROWS) {
      yield { kind: 'batch', rowsJson: `[${batch.join(',')}]`, total, valid };
      batch = [];
    }
  }
  if (batch.length) yield { kind: 'batch', rowsJson: `[${batch.join(',')}]`, total, valid };
  yield { kind: 'done', total, valid };
}

/** Checks one row: its values to write (with the search text), or every problem found in it. */
function rowChecker(columns: Array<ImportColumn | null>) {
  const lookups = lookupsForImport();
  const references = referenceLookups();
  const seen = new Map<string, number>();
  return (row: TableRow) => {
    const cells = cellsFromRow(columns, row.cells);
    const problems: ImportProblem[] = formulaProblems(columns, row.formulaColumns);
    const result = validateImportRow(cells, lookups);
    const externalId = cells.external_id ? normalizeExternalId(cells.external_id) : '';
    const duplicate = externalId ? checkDuplicateExternalId(seen, externalId, row.rowNumber) : null;
    if (duplicate) problems.push(duplicate);
    if (result.ok && !problems.length) {
      const v = result.value;
      return {
        rowNumber: row.rowNumber,
        externalId: v.externalId,
        problems: null,
        values: {
          ...v,
          requiredAmount: v.requiredInvestment?.amount ?? null,
          requiredCurrency: v.requiredInvestment?.currency ?? null,
          capacity: v.capacity?.quantity ?? null,
          capacityUnit: v.capacity?.unit ?? null,
          searchText: searchTextOf(references, v),
        },
      };
    }
    return {
      rowNumber: row.rowNumber,
      externalId: externalId || null,
      values: null,
      problems: [...(result.ok ? [] : result.problems), ...problems],
    };
  };
}

/** An XLSX cell holding a formula is refused: what a formula computes is not data we can trust. */
function formulaProblems(
  columns: Array<ImportColumn | null>,
  formulaColumns: number[] | undefined,
): ImportProblem[] {
  return (formulaColumns ?? [])
    .map((position) => columns[position])
    .filter((column): column is ImportColumn => Boolean(column))
    .map((column) => ({ column, code: 'formula_cell' }));
}
