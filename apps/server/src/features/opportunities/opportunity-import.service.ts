import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '@karvan/db';
import type { Locale } from '@karvan/domain';
import {
  formatImportProblem,
  type ImportColumn,
  type ImportProblem,
  importColumnLabel,
} from '@karvan/domain/opportunity';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, auditActorOf, deny } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { type CheckMessage, checkImportFile, type FileProblem } from './import-files/check-import-file.ts';
import { checkImportFileInWorker } from './import-files/check-in-worker.ts';
import type { TableFormat } from './import-files/read-table-file.ts';
import { IMPORT_JOB_MESSAGES, type ImportJobProblemCode } from './import-job-messages.ts';
import { opportunityPolicies as can } from './opportunities.policies.ts';
import { isMemberOf } from './opportunities.repository.ts';
import type { TImportJob } from './opportunities.schemas.ts';
import * as repo from './opportunity-import.repository.ts';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// ---- Where uploads wait -------------------------------------------------------------------

/** Uploads wait under the data directory (or the system's temporary one when there is none). */
export const importsDirOf = (deps: AppDeps) =>
  join(deps.config.dataDir ?? join(tmpdir(), 'karvan'), 'imports');

/**
 * Streams an upload to `<id>.part` with a size limit, then renames it: a killed process leaves
 * at most a `.part` file, which the next start removes. Returns the final path and its size.
 */
export async function storeUpload(
  deps: AppDeps,
  id: string,
  source: Readable,
): Promise<{ path: string; size: number }> {
  const dir = importsDirOf(deps);
  await mkdir(dir, { recursive: true });
  const part = join(dir, `${id}.part`);
  let size = 0;
  source.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES)
      source.destroy(new AppError('import.file_too_large', { params: { maxMb: 50 } }));
  });
  try {
    await pipeline(source, createWriteStream(part, { flags: 'wx' }));
    if ((source as Readable & { truncated?: boolean }).truncated) {
      throw new AppError('import.file_too_large', { params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } });
    }
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  const path = join(dir, `${id}.upload`);
  await rename(part, path);
  return { path, size };
}

/** The format is read from the first bytes (a zip is an XLSX), never from the name. */
export async function sniffFormat(path: string, fileName: string): Promise<TableFormat> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50) return 'xlsx';
    return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv';
  } finally {
    await handle.close();
  }
}

/** What a name shows: no path, no control or bidi characters, bounded. */
export const displayNameOf = (fileName: string) =>
  (fileName.split(/[\\/]/).pop() ?? 'upload')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .slice(0, 200) || 'upload';

// ---- The job runner -----------------------------------------------------------------------

/**
 * Imports run one at a time per process, in the background of the request that started them,
 * so memory stays bounded whatever is uploaded. Their state lives in the database, so a page
 * reload (or another server instance) sees the progress.
 */
const queues = new WeakMap<AppDeps, Promise<void>>();

function runInBackground(deps: AppDeps, work: () => Promise<void>): void {
  const previous = queues.get(deps) ?? Promise.resolve();
  const next = previous.then(work).catch((error: unknown) => {
    console.error('import job failed', error);
  });
  queues.set(deps, next);
}

/** Resolves when every import queued so far has finished (tests and the command line wait on it). */
export const whenImportsIdle = (deps: AppDeps) => queues.get(deps) ?? Promise.resolve();

// ---- Starting, validating (the dry run), applying -----------------------------------------

async function assertMayImport(deps: AppDeps, actor: Actor, organizationId: string) {
  const isMember = await isMemberOf(deps.db, organizationId, actor.kind === 'user' ? actor.userId : null);
  if (!can.canImport(actor, isMember)) {
    if (actor.kind === 'anonymous') deny(actor);
    throw new AppError('resource.not_found');
  }
}

