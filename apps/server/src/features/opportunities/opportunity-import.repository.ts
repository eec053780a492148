import {
  and,
  type Database,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  lt,
  rowsOf,
  schema,
  sql,
  vacuum,
} from '@karvan/db';

const imp = schema.opportunityImports;
const rows = schema.opportunityImportRows;

export type ImportRecord = typeof imp.$inferSelect;
export type StoredProblem = { column: string | null; code: string; params?: Record<string, string | number> };

/** What one validated row will write: the import columns resolved, plus the search text. */
export interface StagedValues {
  externalId: string;
  kind: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  sourceLanguage: string;
  country: string;
  province: string;
  isic: string[];
  isicPaths: string[];
  commodities: string[];
  hs: string[];
  investmentTypes: string[];
  requiredAmount: string | null;
  requiredCurrency: string | null;
  capacity: string | null;
  capacityUnit: string | null;
  stage: string | null;
  latitude: number | null;
  longitude: number | null;
  contactEmail: string | null;
  searchText: string;
}

export interface StagedRow {
  rowNumber: number;
  externalId: string | null;
  values: StagedValues | null;
  problems: StoredProblem[] | null;
}

export async function insertImport(db: Database, values: typeof imp.$inferInsert): Promise<ImportRecord> {
  const [row] = await db.insert(imp).values(values).returning();
  return row!;
}

export async function findImport(db: Database, id: string): Promise<ImportRecord | null> {
  const [row] = await db.select().from(imp).where(eq(imp.id, id));
  return row ?? null;
}

export async function updateImport(db: Database, id: string, values: Partial<typeof imp.$inferInsert>) {
  await db.update(imp).set(values).where(eq(imp.id, id));
}

export async function listImports(db: Database, organizationId: string, limit = 20) {
  return db
    .select()
    .from(imp)
    .where(eq(imp.organizationId, organizationId))
    .orderBy(desc(imp.createdAt))
    .limit(limit);
}

/**
 * Stages a batch given as the JSON array of its `StagedRow`s, unpacked by the database: building
 * and binding a five-column VALUES list per row cost more than the database's own work on PGlite.
 */
export async function insertStagedRows(db: Database, importId: string, rowsJson: string) {
  await db.execute(sql`
    insert into opportunity_import_rows (import_id, row_number, external_id, values, problems)
    select ${importId}::uuid, x."rowNumber", x."externalId", x.values, x.problems
    from jsonb_to_recordset(${rowsJson}::jsonb)
      as x("rowNumber" int, "externalId" text, values jsonb, problems jsonb)`);
}

export async function deleteStagedRows(db: Database, importId: string) {
  await db.delete(rows).where(eq(rows.importId, importId));
}

/** Rejected rows in file order, after `afterRow`. */
export async function listProblemRows(db: Database, importId: string, afterRow: number, limit: number) {
  return db
    .select({ rowNumber: rows.rowNumber, problems: rows.problems })
    .from(rows)
    .where(and(eq(rows.importId, importId), isNotNull(rows.problems), gt(rows.rowNumber, afterRow)))
    .orderBy(rows.rowNumber)
    .limit(limit);
}

