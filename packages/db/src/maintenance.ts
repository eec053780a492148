import { sql } from 'drizzle-orm';
import type { Database } from './connect.ts';

/**
 * VACUUM (ANALYZE) of the given tables, or of the whole database when none are named.
 *
 * PGlite has no autovacuum, and without VACUUM a GIN index keeps the statistics it was built
 * with — at migration, over an empty table — so the planner prices it as useless: the trigram
 * index of `search_words` was never chosen and each typo correction compared all 12,000 words
 * (23 ms instead of 1). VACUUM also sets the visibility map and hint bits that every later read
 * would otherwise recheck. On PostgreSQL autovacuum does this in its own time; running it after a
 * bulk write is harmless there and makes the statistics fresh at once.
 *
 * Never inside a transaction: PostgreSQL refuses VACUUM in one.
 */
export async function vacuumAnalyze(db: Database, tables: readonly string[] = []): Promise<void> {
  const names = tables.map((table) => sql.identifier(table));
  await db.execute(names.length ? sql`vacuum (analyze) ${sql.join(names, sql`, `)}` : sql`vacuum (analyze)`);
}