/** Records an uploaded file as a new import and starts checking it; nothing in the bank changes. */
export async function startImport(
  deps: AppDeps,
  actor: Actor,
  input: { organizationId: string; fileName: string; path: string; size: number; locale: Locale },
): Promise<TImportJob> {
  await assertMayImport(deps, actor, input.organizationId);
  const fileFormat = await sniffFormat(input.path, input.fileName);
  const record = await repo.insertImport(deps.db, {
    organizationId: input.organizationId,
    createdBy: actor.kind === 'user' ? actor.userId : null,
    actorKind: auditActorOf(actor).actorKind,
    status: 'queued',
    fileName: displayNameOf(input.fileName),
    fileFormat,
    fileSize: input.size,
    storedPath: input.path,
    createdAt: deps.now(),
    updatedAt: deps.now(),
  });
  runInBackground(deps, () => validateImport(deps, record.id));
  return toImportJob(record, input.locale);
}

/**
 * Reads the file row by row (a large one in a worker thread), checks every row and stages the
 * result; counts which rows are new and which update an existing opportunity. This is the dry
 * run: the bank is not touched.
 */
export async function validateImport(deps: AppDeps, importId: string): Promise<void> {
  const record = await repo.findImport(deps.db, importId);
  if (record?.status !== 'queued' || !record.storedPath) return;
  await repo.updateImport(deps.db, importId, { status: 'validating', updatedAt: deps.now() });
  const fail = (problem: FileProblem) =>
    repo.updateImport(deps.db, importId, {
      status: 'failed',
      fileProblem: problem,
      finishedAt: deps.now(),
      updatedAt: deps.now(),
    });
  try {
    const format = record.fileFormat as TableFormat;
    const messages =
      record.fileSize >= WORKER_FROM_BYTES
        ? checkImportFileInWorker(record.storedPath, format)
        : checkImportFile(record.storedPath, format);
    const outcome = await stageRows(deps, importId, messages);
    if ('problem' in outcome) {
      await repo.deleteStagedRows(deps.db, importId);
      await fail(outcome.problem);
      return;
    }
    const existingRows = await repo.countExistingRows(deps.db, importId, record.organizationId);
    await repo.updateImport(deps.db, importId, {
      status: 'validated',
      encoding: outcome.encoding,
      totalRows: outcome.total,
      processedRows: outcome.total,
      validRows: outcome.valid,
      rejectedRows: outcome.total - outcome.valid,
      newRows: outcome.valid - existingRows,
      existingRows,
      updatedAt: deps.now(),
    });
  } catch (error) {
    console.error('import validation failed', error);
    await repo.deleteStagedRows(deps.db, importId);
    await fail({ code: 'internal' });
  } finally {
    await rm(record.storedPath, { force: true });
    await repo.updateImport(deps.db, importId, { storedPath: null });
  }
}

/**
 * Files at least this large are checked in a worker thread; smaller ones on the main thread,
 * where they take less time than starting a worker and its TypeScript loader (about a second).
 */
const WORKER_FROM_BYTES = 512 * 1024;

type StageOutcome = { encoding: string | null; total: number; valid: number } | { problem: FileProblem };

/** Stores the checked rows batch by batch, with the count of rows read so far as progress. */
async function stageRows(
  deps: AppDeps,
  importId: string,
  messages: AsyncIterable<CheckMessage>,
): Promise<StageOutcome> {
  let encoding: string | null = null;
  for await (const message of messages) {
    switch (message.kind) {
      case 'opened':
        encoding = message.encoding;
        break;
      case 'batch':
        await repo.insertStagedRows(deps.db, importId, message.rowsJson);
        await repo.updateImport(deps.db, importId, { processedRows: message.total, updatedAt: deps.now() });
        break;
      case 'failed':
        return { problem: message.problem };
      case 'done':
        return message.total === 0
          ? { problem: { code: 'no_rows' } }
          : { encoding, total: message.total, valid: message.valid };
    }
  }
  throw new Error('the import check ended without a result');
}

/**
 * Applies a checked import: `all-or-nothing` refuses when any row was rejected, `valid-only`
 * writes the valid rows. Publishing on import is for the platform (officers, the command line).
 */
