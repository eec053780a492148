import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { localizedTextColumn } from './columns.ts';

/** Reference data shipped in `data/` and loaded at start. `unofficial` lists locales translated by Karvan. */
export const refCountries = pgTable('ref_countries', {
  code: text('code').primaryKey(),
  name: localizedTextColumn('name').notNull(),
});

export const refProvinces = pgTable(
  'ref_provinces',
  {
    code: text('code').primaryKey(),
    country: text('country').notNull(),
    name: localizedTextColumn('name').notNull(),
    unofficial: text('unofficial').array().notNull().default([]),
  },
  (t) => [index('ref_provinces_country_idx').on(t.country)],
);

/** ISIC Rev.4: section (letter), division (2 digits), group (3), class (4). */
export const refIsic = pgTable(
  'ref_isic',
  {
    code: text('code').primaryKey(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    title: localizedTextColumn('title').notNull(),
    unofficial: text('unofficial').array().notNull().default([]),
  },
  (t) => [index('ref_isic_parent_idx').on(t.parentCode)],
);

/** HS 2022: section, chapter (2 digits), heading (4), subheading (6). */
export const refHs = pgTable(
  'ref_hs',
  {
    code: text('code').primaryKey(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    description: localizedTextColumn('description').notNull(),
    unofficial: text('unofficial').array().notNull().default([]),
  },
  (t) => [index('ref_hs_parent_idx').on(t.parentCode)],
);

export const refCommodities = pgTable('ref_commodities', {
  code: text('code').primaryKey(),
  symbol: text('symbol'),
  name: localizedTextColumn('name').notNull(),
  hs: text('hs').array().notNull().default([]),
  isic: text('isic').array().notNull().default([]),
  unofficial: text('unofficial').array().notNull().default([]),
});

export const refCurrencies = pgTable('ref_currencies', {
  code: text('code').primaryKey(),
  minorUnits: integer('minor_units').notNull(),
  name: localizedTextColumn('name').notNull(),
});
