import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectPglite, connectPostgres, type DatabaseHandle } from '@karvan/db';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import type { AppConfig, AppDeps } from '../platform/context.ts';
import { createMailer } from '../platform/mailer.ts';

/** A fresh database for one test file: a copy of the migrated template. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const postgresTemplate = inject('postgresTemplate');
  const url = process.env['TEST_DATABASE_URL'];
  if (postgresTemplate && url) {
    const name = `karvan_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplate}`);
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const handle = await connectPostgres(testUrl.toString(), { max: 4 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = readFileSync(inject('pgliteTemplate'));
  return connectPglite({ loadDataDir: new Blob([dump]) });
}

/** A clock the test can move. */
export function createTestClock(start = new Date('2026-03-21T08:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (date: Date) => {
      now = date.getTime();
    },
  };
}

export interface TestApp {
  app: App;
  deps: AppDeps;
  handle: DatabaseHandle;
  clock: ReturnType<typeof createTestClock>;
  close(): Promise<void>;
}

/** Builds the real app on a fresh migrated database. */
export async function buildTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const handle = await openTestDatabase();
  const clock = createTestClock(new Date());
  const dataDir = mkdtempSync(join(tmpdir(), 'karvan-test-'));
  const deps: AppDeps = {
    db: handle.db,
    databaseKind: handle.kind,
    config: {
      publicUrl: 'http://localhost:3000',
      webDistDir: null,
      dataDir,
      isSecureCookies: false,
      version: 'test',
      authRateLimitPerMinute: 10_000,
      dataroom: { maxFileBytes: 2 * 1024 ** 3, maxRoomBytes: 20 * 1024 ** 3, officeConverter: null },
      ...overrides,
    },
    mailer: createMailer({ smtpUrl: null, from: 'test@karvan.test', logger: { info() {}, warn() {} } }),
    now: clock.now,
  };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    handle,
    clock,
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