export async function applyImport(
  deps: AppDeps,
  actor: Actor,
  importId: string,
  choice: { mode: 'all-or-nothing' | 'valid-only'; publish: boolean },
  locale: Locale,
): Promise<TImportJob> {
  const record = await getVisibleImport(deps, actor, importId);
  if (choice.publish && !can.canPublishOnImport(actor)) deny(actor);
  if (record.status !== 'validated') throw new AppError('import.not_ready');
  if (choice.mode === 'all-or-nothing' && record.rejectedRows > 0) {
    throw new AppError('import.has_rejected_rows', { params: { count: record.rejectedRows } });
  }
  await repo.updateImport(deps.db, importId, {
    status: 'applying',
    processedRows: 0,
    mode: choice.mode,
    publish: choice.publish,
    updatedAt: deps.now(),
  });
  runInBackground(deps, () => writeImport(deps, actor, importId));
  return toImportJob((await repo.findImport(deps.db, importId))!, locale);
}

/** Rows written per statement of the apply: small enough to report progress and let others in. */
const APPLY_CHUNK_ROWS = 5000;
/** Below this many rows the statistics are left to autovacuum (PostgreSQL) or are close enough. */
const VACUUM_AFTER_ROWS = 5000;

/**
 * One transaction: the rows (a chunk of row numbers per statement), their timeline events, the
 * audit entry and the import's new state. Chunks keep any one statement short, so the process
 * answers its sockets and timers between them; the transaction still makes the whole apply
 * atomic — a failure or a killed process at any chunk leaves the bank as it was.
 */
async function writeImport(deps: AppDeps, actor: Actor, importId: string): Promise<void> {
  const record = await repo.findImport(deps.db, importId);
  if (record?.status !== 'applying') return;
  const now = deps.now();
  const reportProgress = progressReporter(deps, importId);
  try {
    const counts = await inTransaction(deps.db, async (tx) => {
      const counts = await applyInChunks(tx, record, actor, now, reportProgress);
      await appendAudit(
        tx,
        actor,
        {
          action: 'opportunity.import.applied',
          subjectType: 'opportunity_import',
          subjectId: importId,
          data: {
            organizationId: record.organizationId,
            mode: record.mode,
            publish: record.publish,
            ...counts,
          },
        },
        now,
      );
      await repo.updateImport(tx, importId, {
        status: 'applied',
        ...counts,
        processedRows: record.totalRows,
        finishedAt: now,
        updatedAt: deps.now(),
      });
      return counts;
    });
    if (counts.imported + counts.updated >= VACUUM_AFTER_ROWS) await repo.vacuumBank(deps.db);
  } catch (error) {
    console.error('import apply failed', error);
    await repo.updateImport(deps.db, importId, {
      status: 'failed',
      fileProblem: { code: 'apply_failed' },
      processedRows: record.totalRows,
      finishedAt: deps.now(),
      updatedAt: deps.now(),
    });
  }
}

async function applyInChunks(
  tx: Database,
  record: repo.ImportRecord,
  actor: Actor,
  now: Date,
  reportProgress: (written: number) => Promise<void>,
): Promise<{ imported: number; updated: number }> {
  const counts = { imported: 0, updated: 0 };
  const bounds = await repo.stagedRowBounds(tx, record.id);
  if (!bounds) return counts;
  const options = {
    importId: record.id,
    organizationId: record.organizationId,
    publish: record.publish,
    now,
    ...auditActorOf(actor),
    comment: record.fileName,
  };
  for (let fromRow = bounds.first; fromRow <= bounds.last; fromRow += APPLY_CHUNK_ROWS) {
    const chunk = await repo.applyStagedRows(tx, options, {
      fromRow,
      toRow: Math.min(fromRow + APPLY_CHUNK_ROWS - 1, bounds.last),
    });
    counts.imported += chunk.imported;
    counts.updated += chunk.updated;
    await reportProgress(counts.imported + counts.updated);
  }
  return counts;
}

/**
 * While the apply's transaction is open, progress (rows written so far, in `processedRows`) is
 * written by another connection so that pollers see it. The embedded database has a single
 * connection, held by the transaction until it commits: there nothing is written and the event
 * loop is only given a turn. Progress says nothing about the bank: a rollback resets it.
 */
