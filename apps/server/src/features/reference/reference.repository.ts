import { and, asc, type Database, eq, isNull, type SQL, schema, sql } from '@karvan/db';
import type { ReferenceData } from './reference-files.ts';

const FINGERPRINT_KEY = 'reference_data_fingerprint';

export async function readFingerprint(db: Database): Promise<string | null> {
  const [row] = await db
    .select({ value: schema.systemSettings.value })
    .from(schema.systemSettings)
    .where(eq(schema.systemSettings.key, FINGERPRINT_KEY));
  return (row?.value as string | undefined) ?? null;
}

/** Replaces all reference rows in one transaction (the tables only hold shipped data). */
export async function replaceReferenceData(
  tx: Database,
  data: ReferenceData,
  fingerprint: string,
): Promise<void> {
  const tables = [
    [schema.refCountries, data.countries],
    [schema.refProvinces, data.provinces],
    [schema.refIsic, data.isic],
    [schema.refHs, data.hs],
    [schema.refCommodities, data.commodities],
    [schema.refCurrencies, data.currencies],
  ] as const;
  for (const [table, rows] of tables) {
    await tx.delete(table);
    for (let i = 0; i < rows.length; i += 500) await tx.insert(table).values(rows.slice(i, i + 500) as never);
  }
  await tx
    .insert(schema.systemSettings)
    .values({ key: FINGERPRINT_KEY, value: fingerprint })
    .onConflictDoUpdate({
      target: schema.systemSettings.key,
      set: { value: fingerprint, updatedAt: new Date() },
    });
}

/** Case-insensitive match of a code or any language of a LocalizedText column. */
const matches = (code: SQL | unknown, localized: unknown, q: string) =>
  sql`(${code} ilike ${`${q}%`} or ${localized}::text ilike ${`%${q}%`})`;

export const listCountries = (db: Database) =>
  db
    .select({ code: schema.refCountries.code, name: schema.refCountries.name })
    .from(schema.refCountries)
    .orderBy(asc(schema.refCountries.code));

export const listProvinces = (db: Database, country?: string) =>
  db
    .select({
      code: schema.refProvinces.code,
      country: schema.refProvinces.country,
      name: schema.refProvinces.name,
      unofficial: schema.refProvinces.unofficial,
    })
    .from(schema.refProvinces)
    .where(country ? eq(schema.refProvinces.country, country) : undefined)
    .orderBy(asc(schema.refProvinces.code));

export function listIsic(
  db: Database,
  filter: { parent?: string | undefined; q?: string | undefined; level?: string | undefined },
) {
  const t = schema.refIsic;
  const conditions: Array<SQL | undefined> = [];
  if (filter.q) conditions.push(matches(t.code, t.title, filter.q));
  else if (filter.parent) conditions.push(eq(t.parentCode, filter.parent));
  else if (!filter.level) conditions.push(isNull(t.parentCode));
  if (filter.level) conditions.push(eq(t.level, filter.level));
  return db
    .select({
      code: t.code,
      level: t.level,
      parentCode: t.parentCode,
      title: t.title,
      unofficial: t.unofficial,
    })
    .from(t)
    .where(and(...conditions))
    .orderBy(asc(t.code))
    .limit(500);
}

export function listHs(db: Database, filter: { parent?: string | undefined; q?: string | undefined }) {
  const t = schema.refHs;
  const condition = filter.q
    ? matches(t.code, t.description, filter.q)
    : filter.parent
      ? eq(t.parentCode, filter.parent)
      : isNull(t.parentCode);
  return (
    db
      .select({
        code: t.code,
        level: t.level,
        parentCode: t.parentCode,
        description: t.description,
        unofficial: t.unofficial,
      })
      .from(t)
      .where(condition)
      // Sections are Roman numerals: order them by their position, not alphabetically.
      .orderBy(sql`length(${t.code})`, asc(t.code))
      .limit(500)
  );
}

export const listCommodities = (db: Database) =>
  db
    .select({
      code: schema.refCommodities.code,
      symbol: schema.refCommodities.symbol,
      name: schema.refCommodities.name,
      hs: schema.refCommodities.hs,
      isic: schema.refCommodities.isic,
      unofficial: schema.refCommodities.unofficial,
    })
    .from(schema.refCommodities)
    .orderBy(asc(schema.refCommodities.code));

export const listCurrencies = (db: Database) =>
  db
    .select({
      code: schema.refCurrencies.code,
      minorUnits: schema.refCurrencies.minorUnits,
      name: schema.refCurrencies.name,
    })
    .from(schema.refCurrencies)
    .orderBy(asc(schema.refCurrencies.code));
