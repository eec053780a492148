import { and, type Database, eq, inArray, isNull, or, type StoredLocalizedText, schema } from '@karvan/db';
import type { GrantFacts, GrantLevel } from '@karvan/domain/dataroom';
import { isUuid } from '../../platform/ids.ts';

const rooms = schema.dataRooms;
const folders = schema.dataRoomFolders;
const documents = schema.dataRoomDocuments;
const versions = schema.dataRoomDocumentVersions;
const grants = schema.dataRoomGrants;

/** A room with what its access rules need: the owner organisation of its opportunity. */
export interface RoomRow {
  id: string;
  opportunityId: string;
  organizationId: string;
  opportunityTitle: StoredLocalizedText;
  ndaText: StoredLocalizedText;
  ndaRevision: number;
  maxBytes: number;
}

export interface FolderRecord {
  id: string;
  roomId: string;
  parentId: string | null;
  name: string;
  position: number;
  deletedAt: Date | null;
}

export type ViewKind = 'pdf' | 'image' | 'office' | 'download';

export interface DocumentRecord {
  id: string;
  roomId: string;
  folderId: string | null;
  name: string;
  position: number;
  currentVersion: number;
  updatedAt: Date;
  deletedAt: Date | null;
  version: {
    version: number;
    sha256: string;
    fileName: string;
    size: number;
    mediaType: string;
    viewKind: ViewKind;
    pageCount: number | null;
  };
}

const roomColumns = {
  id: rooms.id,
  opportunityId: rooms.opportunityId,
  organizationId: schema.opportunities.organizationId,
  opportunityTitle: schema.opportunities.title,
  ndaText: rooms.ndaText,
  ndaRevision: rooms.ndaRevision,
  maxBytes: rooms.maxBytes,
};

const selectRooms = (db: Database) =>
  db
    .select(roomColumns)
    .from(rooms)
    .innerJoin(schema.opportunities, eq(schema.opportunities.id, rooms.opportunityId));

export async function findRoomByOpportunity(db: Database, opportunityId: string): Promise<RoomRow | null> {
  const [row] = await selectRooms(db).where(eq(rooms.opportunityId, opportunityId));
  return (row as RoomRow | undefined) ?? null;
}

export async function findRoomById(db: Database, roomId: string): Promise<RoomRow | null> {
  const [row] = await selectRooms(db).where(eq(rooms.id, roomId));
  return (row as RoomRow | undefined) ?? null;
}

/** Every folder of the room, binned ones included (the caller keeps the live tree). */
export async function listFolders(db: Database, roomId: string): Promise<FolderRecord[]> {
  return db
    .select({
      id: folders.id,
      roomId: folders.roomId,
      parentId: folders.parentId,
      name: folders.name,
      position: folders.position,
      deletedAt: folders.deletedAt,
    })
    .from(folders)
    .where(eq(folders.roomId, roomId));
}

const documentColumns = {
  id: documents.id,
  roomId: documents.roomId,
  folderId: documents.folderId,
  name: documents.name,
  position: documents.position,
  currentVersion: documents.currentVersion,
  updatedAt: documents.updatedAt,
  deletedAt: documents.deletedAt,
  version: {
    version: versions.version,
    sha256: versions.sha256,
    fileName: versions.fileName,
    size: versions.size,
    mediaType: versions.mediaType,
    viewKind: versions.viewKind,
    pageCount: versions.pageCount,
  },
};

const selectDocuments = (db: Database) =>
  db
    .select(documentColumns)
    .from(documents)
    .innerJoin(
      versions,
      and(eq(versions.documentId, documents.id), eq(versions.version, documents.currentVersion)),
    );

/** A document with its current version, or null (a malformed id is simply not found). */
export async function findDocument(db: Database, documentId: string): Promise<DocumentRecord | null> {
  if (!isUuid(documentId)) return null;
  const [row] = await selectDocuments(db).where(eq(documents.id, documentId));
  return (row as DocumentRecord | undefined) ?? null;
}

/** Documents of a room with their current versions; binned ones only when asked. */
export async function listDocuments(
  db: Database,
  roomId: string,
  options: { includeBinned: boolean },
): Promise<DocumentRecord[]> {
  const where = options.includeBinned
    ? eq(documents.roomId, roomId)
    : and(eq(documents.roomId, roomId), isNull(documents.deletedAt));
  return (await selectDocuments(db).where(where)) as DocumentRecord[];
}

/** Grants of the room that name the user or one of the organisations. */
export async function grantsFor(
  db: Database,
  roomId: string,
  userId: string,
  organizationIds: string[],
): Promise<GrantFacts[]> {
  const grantee =
    organizationIds.length > 0
      ? or(eq(grants.userId, userId), inArray(grants.organizationId, organizationIds))
      : eq(grants.userId, userId);
  const rows = await db
    .select({
      id: grants.id,
      level: grants.level,
      folderIds: grants.folderIds,
      expiresAt: grants.expiresAt,
      revokedAt: grants.revokedAt,
      ndaRequired: grants.ndaRequired,
      organizationId: grants.organizationId,
      userId: grants.userId,
    })
    .from(grants)
    .where(and(eq(grants.roomId, roomId), grantee));
  return rows.map((row) => ({ ...row, level: row.level as GrantLevel }));
}

export async function hasAcceptedNda(db: Database, roomId: string, userId: string, revision: number) {
  const a = schema.dataRoomNdaAcceptances;
  const [row] = await db
    .select({ at: a.acceptedAt })
    .from(a)
    .where(and(eq(a.roomId, roomId), eq(a.userId, userId), eq(a.ndaRevision, revision)));
  return Boolean(row);
}

export interface UserFacts {
  id: string;
  name: string;
  email: string;
  locale: string;
}

export async function findUser(
  db: Database,
  by: { id: string } | { email: string },
): Promise<UserFacts | null> {
  const u = schema.users;
  const where = 'id' in by ? eq(u.id, by.id) : eq(u.email, by.email.trim().toLowerCase());
  const [row] = await db
    .select({ id: u.id, name: u.name, email: u.email, locale: u.locale })
    .from(u)
    .where(where);
  return row ?? null;
}

export async function organizationNames(db: Database, ids: string[]): Promise<StoredLocalizedText[]> {
  if (ids.length === 0) return [];
  const o = schema.organizations;
  const rows = await db.select({ name: o.name }).from(o).where(inArray(o.id, ids)).orderBy(o.slug);
  return rows.map((row) => row.name);
}