function progressReporter(deps: AppDeps, importId: string) {
  return async (written: number) => {
    if (deps.databaseKind === 'pglite') {
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
    await repo.updateImport(deps.db, importId, { processedRows: written, updatedAt: deps.now() });
  };
}

// ---- Reading imports ----------------------------------------------------------------------

/** An import is seen by the members of its organisation and by officers; others get 404. */
async function getVisibleImport(deps: AppDeps, actor: Actor, importId: string) {
  const record = await repo.findImport(deps.db, importId);
  if (!record) throw new AppError('resource.not_found');
  await assertMayImport(deps, actor, record.organizationId);
  return record;
}

export async function getImport(deps: AppDeps, actor: Actor, importId: string, locale: Locale) {
  return toImportJob(await getVisibleImport(deps, actor, importId), locale);
}

export async function listImports(deps: AppDeps, actor: Actor, organizationId: string, locale: Locale) {
  await assertMayImport(deps, actor, organizationId);
  return (await repo.listImports(deps.db, organizationId)).map((r) => toImportJob(r, locale));
}

/** Every problem of every rejected row, in file order, with a message in the caller's language. */
export async function listProblems(
  deps: AppDeps,
  actor: Actor,
  importId: string,
  page: { afterRow: number; limit: number },
  locale: Locale,
) {
  await getVisibleImport(deps, actor, importId);
  const rows = await repo.listProblemRows(deps.db, importId, page.afterRow, page.limit);
  const items = rows.flatMap((row) =>
    (row.problems ?? []).map((problem) => ({
      row: row.rowNumber,
      column: problem.column,
      code: problem.code,
      message: formatProblem(problem, locale),
    })),
  );
  const last = rows.at(-1);
  return { items, nextRow: rows.length === page.limit && last ? last.rowNumber : null };
}

export function formatProblem(problem: repo.StoredProblem, locale: Locale): string {
  if (problem.code in IMPORT_JOB_MESSAGES)
    return IMPORT_JOB_MESSAGES[problem.code as ImportJobProblemCode][locale];
  const columnLabel = problem.column ? importColumnLabel(problem.column as ImportColumn, locale) : undefined;
  return formatImportProblem(problem as ImportProblem, locale, columnLabel);
}

export function toImportJob(record: repo.ImportRecord, locale: Locale): TImportJob {
  const problem = record.fileProblem;
  return {
    id: record.id,
    organizationId: record.organizationId,
    status: record.status as TImportJob['status'],
    fileName: record.fileName,
    fileFormat: record.fileFormat as TImportJob['fileFormat'],
    fileSize: record.fileSize,
    encoding: record.encoding,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    validRows: record.validRows,
    rejectedRows: record.rejectedRows,
    newRows: record.newRows,
    existingRows: record.existingRows,
    mode: record.mode as TImportJob['mode'],
    publish: record.publish,
    imported: record.imported,
    updated: record.updated,
    fileProblem: problem
      ? {
          row: null,
          column: null,
          code: problem.code,
          message: formatProblem({ column: null, ...problem }, locale),
        }
      : null,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}

// ---- After a crash ------------------------------------------------------------------------

/**
 * Picks up imports that a stopped process left behind. A check that was cut off failed (the
 * user uploads again); a write that was cut off was rolled back by PostgreSQL, so the import
 * goes back to "checked" and can be applied again. Stray partial uploads are removed.
 * `staleAfterMs` = 0 on the embedded database, where this process is the only one.
 */
export async function recoverImports(deps: AppDeps, staleAfterMs: number): Promise<number> {
  const stale = await repo.listUnfinished(deps.db, new Date(deps.now().getTime() - staleAfterMs + 1));
  for (const record of stale) {
    if (record.status === 'applying') {
      await repo.updateImport(deps.db, record.id, {
        status: 'validated',
        processedRows: record.totalRows,
        updatedAt: deps.now(),
      });
      continue;
    }
    await repo.deleteStagedRows(deps.db, record.id);
    await repo.updateImport(deps.db, record.id, {
      status: 'failed',
      fileProblem: { code: 'interrupted' },
      storedPath: null,
      finishedAt: deps.now(),
      updatedAt: deps.now(),
    });
    if (record.storedPath) await rm(record.storedPath, { force: true });
  }
  const dir = importsDirOf(deps);
  const strays = await readdir(dir).catch(() => [] as string[]);
  for (const name of strays.filter((n) => n.endsWith('.part'))) await rm(join(dir, name), { force: true });
  return stale.length;
}
