import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/**
 * Planner costs for storage where a random page read costs about as much as a sequential one
 * (PGlite's pages are in memory; servers run on SSDs). With PostgreSQL's default of 4, a text
 * search with a LIMIT was planned as a sequential scan testing every row's vector (44 ms for a
 * broad word over 100,000 opportunities) instead of the GIN index (18 ms).
 */
const RANDOM_PAGE_COST = '1.1';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies every pending migration; safe to call from several processes at once on PostgreSQL. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Where PGlite keeps its files inside Karvan's data directory. */
export const pgliteDirectory = (dataDir: string) => join(dataDir, 'pgdata');

/**
 * The buffer cache the embedded server asks for. PGlite's 128MB holds less than the search's
 * working set on a bank of 100,000 opportunities (about 600 MB on disk), and a page that is not
 * in it is read through a synchronous file call from JavaScript: 14% of the search benchmark's
 * time went there. 256MB removes nearly all of it, for about 150 MB more memory at start.
 */
export const SERVER_SHARED_BUFFERS = '256MB';

function startParamsWith(sharedBuffers: string): string[] {
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers))
    throw new Error(`shared_buffers must be an amount like 256MB, not "${sharedBuffers}"`);
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`];
}

/**
 * Opens the embedded PostgreSQL (PGlite). `dataDir` persists it; `loadDataDir` starts from a dump
 * (tests use a migrated template so that each test file does not pay the ~4 s of a fresh initdb).
 * PGlite itself does not lock its folder: callers hold a DataDirLock (see data-dir-lock.ts).
 */
export async function connectPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob;
  /** PostgreSQL's `shared_buffers` (e.g. "256MB"); PGlite's own default (128MB) when absent. */
  sharedBuffers?: string;
}): Promise<DatabaseHandle> {
  let location: string | undefined;
  if (options.dataDir) {
    location = pgliteDirectory(options.dataDir);
    mkdirSync(location, { recursive: true });
  }
  const client = await PGlite.create(location ?? 'memory://', {
    extensions: { pg_trgm },
    ...(options.sharedBuffers ? { startParams: startParamsWith(options.sharedBuffers) } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    close: () => client.close(),
  };
}

/** Dumps a PGlite database (used to build the migrated template for tests). */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}

/** Connects to a real PostgreSQL server through a pool. */
export async function connectPostgres(
  connectionString: string,
  options: { max?: number } = {},
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    options: `-c random_page_cost=${RANDOM_PAGE_COST}`,
  });
  // An idle connection the server closes (restart, failover, a dropped test database) is an
  // 'error' event on the pool; unheard, it would crash the process. The pool replaces it.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL connection lost (the pool will reconnect): ${error.message}`);
  });
  // Fail fast with the driver's message rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePostgres(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // Several server instances may start together: one migrates, the others wait on the lock.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(7301998)');
        await migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('SELECT pg_advisory_unlock(7301998)').catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The rows of `db.execute(sql…)`: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}
