import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Write counters per table, bumped by a statement trigger (migration 0006) on every insert, update
 * or delete. A table's version is the sum over its shards: caches of search results are keyed by
 * it, so a write committed by any server instance invalidates them everywhere. Shards keep
 * concurrent writers (a long import, an officer publishing) from queueing on one row.
 */
export const changeCounters = pgTable(
  'change_counters',
  {
    name: text('name').notNull(),
    shard: integer('shard').notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.name, t.shard] })],
);

/**
 * Every word of the searchable texts (opportunities and organisations), normalised as indexed,
 * kept by triggers (migration 0006). A word typed with a mistake is corrected against this short
 * list through its trigram index, instead of comparing the query with every long text.
 */
export const searchWords = pgTable('search_words', {
  word: text('word').primaryKey(),
});

/**
 * Facet counts of the public bank (published opportunities), kept by statement triggers in the
 * same transaction as every change (migration 0011), so the landing page and a search by one
 * facet value read their counts instead of counting up to 100,000 rows. A row counts the
 * published opportunities that have `facet` = `value` among those with `filterFacet` =
 * `filterValue`; `filterFacet` = '' is the whole bank. A value is summed over its shards (one per
 * writing transaction, so a long import and an officer publishing rarely wait on the same row).
 */
export const opportunityFacetCounts = pgTable(
  'opportunity_facet_counts',
  {
    filterFacet: text('filter_facet').notNull(),
    filterValue: text('filter_value').notNull(),
    facet: text('facet').notNull(),
    value: text('value').notNull(),
    shard: integer('shard').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.filterFacet, t.filterValue, t.facet, t.value, t.shard] })],
);
