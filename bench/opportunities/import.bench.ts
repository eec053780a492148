import { spawn } from 'node:child_process';
import { mkdtempSync, openAsBlob, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count as countRows, schema } from '@karvan/db';
import { columnName, escapeXml, MAIN_NS, workbookEntries, writeZip } from '../lib/server-internals.ts';
import {
  type Engine,
  enginesToRun,
  HttpClient,
  MiB,
  ms,
  openBenchDatabase,
  seconds,
  startBenchApp,
  summarize,
} from './bench-app.ts';
import {
  BANK_EPOCH,
  draftOpportunity,
  EXCHANGE_RATES,
  IMPORT_HEADER,
  importCellsOf,
  seededRandom,
} from './fixtures.ts';

const ROWS = Number(process.env['BENCH_IMPORT_ROWS'] ?? 100_000);
const TARGET_SECONDS = 60;
const CHILD_ENGINE = 'KARVAN_IMPORT_BENCH_ENGINE';
const CHILD_FILE = 'KARVAN_IMPORT_BENCH_FILE';

/** Cells that are numbers in a real sheet (typed in Excel), written as numeric cells when they parse. */
const NUMERIC_COLUMNS = new Set(['required_investment', 'capacity', 'latitude', 'longitude']);

/**
 * Writes the import file as Excel does: the canonical header, shared strings (categorical values
 * once, free texts per row), numbers as numeric cells, the sheet streamed to disk.
 */
export async function writeImportWorkbook(path: string, rows: number): Promise<{ sharedStrings: number }> {
  const strings: string[] = [];
  const known = new Map<string, number>();
  const shared = (text: string) => {
    let index = known.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      // Only short, repeated values are worth looking up; long texts are unique anyway.
      if (text.length < 40) known.set(text, index);
    }
    return index;
  };
  const random = seededRandom(4242);
  async function* sheet(): AsyncGenerator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}"><sheetData>`;
    let batch = `<row r="1">${IMPORT_HEADER.map((h, c) => `<c r="${columnName(c)}1" t="s"><v>${shared(h)}</v></c>`).join('')}</row>`;
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      batch += `<row r="${r}">`;
      importCellsOf(random, draftOpportunity(random, i + 1)).forEach((cell, c) => {
        if (cell === '') return;
        const ref = `${columnName(c)}${r}`;
        batch +=
          NUMERIC_COLUMNS.has(IMPORT_HEADER[c]!) && /^-?\d+(\.\d+)?$/.test(cell)
            ? `<c r="${ref}"><v>${cell}</v></c>`
            : `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
      });
      batch += '</row>';
      if (batch.length > 256 * 1024) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}</sheetData></worksheet>`;
  }
  async function* sharedStringsXml(): AsyncGenerator<string> {
    yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">`;
    for (let i = 0; i < strings.length; i += 5000)
      yield strings
        .slice(i, i + 5000)
        .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
        .join('');
    yield '</sst>';
  }
  // The sheet goes before the shared strings, so their table is complete when it is written.
  const parts = workbookEntries({
    sheets: [{ name: 'opportunities', file: 'sheet1.xml', xml: sheet() }],
    sharedStrings: '-',
  });
  const sharedPart = parts.find((p) => p.name === 'xl/sharedStrings.xml')!;
  await writeZip(path, [
    ...parts.filter((p) => p !== sharedPart),
    { name: sharedPart.name, data: () => sharedStringsXml() },
  ]);
  return { sharedStrings: strings.length };
}

interface ImportJob {
  id: string;
  status: string;
  processedRows: number;
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  imported: number;
  fileProblem: { code: string; message: string } | null;
}

