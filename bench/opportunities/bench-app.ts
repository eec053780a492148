// The real app on a fresh database for a benchmark: PGlite in a temporary directory, or a
// PostgreSQL database created for the run (and dropped after it). Assembled like the test
// harness (apps/server/src/test/harness.ts) and listening on 127.0.0.1, port chosen by the system.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectPglite, connectPostgres, type DatabaseHandle, SERVER_SHARED_BUFFERS } from '@karvan/db';
import { type App, buildApp } from '@karvan/server';
import pg from 'pg';
import type { AppDeps } from '../lib/server-internals.ts';
import { createMailer, ensureReferenceData } from '../lib/server-internals.ts';

export type Engine = 'pglite' | 'postgres';

/** The PostgreSQL server to measure on, if any: BENCH_DATABASE_URL, else TEST_DATABASE_URL. */
export const postgresUrl = (): string | null =>
  process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'] || null;

/** The engines to run: PGlite always, PostgreSQL when a URL is given. */
export const enginesToRun = (): Engine[] => (postgresUrl() ? ['pglite', 'postgres'] : ['pglite']);

export interface BenchDatabase {
  engine: Engine;
  handle: DatabaseHandle;
  /** The app's data directory (PGlite's files and waiting uploads live under it). */
  dataDir: string;
  /** What it is, for the report: "PGlite (file system, /tmp/…)" or "PostgreSQL 15.x". */
  description: string;
  close(): Promise<void>;
}

/** A fresh, migrated database with the reference data loaded, as the server opens it. */
export async function openBenchDatabase(engine: Engine, purpose: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `karvan-bench-${purpose}-`));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'pglite') {
    const handle = await connectPglite({ dataDir, sharedBuffers: SERVER_SHARED_BUFFERS });
    await handle.migrate();
    await ensureReferenceData(handle.db);
    return {
      engine,
      handle,
      dataDir,
      description: `PGlite (files in ${dataDir})`,
      close: async () => {
        await handle.close();
        removeDir();
      },
    };
  }
  const url = postgresUrl();
  if (!url) throw new Error('no PostgreSQL URL (BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  const name = `karvan_bench_${process.pid}_${purpose.replace(/\W/g, '_')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const version =
    (await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${name}`;
  const dropDatabase = async () => {
    // Let the pool's connections finish closing first: FORCE would kill them, and a killed idle
    // connection is an unhandled 'error' event on the (already ended) pool.
    for (let i = 0; i < 50; i++) {
      const { rows } = await admin.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (!rows[0]?.n) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  };
  let handle: DatabaseHandle;
  try {
    handle = await connectPostgres(benchUrl.toString());
    await handle.migrate();
    await ensureReferenceData(handle.db);
  } catch (error) {
    await dropDatabase();
    removeDir();
    throw error;
  }
  return {
    engine,
    handle,
    dataDir,
    description: `PostgreSQL ${version} (database ${name} on ${benchUrl.host})`,
    close: async () => {
      await handle.close();
      await dropDatabase();
      removeDir();
    },
  };
}

export interface BenchApp {
  app: App;
  deps: AppDeps;
  baseUrl: string;
  close(): Promise<void>;
}

/** Builds the real app on the database and listens on 127.0.0.1 (port 0). */
export async function startBenchApp(database: BenchDatabase): Promise<BenchApp> {
  const deps: AppDeps = {
    db: database.handle.db,
    databaseKind: database.handle.kind,
    config: {
      publicUrl: 'http://127.0.0.1',
      webDistDir: null,
      dataDir: database.dataDir,
      isSecureCookies: false,
      version: 'bench',
      authRateLimitPerMinute: 10_000,
      dataroom: { maxFileBytes: 2 * 1024 ** 3, maxRoomBytes: 20 * 1024 ** 3, officeConverter: null },
    },
    mailer: createMailer({ smtpUrl: null, from: 'bench@karvan.test', logger: { info() {}, warn() {} } }),
    now: () => new Date(),
  };
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('the app is not listening');
  return { app, deps, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** A fetch client that keeps the session and CSRF cookies and repeats the CSRF token, like the web app. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  constructor(
    readonly baseUrl: string,
    private readonly locale = 'en',
  ) {}

  async request(
    method: string,
    path: string,
    options: { json?: unknown; body?: FormData; locale?: string } = {},
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { 'accept-language': options.locale ?? this.locale };
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('karvan_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    let body: string | FormData | undefined = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body ? { body } : {}) });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  }

  get = (path: string, locale?: string) => this.request('GET', path, locale ? { locale } : {});
  post = (path: string, json: unknown) => this.request('POST', path, { json });
}

/** Nearest-rank percentiles of a set of durations (ms). */
export function summarize(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/**
 * Percentiles over several queries timed a different number of times, each query weighing the
 * same (a sample of a query run n times weighs 1/n): as if every query had been run equally often.
 */
export function summarizeQueries(samplesPerQuery: ReadonlyArray<readonly number[]>) {
  const weighted = samplesPerQuery
    .filter((samples) => samples.length)
    .flatMap((samples) => samples.map((value) => ({ value, weight: 1 / samples.length })))
    .sort((a, b) => a.value - b.value);
  const total = weighted.reduce((sum, s) => sum + s.weight, 0);
  const at = (p: number) => {
    let cumulative = 0;
    for (const s of weighted) {
      cumulative += s.weight;
      if (cumulative >= p * total - 1e-9) return s.value;
    }
    return weighted.at(-1)?.value ?? 0;
  };
  return { n: weighted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: weighted.at(-1)?.value ?? 0 };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const count = (n: number) => n.toLocaleString('en-US');
