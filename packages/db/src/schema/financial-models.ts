import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { createdAtColumn, idColumn, nowColumn, timestampColumn } from './columns.ts';
import { opportunities } from './opportunities.ts';

/**
 * A financial model of an opportunity: a name, who may read it (`owners`, `investors`) and a
 * pointer to its newest version. Deleting sets `deletedAt` (soft delete): the versions stay, so an
 * audit entry about a model can always be followed to what it said. `latestVersion` is changed
 * only under a row lock, so two saves cannot both become version N+1.
 */
export const financialModels = pgTable(
  'financial_models',
  {
    id: idColumn(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    visibility: text('visibility').notNull(),
    latestVersion: integer('latest_version').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: nowColumn('updated_at'),
    deletedAt: timestampColumn('deleted_at'),
  },
  (t) => [index('financial_models_opportunity_idx').on(t.opportunityId, t.updatedAt)],
);

/**
 * Every saved version of a model, never changed after it is written. `document` is the model as
 * validated by `@karvan/domain/finance` (defaults filled in), so versions compare field by field.
 */
export const financialModelVersions = pgTable(
  'financial_model_versions',
  {
    modelId: uuid('model_id')
      .notNull()
      .references(() => financialModels.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.version] })],
);