/** Polls the import until `until` (or failed), printing progress about every 5 s. */
async function waitFor(
  client: HttpClient,
  id: string,
  until: string,
  since: number,
  phase: string,
): Promise<ImportJob> {
  let lastPrint = performance.now();
  for (;;) {
    let response: Awaited<ReturnType<HttpClient['get']>>;
    try {
      response = await client.get(`/api/v1/opportunities/imports/${id}`);
    } catch (error) {
      console.log(
        `    poll failed at ${seconds(performance.now() - since)}: ${String((error as Error).cause ?? error)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const job = response.body as ImportJob;
    if (response.status !== 200) throw new Error(`import status: ${response.status}`);
    if (job.status === 'failed') throw new Error(`import failed: ${JSON.stringify(job.fileProblem)}`);
    if (job.status === until) return job;
    if (performance.now() - lastPrint >= 5000) {
      lastPrint = performance.now();
      console.log(
        `    ${phase} ${seconds(performance.now() - since).padStart(7)}: ${job.status}, processedRows ${job.processedRows.toLocaleString('en-US')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Resets the kernel's peak-RSS mark (Linux: `5` to /proc/self/clear_refs) and returns a reader of
 * it, or null elsewhere. It catches what a 100 ms sampler misses while PGlite's synchronous
 * WebAssembly blocks the event loop.
 */
function resetPeakRss(): () => number | null {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    return () => null;
  }
  return () => {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  };
}

/**
 * Another client of the same server while the import runs: a health check (one database query)
 * every 200 ms, its latency filed under the phase it started in. Shows whether the import leaves
 * room for other requests.
 */
function startProbe(baseUrl: string) {
  const samples = new Map<string, number[]>();
  let phase = 'upload';
  let isStopped = false;
  const done = (async () => {
    while (!isStopped) {
      const started = performance.now();
      const startedIn = phase;
      try {
        await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
      } catch {
        // counted with its latency all the same
      }
      samples.set(startedIn, [...(samples.get(startedIn) ?? []), performance.now() - started]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    enter(next: string) {
      phase = next;
    },
    async stop() {
      isStopped = true;
      await done;
      return samples;
    },
  };
}

/** One engine, in a process of its own so its memory figures are the server's alone. */
async function measureInChild(engine: Engine, file: string): Promise<void> {
  const database = await openBenchDatabase(engine, 'import');
  try {
    console.log(`  ${database.description}`);
    const server = await startBenchApp(database);
    try {
      const client = new HttpClient(server.baseUrl, 'fa');
      const registered = await client.post('/api/v1/auth/register', {
        email: 'owner@bench.example',
        password: 'correct horse battery staple',
        name: 'Bench Owner',
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
      const organization = await client.post('/api/v1/organizations', {
        name: { fa: 'سازمان صنعت، معدن و تجارت استان کرمان', en: 'Kerman Industry, Mine and Trade' },
        kind: 'agency',
        country: 'IR',
        province: 'IR-08',
      });
      if (organization.status !== 201) throw new Error(`organisation: ${organization.status}`);
      const organizationId = (organization.body as { id: string }).id;
      const validFrom = new Date(BANK_EPOCH.getTime() - 365 * 24 * 3600 * 1000);
      await server.deps.db
        .insert(schema.exchangeRates)
        .values(EXCHANGE_RATES.map((r) => ({ ...r, validFrom, note: 'bench' })));

      const baseline = process.memoryUsage().rss;
      const kernelPeak = resetPeakRss();
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 100);
      const probe = startProbe(server.baseUrl);
      try {
        const started = performance.now();
        const form = new FormData();
        form.append('organizationId', organizationId);
        form.append('file', await openAsBlob(file), 'opportunities-100k.xlsx');
        const uploaded = await client.request('POST', '/api/v1/opportunities/imports', { body: form });
        if (uploaded.status !== 202)
          throw new Error(`upload: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
        const uploadedAt = performance.now();
        probe.enter('validation');
        const id = (uploaded.body as ImportJob).id;
        const checked = await waitFor(client, id, 'validated', uploadedAt, 'validating');
        const validatedAt = performance.now();
        if (checked.rejectedRows > 0) {
          const problems = await client.get(`/api/v1/opportunities/imports/${id}/problems?limit=5`);
          throw new Error(`${checked.rejectedRows} rows rejected: ${JSON.stringify(problems.body)}`);
        }
        probe.enter('apply');
        const applying = await client.post(`/api/v1/opportunities/imports/${id}/apply`, {
          mode: 'all-or-nothing',
        });
        if (applying.status !== 202)
          throw new Error(`apply: ${applying.status} ${JSON.stringify(applying.body)}`);
        const applied = await waitFor(client, id, 'applied', validatedAt, 'applying');
        const appliedAt = performance.now();
        clearInterval(sampler);
        const probed = await probe.stop();
        peak = Math.max(peak, process.memoryUsage().rss);
        const [bank] = await server.deps.db.select({ n: countRows() }).from(schema.opportunities);
        const total = appliedAt - started;
        console.log(
          `  ${checked.totalRows.toLocaleString('en-US')} rows checked (${checked.validRows.toLocaleString('en-US')} valid), ` +
            `${applied.imported.toLocaleString('en-US')} imported; bank now holds ${bank!.n.toLocaleString('en-US')}`,
        );
        console.log(
          `  upload (multipart over HTTP, stored to disk)  ${ms(uploadedAt - started).padStart(10)}`,
        );
        console.log(
          `  validation (the dry run, staged rows)         ${seconds(validatedAt - uploadedAt).padStart(10)}`,
        );
        console.log(
          `  apply (one transaction, all-or-nothing)       ${seconds(appliedAt - validatedAt).padStart(10)}`,
        );
        for (const phase of ['validation', 'apply']) {
          const latency = summarize(probed.get(phase) ?? []);
          console.log(
            `  other requests during ${phase.padEnd(10)} (GET /api/health every 200 ms): ` +
              `${latency.n} answered, p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, max ${ms(latency.max)}`,
          );
        }
        console.log(
          `  total                                         ${seconds(total).padStart(10)}   ` +
            `${Math.round(checked.totalRows / (total / 1000)).toLocaleString('en-US')} rows/s   ` +
            `target ≤ ${TARGET_SECONDS} s ${total <= TARGET_SECONDS * 1000 ? 'PASS' : 'MISS'}`,
        );
        const highWater = kernelPeak();
        console.log(
          `  RSS: baseline ${MiB(baseline)} (app started, database open), peak sampled every 100 ms ${MiB(peak)} ` +
            `(+${MiB(peak - baseline)}), ${
              highWater === null
                ? `process high-water mark ${MiB(process.resourceUsage().maxRSS * 1024)} (since the process started)`
                : `kernel high-water mark since the baseline ${MiB(highWater)} (+${MiB(highWater - baseline)})`
            }`,
        );
      } finally {
        clearInterval(sampler);
        await probe.stop();
      }
    } finally {
      await server.close();
    }
  } finally {
    await database.close();
  }
}

function runChild(engine: Engine, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, [CHILD_ENGINE]: engine, [CHILD_FILE]: file },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${engine} import run exited ${code}`)),
    );
  });
}

/**
 * Bulk import of 100,000 XLSX rows through HTTP: upload, validation (dry run), apply
 * all-or-nothing; time and peak memory. Target (DESIGN.md): ≤ 60 s, constant memory, with progress.
 */
export async function run(): Promise<void> {
  console.log(`Import: ${ROWS.toLocaleString('en-US')} XLSX rows, engines: ${enginesToRun().join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'karvan-bench-import-'));
  try {
    const file = join(dir, 'opportunities.xlsx');
    const started = performance.now();
    const { sharedStrings } = await writeImportWorkbook(file, ROWS);
    console.log(
      `  generated ${file}: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB, ${IMPORT_HEADER.length} columns, ` +
        `${sharedStrings.toLocaleString('en-US')} shared strings, in ${seconds(performance.now() - started)}`,
    );
    for (const engine of enginesToRun()) {
      console.log(`\n[${engine}]`);
      await runChild(engine, file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childEngine = process.env[CHILD_ENGINE];
if (childEngine) {
  await measureInChild(childEngine as Engine, process.env[CHILD_FILE]!);
  process.exit(0);
}
