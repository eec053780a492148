import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, nowColumn, timestampColumn } from './columns.ts';

/** People who sign in. E-mail is stored lower-cased; the password as an argon2id hash. */
export const users = pgTable('users', {
  id: idColumn(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  calendar: text('calendar').notNull().default('gregorian'),
  currencyDisplay: text('currency_display').notNull().default('rial'),
  /** Platform-wide roles: `admin`, `agency-officer`. Organisation roles live in memberships. */
  platformRoles: text('platform_roles').array().notNull().default([]),
  totpSecret: text('totp_secret'),
  totpPendingSecret: text('totp_pending_secret'),
  totpLastUsedStep: integer('totp_last_used_step'),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  lockedUntil: timestampColumn('locked_until'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: createdAtColumn(),
  updatedAt: nowColumn('updated_at'),
});

/** Browser sessions. Only the sha256 of the cookie value is stored, so a database leak gives no session. */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: createdAtColumn(),
    lastSeenAt: nowColumn('last_seen_at'),
    expiresAt: timestampColumn('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Personal API tokens (`Authorization: Bearer`). Stored as sha256; `prefix` lets a user recognise one. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAtColumn(),
    lastUsedAt: timestampColumn('last_used_at'),
    revokedAt: timestampColumn('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** One-time password-reset tokens (sha256 stored), valid for a short time. */
export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAtColumn(),
  expiresAt: timestampColumn('expires_at').notNull(),
  usedAt: timestampColumn('used_at'),
});
