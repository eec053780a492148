import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isLocale, type Locale } from '@karvan/domain';
import { readFlag } from '../config.ts';
import type { TImportJob } from '../features/opportunities/opportunities.schemas.ts';
import {
  applyImport,
  getImport,
  listProblems,
  startImport,
  storeUpload,
  whenImportsIdle,
} from '../features/opportunities/opportunity-import.service.ts';
import { findOrganization } from '../features/organizations/organizations.repository.ts';
import type { AppDeps } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';

interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const IMPORT_USAGE =
  'Usage: karvan import opportunities FILE --org ORG_SLUG [--dry-run] [--valid-only] [--publish] [--json] [--lang fa|ar|zh|en]';

interface Report {
  total: number;
  imported: number;
  updated: number;
  rejected: Array<{ row: number | null; column: string | null; code: string; message: string }>;
  dryRun?: boolean;
  wouldImport?: number;
  wouldUpdate?: number;
}

/**
 * `karvan import opportunities`: the web import from the command line — the same checks, the
 * same all-or-nothing or valid-only write — acting as the platform (so `--publish` is allowed).
 * Exit code 0 when what was asked was done, 1 when rows or the file were refused.
 */
export async function importCommand(
  deps: AppDeps,
  actor: Actor,
  args: string[],
  io: Output,
): Promise<number> {
  const org = readFlag(args, 'org');
  const lang = readFlag(args, 'lang') ?? 'en';
  const file = args.slice(1).find((a) => !a.startsWith('--') && a !== org && a !== lang);
  if (args[0] !== 'opportunities' || !file || !org || !isLocale(lang)) {
    io.err(IMPORT_USAGE);
    return 2;
  }
  const locale: Locale = lang;
  const json = args.includes('--json');
  const organization = await findOrganization(deps.db, org, null);
  if (!organization) {
    io.err(`No organisation with the slug "${org}".`);
    return 1;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`No file at ${file}.`);
    return 1;
  }
  const stored = await storeUpload(deps, crypto.randomUUID(), createReadStream(file));
  const started = await startImport(deps, actor, {
    organizationId: organization.id,
    fileName: basename(file),
    ...stored,
    locale,
  });
  await whenImportsIdle(deps);
  let job = await getImport(deps, actor, started.id, locale);
  const rejected = await allProblems(deps, actor, job, locale);
  const dryRun = args.includes('--dry-run');
  const mode = args.includes('--valid-only') ? 'valid-only' : 'all-or-nothing';
  const refused = job.status !== 'validated' || (mode === 'all-or-nothing' && job.rejectedRows > 0);
  if (!dryRun && !refused) {
    await applyImport(deps, actor, job.id, { mode, publish: args.includes('--publish') }, locale);
    await whenImportsIdle(deps);
    job = await getImport(deps, actor, job.id, locale);
  }
  const report: Report = {
    total: job.totalRows,
    imported: job.imported,
    updated: job.updated,
    rejected,
    ...(dryRun ? { dryRun: true, wouldImport: job.newRows, wouldUpdate: job.existingRows } : {}),
  };
  if (json) io.out(JSON.stringify(report, null, 2));
  else describe(job, report, io);
  if (job.status === 'failed') return 1;
  return dryRun || mode === 'all-or-nothing' ? (rejected.length ? 1 : 0) : 0;
}

async function allProblems(deps: AppDeps, actor: Actor, job: TImportJob, locale: Locale) {
  if (job.fileProblem) return [job.fileProblem];
  const all: Report['rejected'] = [];
  for (let afterRow = 0; ; ) {
    const page = await listProblems(deps, actor, job.id, { afterRow, limit: 500 }, locale);
    all.push(...page.items);
    if (page.nextRow === null) return all;
    afterRow = page.nextRow;
  }
}

function describe(job: TImportJob, report: Report, io: Output) {
  if (job.fileProblem) {
    io.err(`${job.fileName}: ${job.fileProblem.message}`);
    return;
  }
  io.out(`${job.fileName}: ${job.totalRows} rows, ${job.validRows} valid, ${job.rejectedRows} rejected.`);
  for (const problem of report.rejected) {
    io.out(`  row ${problem.row}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`);
  }
  if (report.dryRun) {
    io.out(`Dry run: ${job.newRows} would be added, ${job.existingRows} updated. Nothing was written.`);
  } else if (job.status === 'applied') {
    io.out(
      `Imported ${job.imported} new opportunities, updated ${job.updated}${job.publish ? ' (published)' : ''}.`,
    );
  } else {
    io.out('Nothing was imported: fix the rejected rows, or import only the valid ones with --valid-only.');
  }
}
