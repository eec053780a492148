import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, nowColumn, timestampColumn } from './columns.ts';

/**
 * Append-only, hash-chained audit log (DESIGN.md decision 7). `hash` = sha256 of the previous
 * hash and this entry's canonical JSON, so editing or deleting any entry breaks the chain.
 * `seq` is assigned under a lock on `audit_chain_head`, inside the transaction of the change.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestampColumn('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorKind: text('actor_kind').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    data: jsonb('data').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId)],
);

/** One row: the last seq and hash. Locking it serialises appends across server instances. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: text('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

/** Mail that the platform sends. Without SMTP it stays here for administrators to read. */
export const outboxMessages = pgTable('outbox_messages', {
  id: idColumn(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  kind: text('kind').notNull(),
  sentVia: text('sent_via').notNull(),
  sentAt: timestampColumn('sent_at'),
  error: text('error'),
  createdAt: createdAtColumn(),
});

/** Key/value facts about this installation (e.g. the fingerprint of the loaded reference data). */
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: nowColumn('updated_at'),
});
