import type { AppDeps } from '../../platform/context.ts';
import { recomputeRequiredUsd } from '../exchange-rates/exchange-rates.service.ts';
import { recoverImports } from './opportunity-import.service.ts';

/** On PostgreSQL other instances may be running imports: only ones silent this long are taken over. */
const IMPORT_STALE_MS = 10 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * What the bank needs when a process opens the database: imports a stopped process left behind
 * are recovered (the embedded database has one process, so all of them at once), and amounts
 * are converted with the rates in force today.
 */
export async function afterStart(deps: AppDeps): Promise<void> {
  await recoverImports(deps, deps.databaseKind === 'pglite' ? 0 : IMPORT_STALE_MS);
  await recomputeRequiredUsd(deps);
}

/** While serving on PostgreSQL, takes over imports of instances that died. Returns a stop function. */
export function startMaintenance(deps: AppDeps): () => void {
  if (deps.databaseKind === 'pglite') return () => {};
  const timer = setInterval(() => {
    recoverImports(deps, IMPORT_STALE_MS).catch((error: unknown) =>
      console.error('import recovery failed', error),
    );
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