/** How many valid rows carry an external id the organisation already uses (they will update). */
export async function countExistingRows(
  db: Database,
  importId: string,
  organizationId: string,
): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as count from ${rows} r
    join opportunities o on o.organization_id = ${organizationId} and o.external_id = r.external_id
    where r.import_id = ${importId} and r.values is not null`);
  return Number(rowsOf<{ count: number }>(result)[0]?.count ?? 0);
}

/** Imports left running by a process that stopped: they are picked up by `recoverImports`. */
export async function listUnfinished(db: Database, updatedBefore: Date) {
  return db
    .select()
    .from(imp)
    .where(and(inArray(imp.status, ['queued', 'validating', 'applying']), lt(imp.updatedAt, updatedBefore)));
}

export interface ApplyOptions {
  importId: string;
  organizationId: string;
  publish: boolean;
  now: Date;
  actorUserId: string | null;
  actorKind: string;
  comment: string;
}

/** The first and last row numbers of an import's valid staged rows (null when there are none). */
export async function stagedRowBounds(
  db: Database,
  importId: string,
): Promise<{ first: number; last: number } | null> {
  const result = await db.execute(sql`
    select min(row_number)::int as first, max(row_number)::int as last
    from opportunity_import_rows where import_id = ${importId} and values is not null`);
  const [bounds] = rowsOf<{ first: number | null; last: number | null }>(result);
  return bounds?.first == null || bounds.last == null ? null : { first: bounds.first, last: bounds.last };
}

/**
 * Writes the valid staged rows numbered `fromRow`..`toRow` into the bank in one statement: new
 * external ids are inserted, known ones updated (texts merged language by language, so a
 * translation added on the web is kept), each with a timeline event, amounts converted with the
 * rates in force. Run every chunk inside the import's one transaction: it all commits or none of
 * it does. `jsonb_to_record` reads each staged value once instead of once per field.
 */
export async function applyStagedRows(
  db: Database,
  o: ApplyOptions,
  range: { fromRow: number; toRow: number },
): Promise<{ imported: number; updated: number }> {
  const status = o.publish ? 'published' : 'draft';
  const at = o.now.toISOString();
  const result = await db.execute(sql`
    with src as (
      select v.* from opportunity_import_rows r,
        jsonb_to_record(r.values) as v(
          "externalId" text, kind text, title jsonb, summary jsonb, "sourceLanguage" text,
          country text, province text, latitude float8, longitude float8,
          isic text[], "isicPaths" text[], commodities text[], hs text[], "investmentTypes" text[],
          "requiredAmount" numeric, "requiredCurrency" text, capacity numeric, "capacityUnit" text,
          stage text, "contactEmail" text, "searchText" text)
      where r.import_id = ${o.importId} and r.values is not null
        and r.row_number between ${range.fromRow} and ${range.toRow}
    ),
    rates as (
      select distinct on (currency) currency, usd_per_unit from exchange_rates
      where valid_from <= ${at}::timestamptz order by currency, valid_from desc
    ),
    before as (
      select o.external_id, o.status from opportunities o join src s
        on o.organization_id = ${o.organizationId} and o.external_id = s."externalId"
    ),
    up as (
      insert into opportunities as o (
        organization_id, external_id, status, kind, title, summary, source_language, country, province,
        latitude, longitude, isic, isic_paths, commodities, hs, investment_types,
        required_amount, required_currency, required_usd, capacity, capacity_unit, stage, contact_email,
        search_text, published_at, created_by, created_at, updated_at
      )
      select
        ${o.organizationId}, s."externalId", ${status}, s.kind, s.title, s.summary, s."sourceLanguage",
        s.country, s.province, s.latitude, s.longitude,
        s.isic, s."isicPaths", s.commodities, s.hs, s."investmentTypes",
        s."requiredAmount", s."requiredCurrency",
        case when s."requiredCurrency" = 'USD' then s."requiredAmount"
          else round(s."requiredAmount" * rates.usd_per_unit, 4) end,
        s.capacity, s."capacityUnit", s.stage, s."contactEmail",
        s."searchText", ${o.publish ? at : null}::timestamptz, ${o.actorUserId}::uuid,
        ${at}::timestamptz, ${at}::timestamptz
      from src s left join rates on rates.currency = s."requiredCurrency"
      on conflict (organization_id, external_id) do update set
        kind = excluded.kind,
        title = o.title || excluded.title,
        summary = o.summary || excluded.summary,
        country = excluded.country, province = excluded.province,
        latitude = excluded.latitude, longitude = excluded.longitude,
        isic = excluded.isic, isic_paths = excluded.isic_paths, commodities = excluded.commodities,
        hs = excluded.hs, investment_types = excluded.investment_types,
        required_amount = excluded.required_amount, required_currency = excluded.required_currency,
        required_usd = excluded.required_usd, capacity = excluded.capacity, capacity_unit = excluded.capacity_unit,
        stage = excluded.stage, contact_email = coalesce(excluded.contact_email, o.contact_email),
        search_text = excluded.search_text,
        status = case when ${o.publish} and o.status <> 'closed' then 'published' else o.status end,
        published_at = case when ${o.publish} and o.status not in ('published', 'closed') then excluded.published_at
          else o.published_at end,
        updated_at = excluded.updated_at
      returning o.id, o.external_id, o.status, (xmax = 0) as inserted
    ),
    events as (
      insert into opportunity_events (opportunity_id, at, actor_user_id, actor_kind, action, from_status, to_status, comment)
      select up.id, ${at}::timestamptz, ${o.actorUserId}::uuid, ${o.actorKind},
        case when up.inserted then 'imported' else 'updated-by-import' end, b.status, up.status, ${o.comment}
      from up left join before b on b.external_id = up.external_id
      returning 1
    )
    select count(*) filter (where inserted)::int as imported, count(*) filter (where not inserted)::int as updated,
      (select count(*) from events)::int as events
    from up`);
  const [counts] = rowsOf<{ imported: number; updated: number }>(result);
  return { imported: Number(counts?.imported ?? 0), updated: Number(counts?.updated ?? 0) };
}

/**
 * Fresh statistics after a large write: the embedded database has no autovacuum, and on
 * PostgreSQL it would come only minutes later, while the searches that follow an import need
 * row estimates that know the bank has grown, and index statistics that know its words
 * (`search_words` grows with the texts; its trigram index corrects typos).
 */
export async function vacuumBank(db: Database): Promise<void> {
  await vacuum(db, { tables: ['opportunities', 'opportunity_events', 'search_words'], analyze: true });
}
