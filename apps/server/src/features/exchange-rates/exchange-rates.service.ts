import { multiplyDecimalStrings, roundDecimalString } from '@karvan/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { referenceLookups } from '../reference/reference-lookups.ts';
import * as repo from './exchange-rates.repository.ts';

export type RateTable = ReadonlyMap<string, string>;

/** Currency → US dollars per unit, as in force now; USD is always 1. */
export async function rateTable(deps: Pick<AppDeps, 'db' | 'now'>): Promise<RateTable> {
  const rates = await repo.listRatesInForce(deps.db, deps.now());
  const table = new Map(rates.map((r) => [r.currency, r.usdPerUnit]));
  table.set('USD', '1');
  return table;
}

/** `amount` in `currency` as US dollars (4 decimals), or null when there is no rate for it. */
export function toUsd(rates: RateTable, amount: string, currency: string): string | null {
  const rate = rates.get(currency);
  if (!rate) return null;
  return roundDecimalString(multiplyDecimalStrings(amount, rate), 4);
}

export const listRatesInForce = (deps: AppDeps) => repo.listRatesInForce(deps.db, deps.now());
export const listRateHistory = (deps: AppDeps) => repo.listRateHistory(deps.db);

export async function addRate(
  deps: AppDeps,
  actor: Actor,
  input: { currency: string; usdPerUnit: string; validFrom: Date; note?: string | undefined },
) {
  if (input.currency === 'USD') throw new AppError('exchange_rate.usd_is_fixed');
  if (!/[1-9]/.test(input.usdPerUnit)) throw new AppError('exchange_rate.zero');
  if (!referenceLookups().currencies.has(input.currency))
    throw new AppError('exchange_rate.unknown_currency');
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await repo.insertRate(tx, {
      currency: input.currency,
      usdPerUnit: input.usdPerUnit,
      validFrom: input.validFrom,
      note: input.note ?? null,
      createdBy: actor.kind === 'user' ? actor.userId : null,
      now,
    });
    await repo.recomputeRequiredUsd(tx, now);
    await appendAudit(
      tx,
      actor,
      {
        action: 'exchange_rate.set',
        subjectType: 'exchange_rate',
        subjectId: row.id,
        data: {
          currency: input.currency,
          usdPerUnit: input.usdPerUnit,
          validFrom: input.validFrom.toISOString(),
        },
      },
      now,
    );
    return row;
  });
}

/** Rates that turned valid since the last start are applied to the bank. */
export const recomputeRequiredUsd = (deps: Pick<AppDeps, 'db' | 'now'>) =>
  repo.recomputeRequiredUsd(deps.db, deps.now());
