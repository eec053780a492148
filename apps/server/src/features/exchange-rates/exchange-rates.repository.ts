import { type Database, desc, rowsOf, schema, sql } from '@karvan/db';

const xr = schema.exchangeRates;

export async function listRateHistory(db: Database) {
  return db.select().from(xr).orderBy(xr.currency, desc(xr.validFrom)).limit(1000);
}

/** For each currency, the newest rate that is valid at `at`. */
export async function listRatesInForce(db: Database, at: Date) {
  const result = await db.execute(sql`
    select distinct on (currency) id, currency, usd_per_unit::text as usd_per_unit, valid_from, note, created_at
    from ${xr} where valid_from <= ${at.toISOString()}::timestamptz
    order by currency, valid_from desc`);
  return rowsOf<{
    id: string;
    currency: string;
    usd_per_unit: string;
    valid_from: string | Date;
    note: string | null;
    created_at: string | Date;
  }>(result).map((r) => ({
    id: r.id,
    currency: r.currency,
    usdPerUnit: r.usd_per_unit,
    validFrom: new Date(r.valid_from),
    note: r.note,
    createdAt: new Date(r.created_at),
  }));
}

export async function insertRate(
  db: Database,
  values: {
    currency: string;
    usdPerUnit: string;
    validFrom: Date;
    note: string | null;
    createdBy: string | null;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(xr)
    .values({ ...rest, createdAt: now })
    .onConflictDoUpdate({
      target: [xr.currency, xr.validFrom],
      set: { usdPerUnit: rest.usdPerUnit, note: rest.note, createdBy: rest.createdBy, createdAt: now },
    })
    .returning();
  return row!;
}

/**
 * Recomputes every opportunity's amount in US dollars with the rates in force at `at` (USD is 1).
 * One statement, so the bank never shows a mix of old and new rates.
 */
export async function recomputeRequiredUsd(db: Database, at: Date): Promise<void> {
  await db.execute(sql`
    with rates as (
      select distinct on (currency) currency, usd_per_unit from ${xr}
      where valid_from <= ${at.toISOString()}::timestamptz order by currency, valid_from desc
    ),
    converted as (
      select o.id, case when o.required_currency = 'USD' then o.required_amount
        else round(o.required_amount * r.usd_per_unit, 4) end as usd
      from opportunities o left join rates r on r.currency = o.required_currency
      where o.required_amount is not null
    )
    update opportunities o set required_usd = c.usd
    from converted c
    where o.id = c.id and o.required_usd is distinct from c.usd`);
}
