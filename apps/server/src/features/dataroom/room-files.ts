import { join } from 'node:path';
import type { AppDeps } from '../../platform/context.ts';
import { createFileStore, type FileStore } from '../../platform/file-store/file-store.ts';
import type { SweepResult } from '../../platform/file-store/sweep.ts';
import * as repo from './dataroom.repository.ts';

/**
 * One store per data directory and process: the store remembers the uploads it is writing, and
 * the sweep must see those, so every caller shares the same instance.
 */
const stores = new Map<string, FileStore>();

/** The data room's content-addressed store, at `<dataDir>/files`. */
export function roomFileStore(deps: AppDeps): FileStore {
  const dataDir = deps.config.dataDir;
  if (!dataDir) throw new Error('the data room needs a data directory (KARVAN_DATA_DIR)');
  const root = join(dataDir, 'files');
  let store = stores.get(root);
  if (!store) {
    store = createFileStore(root);
    stores.set(root, store);
  }
  return store;
}

/**
 * On PostgreSQL other instances may share the directory and be between renaming a blob and
 * committing its row; blobs younger than this are left for a later start.
 */
const SHARED_STORE_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes what an interrupted upload left in the store: temporary files, and blobs that no
 * `stored_files` row names (a crash between the rename and the database commit). Run at start.
 */
export function sweepRoomFiles(deps: AppDeps): Promise<SweepResult> {
  return roomFileStore(deps).sweep((sha256s) => repo.knownFiles(deps.db, sha256s), {
    // File ages are compared with the real clock (they are the file system's times), not deps.now.
    olderThanMs: deps.databaseKind === 'pglite' ? 0 : SHARED_STORE_GRACE_MS,
  });
}
