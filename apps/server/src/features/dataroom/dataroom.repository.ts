import {
  and,
  type Database,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  type StoredLocalizedText,
  schema,
  sql,
} from '@karvan/db';
import type { GrantLevel } from '@karvan/domain/dataroom';

const rooms = schema.dataRooms;
const folders = schema.dataRoomFolders;
const documents = schema.dataRoomDocuments;
const versions = schema.dataRoomDocumentVersions;
const pageTexts = schema.dataRoomPageTexts;
const storedFiles = schema.storedFiles;
const grants = schema.dataRoomGrants;
const users = schema.users;

// ——— rooms ———

/** Inserts the room; null when the opportunity already has one (the unique key decides, not a read). */
export async function insertRoom(
  db: Database,
  values: {
    opportunityId: string;
    ndaText: StoredLocalizedText;
    maxBytes: number;
    userId: string | null;
    at: Date;
  },
): Promise<string | null> {
  const [row] = await db
    .insert(rooms)
    .values({
      opportunityId: values.opportunityId,
      ndaText: values.ndaText,
      maxBytes: values.maxBytes,
      createdBy: values.userId,
      createdAt: values.at,
    })
    .onConflictDoNothing({ target: rooms.opportunityId })
    .returning({ id: rooms.id });
  return row?.id ?? null;
}

/**
 * Locks the room row for the rest of the transaction: changes to one room's tree (positions,
 * folder paths made by uploads, the size check) happen one at a time.
 */
export async function lockRoom(
  db: Database,
  roomId: string,
): Promise<{ ndaText: StoredLocalizedText; ndaRevision: number; maxBytes: number } | null> {
  const [row] = await db
    .select({ ndaText: rooms.ndaText, ndaRevision: rooms.ndaRevision, maxBytes: rooms.maxBytes })
    .from(rooms)
    .where(eq(rooms.id, roomId))
    .for('update');
  return row ?? null;
}

export async function updateRoomNda(
  db: Database,
  roomId: string,
  values: { ndaText: StoredLocalizedText; ndaRevision: number },
): Promise<void> {
  await db.update(rooms).set(values).where(eq(rooms.id, roomId));
}

export async function insertNdaAcceptance(
  db: Database,
  values: { roomId: string; userId: string; ndaRevision: number; locale: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .insert(schema.dataRoomNdaAcceptances)
    .values({ ...values, acceptedAt: values.at })
    .onConflictDoNothing()
    .returning({ roomId: schema.dataRoomNdaAcceptances.roomId });
  return rows.length > 0;
}

/** Bytes the room holds: each distinct file once, versions in the bin included until purged. */
export async function usedBytes(db: Database, roomId: string): Promise<number> {
  const inRoom = db
    .select({ sha256: versions.sha256 })
    .from(versions)
    .innerJoin(documents, eq(documents.id, versions.documentId))
    .where(eq(documents.roomId, roomId));
  const [row] = await db
    .select({ used: sql<string | number | null>`coalesce(sum(${storedFiles.size}), 0)` })
    .from(storedFiles)
    .where(inArray(storedFiles.sha256, inRoom));
  return Number(row?.used ?? 0);
}

export async function isFileInRoom(db: Database, roomId: string, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ sha256: versions.sha256 })
    .from(versions)
    .innerJoin(documents, eq(documents.id, versions.documentId))
    .where(and(eq(documents.roomId, roomId), eq(versions.sha256, sha256)))
    .limit(1);
  return Boolean(row);
}

// ——— folders ———

export interface FolderRow {
  id: string;
  roomId: string;
  parentId: string | null;
  name: string;
  position: number;
  deletedAt: Date | null;
}

const folderColumns = {
  id: folders.id,
  roomId: folders.roomId,
  parentId: folders.parentId,
  name: folders.name,
  position: folders.position,
  deletedAt: folders.deletedAt,
};

/** A folder in any state (live, binned, under a binned folder), or null. */
export async function findFolder(db: Database, folderId: string): Promise<FolderRow | null> {
  const [row] = await db.select(folderColumns).from(folders).where(eq(folders.id, folderId));
  return row ?? null;
}

/**
 * Highest position ever handed out under a parent: folders and documents share the sequence,
 * and binned items count too, so a position is never given twice (stable index numbers).
 */
