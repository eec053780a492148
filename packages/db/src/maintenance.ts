import { sql } from 'drizzle-orm';
import type { Database } from './connect.ts';

/**
 * VACUUM of the given tables, or of the whole database when none are named; with `analyze`,
 * fresh planner statistics too.
 *
 * PGlite has no autovacuum, and until VACUUM runs a GIN index keeps the statistics it was built
 * with — at migration, over an empty table — so the planner prices it as useless: the trigram
 * index of `search_words` was never chosen and each typo correction compared all 12,000 words
 * (23 ms instead of 1). ANALYZE alone does not mend that; VACUUM does, and also sets the
 * visibility map and hint bits that later reads would otherwise recheck. VACUUM skips what it
 * has already done (about 25 ms on an unchanged bank of 300,000 rows); ANALYZE samples every
 * table again each time (about 2 s there), so it is asked for only after bulk writes. On
 * PostgreSQL autovacuum does all this in its own time; running it after a bulk write is
 * harmless there and makes the statistics fresh at once.
 *
 * Never inside a transaction: PostgreSQL refuses VACUUM in one.
 */
export async function vacuum(
  db: Database,
  options: { tables?: readonly string[]; analyze?: boolean } = {},
): Promise<void> {
  const command = options.analyze ? sql`vacuum (analyze)` : sql`vacuum`;
  const names = (options.tables ?? []).map((table) => sql.identifier(table));
  await db.execute(names.length ? sql`${command} ${sql.join(names, sql`, `)}` : command);
}
