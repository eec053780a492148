// @karvan/db: the schema, connect() and migrations. The server's repositories import the ORM's
// query helpers from here too, so that one copy of drizzle-orm serves the whole repository.

export type { SQL } from 'drizzle-orm';
export {
  and,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  not,
  or,
  sql,
} from 'drizzle-orm';
export * from './connect.ts';
export * from './data-dir-lock.ts';
export * from './maintenance.ts';
export type { StoredLocalizedText } from './schema/index.ts';
export * as schema from './schema/index.ts';
