import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { createdAtColumn, idColumn, localizedTextColumn, nowColumn, timestampColumn } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * Investment opportunities: the project bank. Codes (kind, stage, investment types) are the
 * vocabularies of `@karvan/domain/opportunity`. `isicPaths` holds every ISIC code given plus all
 * its ancestors (section letter, division, group) so that a filter at any level is one array test.
 * `requiredUsd` is the required investment converted with the latest administrator-maintained rate;
 * it is recomputed for the whole bank when a rate changes.
 *
 * Two search columns are kept by migrations, not declared here: `search_vector` (0003, the
 * full-text vector of `searchText`) and `facet_tokens` (0012, every filterable value as
 * `facet:value`, GIN-indexed, so that any mix of filters is one index lookup and the facets of a
 * result are one count over one array).
 */
export const opportunities = pgTable(
  'opportunities',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The owner's own reference; importing a file twice updates rows with the same one. */
    externalId: text('external_id'),
    status: text('status').notNull(),
    kind: text('kind').notNull(),
    title: localizedTextColumn('title').notNull(),
    summary: localizedTextColumn('summary').notNull().default({}),
    description: localizedTextColumn('description').notNull().default({}),
    sourceLanguage: text('source_language').notNull(),
    /** Per language: `source`, `human` or `machine` (how that language version was written). */
    textOrigins: jsonb('text_origins').$type<Record<string, string>>().notNull().default({}),
    country: text('country').notNull(),
    province: text('province').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    isic: text('isic').array().notNull().default([]),
    isicPaths: text('isic_paths').array().notNull().default([]),
    commodities: text('commodities').array().notNull().default([]),
    hs: text('hs').array().notNull().default([]),
    investmentTypes: text('investment_types').array().notNull().default([]),
    requiredAmount: numeric('required_amount', { precision: 30, scale: 4 }),
    requiredCurrency: text('required_currency'),
    requiredUsd: numeric('required_usd', { precision: 30, scale: 4 }),
    capacity: numeric('capacity', { precision: 30, scale: 4 }),
    capacityUnit: text('capacity_unit'),
    stage: text('stage'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** Normalised, segmented text of titles and summaries in every language (see @karvan/domain/text). */
    searchText: text('search_text').notNull().default(''),
    /** The last vetting comment (returned) or closing reason; the whole history is in opportunity_events. */
    statusNote: text('status_note'),
    publishedAt: timestampColumn('published_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAtColumn(),
    updatedAt: nowColumn('updated_at'),
  },
  (t) => [
    unique('opportunities_org_external_id_key').on(t.organizationId, t.externalId),
    index('opportunities_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('opportunities_province_idx').on(t.province, t.status),
    index('opportunities_org_idx').on(t.organizationId, t.status),
  ],
);

/** The timeline of an opportunity: creation, edits, imports and every workflow transition. */
export const opportunityEvents = pgTable(
  'opportunity_events',
  {
    id: idColumn(),
    /** Orders events that share a timestamp (one transaction, or a test's frozen clock). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    at: timestampColumn('at').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    comment: text('comment'),
  },
  (t) => [index('opportunity_events_opportunity_idx').on(t.opportunityId, t.seq)],
);

/**
 * Dated exchange rates that administrators maintain: one unit of `currency` is worth `usdPerUnit`
 * US dollars from `validFrom` on. The newest row per currency is the one in force.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: idColumn(),
    currency: text('currency').notNull(),
    usdPerUnit: numeric('usd_per_unit', { precision: 30, scale: 12 }).notNull(),
    validFrom: timestampColumn('valid_from').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [unique('exchange_rates_currency_valid_from_key').on(t.currency, t.validFrom)],
);

/**
 * A bulk import: the uploaded file is validated row by row into `opportunity_import_rows`
 * (nothing in the bank changes), then applied in one transaction, so a failure or a killed
 * process at any point leaves the bank as it was.
 */
export const opportunityImports = pgTable(
  'opportunity_imports',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    actorKind: text('actor_kind').notNull(),
    /** queued → validating → validated → applying → applied; or failed. */
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    fileFormat: text('file_format').notNull(),
    fileSize: integer('file_size').notNull(),
    /** Where the upload waits while the import runs; removed when it ends. */
    storedPath: text('stored_path'),
    encoding: text('encoding'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    rejectedRows: integer('rejected_rows').notNull().default(0),
    newRows: integer('new_rows').notNull().default(0),
    existingRows: integer('existing_rows').notNull().default(0),
    mode: text('mode'),
    publish: boolean('publish').notNull().default(false),
    imported: integer('imported').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    /** A problem with the file as a whole (encoding, missing columns, too large): `{ code, params }`. */
    fileProblem: jsonb('file_problem').$type<{ code: string; params?: Record<string, string | number> }>(),
    createdAt: createdAtColumn(),
    updatedAt: nowColumn('updated_at'),
    finishedAt: timestampColumn('finished_at'),
  },
  (t) => [index('opportunity_imports_org_idx').on(t.organizationId, t.createdAt)],
);

/** One row of an import file after validation: the values to write, or why it was rejected. */
export const opportunityImportRows = pgTable(
  'opportunity_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => opportunityImports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    externalId: text('external_id'),
    values: jsonb('values'),
    problems:
      jsonb('problems').$type<
        Array<{ column: string | null; code: string; params?: Record<string, string | number> }>
      >(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);
