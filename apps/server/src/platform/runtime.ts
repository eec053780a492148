import {
  acquireDataDirLock,
  connectPglite,
  connectPostgres,
  type DatabaseHandle,
  type DataDirLock,
  DataDirLockedError,
  type LockOwner,
  vacuum,
} from '@karvan/db';
import type { RuntimeConfig } from '../config.ts';
import { afterStart } from '../features/opportunities/opportunity-maintenance.ts';
import { ensureReferenceData } from '../features/reference/reference.service.ts';
import type { AppDeps } from './context.ts';
import { createMailer } from './mailer.ts';

export interface Runtime {
  deps: AppDeps;
  handle: DatabaseHandle;
  lock: DataDirLock | null;
  close(): Promise<void>;
}

export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * Opens the database this process will use, migrated and with reference data loaded.
 *
 * Embedded mode: the data directory is locked first, so a second process gets a
 * DataDirLockedError instead of corrupting PGlite's files. The command line catches that error
 * and hands its command to the running server (cli-bridge.ts).
 */
export async function openRuntime(
  config: RuntimeConfig,
  role: LockOwner['role'],
  logger: Logger,
): Promise<Runtime> {
  let lock: DataDirLock | null = null;
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = await connectPostgres(config.databaseUrl);
  } else {
    lock = acquireDataDirLock(config.dataDir, role);
    try {
      handle = await connectPglite({ dataDir: config.dataDir, sharedBuffers: config.pgliteSharedBuffers });
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await handle.migrate();
    await ensureReferenceData(handle.db);
    // The embedded database has no autovacuum: the server vacuums once at start-up (about 25 ms
    // when nothing changed). Imports also refresh the statistics after they write
    // (opportunity-import.service.ts).
    if (handle.kind === 'pglite' && role === 'server') await vacuum(handle.db);
  } catch (error) {
    await handle.close().catch(() => {});
    lock?.release();
    throw error;
  }
  const deps: AppDeps = {
    db: handle.db,
    databaseKind: handle.kind,
    config: { ...config.app, dataDir: config.dataDir },
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger }),
    now: () => new Date(),
  };
  await afterStart(deps);
  return {
    deps,
    handle,
    lock,
    close: async () => {
      await handle.close();
      lock?.release();
    },
  };
}

export { DataDirLockedError };