export async function usedPositions(
  db: Database,
  roomId: string,
  parentId: string | null,
): Promise<number[]> {
  const folderParent = parentId === null ? isNull(folders.parentId) : eq(folders.parentId, parentId);
  const documentParent = parentId === null ? isNull(documents.folderId) : eq(documents.folderId, parentId);
  const [f] = await db
    .select({ max: sql<number | null>`max(${folders.position})` })
    .from(folders)
    .where(and(eq(folders.roomId, roomId), folderParent));
  const [d] = await db
    .select({ max: sql<number | null>`max(${documents.position})` })
    .from(documents)
    .where(and(eq(documents.roomId, roomId), documentParent));
  return [Number(f?.max ?? 0), Number(d?.max ?? 0)];
}

export async function insertFolder(
  db: Database,
  values: {
    roomId: string;
    parentId: string | null;
    name: string;
    position: number;
    userId: string | null;
    at: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(folders)
    .values({
      roomId: values.roomId,
      parentId: values.parentId,
      name: values.name,
      position: values.position,
      createdBy: values.userId,
      createdAt: values.at,
    })
    .returning({ id: folders.id });
  return row!.id;
}

export async function updateFolder(
  db: Database,
  folderId: string,
  values: Partial<{
    name: string;
    parentId: string | null;
    position: number;
    deletedAt: Date | null;
    deletedBy: string | null;
  }>,
): Promise<void> {
  await db.update(folders).set(values).where(eq(folders.id, folderId));
}

// ——— documents ———

export interface DocumentRow {
  id: string;
  roomId: string;
  folderId: string | null;
  name: string;
  position: number;
  currentVersion: number;
  deletedAt: Date | null;
}

/** A document in any state, without its version, or null. */
export async function findDocumentRow(db: Database, documentId: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select({
      id: documents.id,
      roomId: documents.roomId,
      folderId: documents.folderId,
      name: documents.name,
      position: documents.position,
      currentVersion: documents.currentVersion,
      deletedAt: documents.deletedAt,
    })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row ?? null;
}

/** Locks a document row (new versions of one document are numbered one at a time). */
export async function lockDocument(db: Database, documentId: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select({
      id: documents.id,
      roomId: documents.roomId,
      folderId: documents.folderId,
      name: documents.name,
      position: documents.position,
      currentVersion: documents.currentVersion,
      deletedAt: documents.deletedAt,
    })
    .from(documents)
    .where(eq(documents.id, documentId))
    .for('update');
  return row ?? null;
}

export async function insertDocument(
  db: Database,
  values: {
    roomId: string;
    folderId: string | null;
    name: string;
    position: number;
    userId: string | null;
    at: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(documents)
    .values({
      roomId: values.roomId,
      folderId: values.folderId,
      name: values.name,
      position: values.position,
      currentVersion: 1,
      createdBy: values.userId,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .returning({ id: documents.id });
  return row!.id;
}

export async function updateDocument(
  db: Database,
  documentId: string,
  values: Partial<{
    name: string;
    folderId: string | null;
    position: number;
    currentVersion: number;
    updatedAt: Date;
    deletedAt: Date | null;
    deletedBy: string | null;
  }>,
): Promise<void> {
  await db.update(documents).set(values).where(eq(documents.id, documentId));
}

/** Records the bytes' row; a file already known (same content) keeps its first row. */
export async function insertStoredFile(
  db: Database,
  values: { sha256: string; size: number; mediaType: string; at: Date },
): Promise<void> {
  await db
    .insert(storedFiles)
    .values({ sha256: values.sha256, size: values.size, mediaType: values.mediaType, createdAt: values.at })
    .onConflictDoNothing({ target: storedFiles.sha256 });
}

export interface NewVersion {
  documentId: string;
  version: number;
  sha256: string;
  fileName: string;
  size: number;
  mediaType: string;
  viewKind: string;
  pageCount: number | null;
  userId: string | null;
  at: Date;
}

export async function insertVersion(db: Database, values: NewVersion): Promise<void> {
  const { userId, at, ...rest } = values;
  await db.insert(versions).values({ ...rest, uploadedBy: userId, uploadedAt: at });
}

/** Page texts in chunks, so a long document does not build one enormous statement. */
export async function insertPageTexts(
  db: Database,
  documentId: string,
  version: number,
  pages: Array<{ page: number; text: string; searchText: string }>,
): Promise<void> {
  for (let start = 0; start < pages.length; start += 200) {
    const chunk = pages.slice(start, start + 200).map((page) => ({ documentId, version, ...page }));
    if (chunk.length > 0) await db.insert(pageTexts).values(chunk);
  }
}

export interface VersionHeader {
  version: number;
  fileName: string;
  size: number;
  mediaType: string;
  uploadedAt: Date;
  uploadedByName: string | null;
}

/** Every version of a document, newest first. */
export async function listVersions(db: Database, documentId: string): Promise<VersionHeader[]> {
  return db
    .select({
      version: versions.version,
      fileName: versions.fileName,
      size: versions.size,
      mediaType: versions.mediaType,
      uploadedAt: versions.uploadedAt,
      uploadedByName: users.name,
    })
    .from(versions)
    .leftJoin(users, eq(users.id, versions.uploadedBy))
    .where(eq(versions.documentId, documentId))
    .orderBy(desc(versions.version));
}

// ——— bin ———

export interface BinRows {
  folders: Array<{ id: string; name: string; deletedAt: Date; deletedByName: string | null }>;
  documents: Array<{
    id: string;
    name: string;
    fileName: string;
    deletedAt: Date;
    deletedByName: string | null;
  }>;
}

/** What was put in the bin itself (contents of a binned folder come back with their folder). */
export async function listBin(db: Database, roomId: string): Promise<BinRows> {
  const binnedFolders = await db
    .select({ id: folders.id, name: folders.name, deletedAt: folders.deletedAt, deletedByName: users.name })
    .from(folders)
    .leftJoin(users, eq(users.id, folders.deletedBy))
    .where(and(eq(folders.roomId, roomId), isNotNull(folders.deletedAt)))
    .orderBy(desc(folders.deletedAt));
  const binnedDocuments = await db
    .select({
      id: documents.id,
      name: documents.name,
      fileName: versions.fileName,
      deletedAt: documents.deletedAt,
      deletedByName: users.name,
    })
    .from(documents)
    .innerJoin(
      versions,
      and(eq(versions.documentId, documents.id), eq(versions.version, documents.currentVersion)),
    )
    .leftJoin(users, eq(users.id, documents.deletedBy))
    .where(and(eq(documents.roomId, roomId), isNotNull(documents.deletedAt)))
    .orderBy(desc(documents.deletedAt));
  return {
    folders: binnedFolders.map((row) => ({ ...row, deletedAt: row.deletedAt! })),
    documents: binnedDocuments.map((row) => ({ ...row, deletedAt: row.deletedAt! })),
  };
}

/** Files the given documents' versions use (what a purge may leave unreferenced). */
export async function filesOfDocuments(db: Database, documentIds: string[]): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ sha256: versions.sha256 })
    .from(versions)
    .where(inArray(versions.documentId, documentIds));
  return rows.map((row) => row.sha256);
}

/** Ids of documents in any of these folders, in any state. */
export async function documentIdsInFolders(db: Database, folderIds: string[]): Promise<string[]> {
  if (folderIds.length === 0) return [];
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(inArray(documents.folderId, folderIds));
  return rows.map((row) => row.id);
}

/** Deletes documents for good; versions and page texts go with them (foreign keys cascade). */
export async function deleteDocuments(db: Database, documentIds: string[]): Promise<void> {
  if (documentIds.length > 0) await db.delete(documents).where(inArray(documents.id, documentIds));
}

export async function deleteFolders(db: Database, folderIds: string[]): Promise<void> {
  if (folderIds.length > 0) await db.delete(folders).where(inArray(folders.id, folderIds));
}

/** Every folder of the room in any state (for walking a subtree that is in the bin). */
export async function listAllFolders(db: Database, roomId: string): Promise<FolderRow[]> {
  return db.select(folderColumns).from(folders).where(eq(folders.roomId, roomId));
}

// ——— stored files ———

/**
 * Serialises work on one file address across connections and instances for the rest of the
 * transaction: an upload adding a reference and a purge removing the last one never interleave.
 */
export async function lockFileAddress(db: Database, sha256: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${`x${sha256.slice(0, 15)}`}::bit(60)::bigint)`);
}

/** Drops the file's row when no version uses it any more; true when it did (remove the bytes then). */
export async function dropFileIfUnused(db: Database, sha256: string): Promise<boolean> {
  const [used] = await db
    .select({ v: versions.version })
    .from(versions)
    .where(eq(versions.sha256, sha256))
    .limit(1);
  if (used) return false;
  await db.delete(storedFiles).where(eq(storedFiles.sha256, sha256));
  return true;
}

/** Which of these addresses have a `stored_files` row (the start-up sweep keeps those). */
export async function knownFiles(db: Database, sha256s: string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const rows = await db
    .select({ sha256: storedFiles.sha256 })
    .from(storedFiles)
    .where(inArray(storedFiles.sha256, sha256s));
  return new Set(rows.map((row) => row.sha256));
}

// ——— grants ———

export interface GrantRow {
  id: string;
  organizationId: string | null;
  organizationName: StoredLocalizedText | null;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  level: GrantLevel;
  folderIds: string[] | null;
  expiresAt: Date | null;
  ndaRequired: boolean;
  createdAt: Date;
  createdByName: string | null;
  revokedAt: Date | null;
}

/** Grants of a room with their grantees' and creators' names, newest first. */
export async function listGrants(db: Database, roomId: string, grantId?: string): Promise<GrantRow[]> {
  const rows = await db
    .select({
      id: grants.id,
      organizationId: grants.organizationId,
      organizationName: schema.organizations.name,
      userId: grants.userId,
      userName: users.name,
      userEmail: users.email,
      level: grants.level,
      folderIds: grants.folderIds,
      expiresAt: grants.expiresAt,
      ndaRequired: grants.ndaRequired,
      createdAt: grants.createdAt,
      createdByName: sql<string | null>`(select u.name from ${users} u where u.id = ${grants.createdBy})`,
      revokedAt: grants.revokedAt,
    })
    .from(grants)
    .leftJoin(schema.organizations, eq(schema.organizations.id, grants.organizationId))
    .leftJoin(users, eq(users.id, grants.userId))
    .where(grantId ? and(eq(grants.roomId, roomId), eq(grants.id, grantId)) : eq(grants.roomId, roomId))
    .orderBy(desc(grants.createdAt), grants.id);
  return rows.map((row) => ({ ...row, level: row.level as GrantLevel }));
}

export async function insertGrant(
  db: Database,
  values: {
    roomId: string;
    organizationId: string | null;
    userId: string | null;
    level: GrantLevel;
    folderIds: string[] | null;
    expiresAt: Date | null;
    ndaRequired: boolean;
    createdBy: string | null;
    at: Date;
  },
): Promise<string> {
  const { at, ...rest } = values;
  const [row] = await db
    .insert(grants)
    .values({ ...rest, createdAt: at })
    .returning({ id: grants.id });
  return row!.id;
}

/** Revokes a live grant; false when it is not in the room or was revoked already. */
export async function revokeGrant(
  db: Database,
  roomId: string,
  grantId: string,
  values: { at: Date; userId: string | null },
): Promise<boolean> {
  const rows = await db
    .update(grants)
    .set({ revokedAt: values.at, revokedBy: values.userId })
    .where(and(eq(grants.roomId, roomId), eq(grants.id, grantId), isNull(grants.revokedAt)))
    .returning({ id: grants.id });
  return rows.length > 0;
}

export async function grantExists(db: Database, roomId: string, grantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: grants.id })
    .from(grants)
    .where(and(eq(grants.roomId, roomId), eq(grants.id, grantId)));
  return Boolean(row);
}

export async function organizationExists(db: Database, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId));
  return Boolean(row);
}

/** Users who belong to an organisation (to notify them of a grant). */
export async function memberIdsOf(db: Database, organizationId: string): Promise<string[]> {
  const m = schema.memberships;
  const rows = await db.select({ id: m.userId }).from(m).where(eq(m.organizationId, organizationId));
  return rows.map((row) => row.id);
}
