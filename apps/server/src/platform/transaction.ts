import type { Database } from '@karvan/db';

/** Runs `work` in one transaction: the change and its audit entry commit together or not at all. */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Database));
}
