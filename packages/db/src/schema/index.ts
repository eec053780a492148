// The whole schema, one file per capability. drizzle-kit reads this file to generate migrations.
export * from './accounts.ts';
export type { StoredLocalizedText } from './columns.ts';
export * from './dataroom.ts';
export * from './financial-models.ts';
export * from './opportunities.ts';
export * from './organizations.ts';
export * from './platform.ts';
export * from './reference.ts';
export * from './search.ts';
