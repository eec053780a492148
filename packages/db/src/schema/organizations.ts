import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { createdAtColumn, idColumn, localizedTextColumn, nowColumn, timestampColumn } from './columns.ts';

/** Companies, associations, agencies, investors and industrial-park operators. */
export const organizations = pgTable(
  'organizations',
  {
    id: idColumn(),
    slug: text('slug').notNull().unique(),
    name: localizedTextColumn('name').notNull(),
    description: localizedTextColumn('description').notNull().default({}),
    kind: text('kind').notNull(),
    country: text('country').notNull(),
    province: text('province'),
    /** Normalised, segmented text of all names (see @karvan/domain/text), for full-text and trigram search. */
    searchText: text('search_text').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAtColumn(),
    updatedAt: nowColumn('updated_at'),
  },
  (t) => [
    index('organizations_country_idx').on(t.country, t.province),
    index('organizations_kind_idx').on(t.kind),
  ],
);

/** Who belongs to which organisation, with the role in it (`owner`, `member`). */
export const memberships = pgTable(
  'memberships',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

/** Invitations by e-mail. The invitee accepts after signing in with that e-mail. */
export const invitations = pgTable(
  'invitations',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    expiresAt: timestampColumn('expires_at').notNull(),
    acceptedAt: timestampColumn('accepted_at'),
    closedAt: timestampColumn('closed_at'),
  },
  (t) => [index('invitations_email_idx').on(t.email), index('invitations_org_idx').on(t.organizationId)],
);
