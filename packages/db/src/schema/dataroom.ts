import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { createdAtColumn, idColumn, localizedTextColumn, nowColumn, timestampColumn } from './columns.ts';
import { opportunities } from './opportunities.ts';
import { organizations } from './organizations.ts';

/**
 * A file's bytes, once, by content (DESIGN.md decision 2): the file store keeps them under their
 * sha256. A row is written in the same transaction as the first document version that uses it,
 * so a blob on disk without a row is an unfinished upload and is removed at the next start.
 */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  /** Sniffed from the content, never taken from the name or the browser. */
  mediaType: text('media_type').notNull(),
  createdAt: createdAtColumn(),
});

/** One data room per opportunity, with its NDA text and its size limit. */
export const dataRooms = pgTable('data_rooms', {
  id: idColumn(),
  opportunityId: uuid('opportunity_id')
    .notNull()
    .unique()
    .references(() => opportunities.id, { onDelete: 'cascade' }),
  /** The NDA a grantee accepts when a grant requires it, in fa/ar/zh/en. */
  ndaText: localizedTextColumn('nda_text').notNull().default({}),
  /** Bumped whenever the NDA text changes: an acceptance holds for the revision it was given for. */
  ndaRevision: integer('nda_revision').notNull().default(1),
  maxBytes: bigint('max_bytes', { mode: 'number' }).notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAtColumn(),
});

/**
 * Folders. `position` is given once, as one more than the highest position ever used among the
 * siblings (deleted ones included), so index numbers such as 1.2 never shift when something else
 * is added, moved away or deleted. `deletedAt` puts a folder (and what is in it) in the bin.
 */
export const dataRoomFolders = pgTable(
  'data_room_folders',
  {
    id: idColumn(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    deletedAt: timestampColumn('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('data_room_folders_parent_idx').on(t.roomId, t.parentId)],
);

/** Documents: a name in a folder (or the room's top level) and a pointer to the current version. */
export const dataRoomDocuments = pgTable(
  'data_room_documents',
  {
    id: idColumn(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    folderId: uuid('folder_id').references(() => dataRoomFolders.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    currentVersion: integer('current_version').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    updatedAt: nowColumn('updated_at'),
    deletedAt: timestampColumn('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('data_room_documents_folder_idx').on(t.roomId, t.folderId)],
);

/** Every version of a document, never changed after it is written (the history a replace keeps). */
export const dataRoomDocumentVersions = pgTable(
  'data_room_document_versions',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => dataRoomDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    /** The uploader's file name, cleaned of control and bidi-override characters and path parts. */
    fileName: text('file_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    /** How it can be shown: `pdf`, `image`, `office` (needs a converter) or `download` only. */
    viewKind: text('view_kind').notNull(),
    /** Pages a viewer can open (PDF pages; 1 for an image); null when it cannot be viewed. */
    pageCount: integer('page_count'),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] })],
);

/**
 * Text of each page of a version, normalised with the opportunity bank's normalisation
 * (`@karvan/domain/text`) for search inside documents. `search_vector` is added by migration 0009.
 */
export const dataRoomPageTexts = pgTable(
  'data_room_page_texts',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => dataRoomDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    page: integer('page').notNull(),
    /** The page's text as extracted, for snippets. */
    text: text('text').notNull(),
    /** Normalised, segmented text that the search vector is built from. */
    searchText: text('search_text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version, t.page] })],
);

/**
 * Access to a room for one organisation or one user: to the whole room (`folderIds` null) or to
 * chosen folders and what is under them, at `view`, `download` or `download-original`, until an
 * optional expiry, behind the room's NDA when `ndaRequired`. Revoking sets `revokedAt`; the row
 * stays so the activity and audit can name the grant.
 */
export const dataRoomGrants = pgTable(
  'data_room_grants',
  {
    id: idColumn(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    folderIds: uuid('folder_ids').array(),
    expiresAt: timestampColumn('expires_at'),
    ndaRequired: boolean('nda_required').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    revokedAt: timestampColumn('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('data_room_grants_room_idx').on(t.roomId),
    index('data_room_grants_user_idx').on(t.userId),
    index('data_room_grants_org_idx').on(t.organizationId),
    check('data_room_grants_one_grantee', sql`(${t.organizationId} is null) <> (${t.userId} is null)`),
  ],
);

/** A user's acceptance of a room's NDA, for the revision they were shown. */
export const dataRoomNdaAcceptances = pgTable(
  'data_room_nda_acceptances',
  {
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ndaRevision: integer('nda_revision').notNull(),
    /** The language the text was shown in. */
    locale: text('locale').notNull(),
    acceptedAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId, t.ndaRevision] })],
);

/**
 * What grantees did: `open` (a document), `page` (one page shown, with the seconds it stayed
 * on screen once the viewer reports them), `download` (watermarked copy), `download-original`.
 */
export const dataRoomActivity = pgTable(
  'data_room_activity',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').references(() => dataRoomDocuments.id, { onDelete: 'cascade' }),
    version: integer('version'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    page: integer('page'),
    /** Milliseconds the page stayed on screen, reported by the viewer when it leaves the page. */
    durationMs: integer('duration_ms'),
    at: nowColumn('at'),
  },
  (t) => [
    index('data_room_activity_room_idx').on(t.roomId, t.at),
    index('data_room_activity_user_idx').on(t.userId),
  ],
);

/**
 * Q&A. A question about a document or a folder (or the room), private to the asking
 * organisation until the owner publishes the answer to every grantee who can see its subject.
 */
export const dataRoomQuestions = pgTable(
  'data_room_questions',
  {
    id: idColumn(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => dataRooms.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').references(() => dataRoomDocuments.id, { onDelete: 'cascade' }),
    folderId: uuid('folder_id').references(() => dataRoomFolders.id, { onDelete: 'cascade' }),
    askedBy: uuid('asked_by').references(() => users.id, { onDelete: 'set null' }),
    /** The organisation the asker asked for (null for a user granted personally). */
    askedForOrganizationId: uuid('asked_for_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    question: text('question').notNull(),
    /** An owner-side colleague the question was routed to. */
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestampColumn('answered_at'),
    isPublished: boolean('is_published').notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [index('data_room_questions_room_idx').on(t.roomId, t.createdAt)],
);

/** In-app notifications (also mailed when SMTP is configured). `data` holds ids and names to show. */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAtColumn(),
    readAt: timestampColumn('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
