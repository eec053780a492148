import { sql } from '@karvan/db';
import type { AppDeps } from '../../platform/context.ts';

/** Says which database is in use and whether it answers, and how many migrations it has. */
export async function checkHealth(deps: AppDeps) {
  let applied = 0;
  let databaseState: 'up' | 'down' = 'up';
  try {
    const result = await deps.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = Number((result as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0);
  } catch {
    databaseState = 'down';
  }
  return {
    status: databaseState === 'up' ? ('ok' as const) : ('degraded' as const),
    database: deps.databaseKind,
    databaseState,
    migrations: { applied },
    mail: deps.mailer.transport,
    version: deps.config.version,
  };
}
