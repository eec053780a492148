import {
  and,
  arrayOverlaps,
  type Database,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type StoredLocalizedText,
  schema,
  sql,
} from '@karvan/db';

const n = schema.notifications;
const grants = schema.dataRoomGrants;
const folders = schema.dataRoomFolders;
const members = schema.memberships;
const users = schema.users;

/** Someone a notification goes to, with what the e-mail needs. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** What the "document added" notification names: the room's opportunity and its title. */
export interface RoomFacts {
  opportunityId: string;
  opportunityTitle: StoredLocalizedText;
}

export async function findRoomFacts(db: Database, roomId: string): Promise<RoomFacts | null> {
  const [row] = await db
    .select({ opportunityId: schema.dataRooms.opportunityId, opportunityTitle: schema.opportunities.title })
    .from(schema.dataRooms)
    .innerJoin(schema.opportunities, eq(schema.opportunities.id, schema.dataRooms.opportunityId))
    .where(eq(schema.dataRooms.id, roomId));
  return row ?? null;
}

/** Every folder of a room (binned ones too, with `deletedAt`), for walking up from one folder. */
export async function listRoomFolders(
  db: Database,
  roomId: string,
): Promise<Array<{ id: string; parentId: string | null; deletedAt: Date | null }>> {
  return db
    .select({ id: folders.id, parentId: folders.parentId, deletedAt: folders.deletedAt })
    .from(folders)
    .where(eq(folders.roomId, roomId));
}

/** Who uploaded the current version of a document (excluded from its own notification). */
export async function findCurrentUploader(db: Database, documentId: string): Promise<string | null> {
  const d = schema.dataRoomDocuments;
  const v = schema.dataRoomDocumentVersions;
  const [row] = await db
    .select({ uploadedBy: v.uploadedBy, createdBy: d.createdBy })
    .from(d)
    .leftJoin(v, and(eq(v.documentId, d.id), eq(v.version, d.currentVersion)))
    .where(eq(d.id, documentId));
  return row?.uploadedBy ?? row?.createdBy ?? null;
}

/**
 * Users a live grant of the room lets see a place: `folderIds` the place and its ancestors
 * (empty for the top level, which only whole-room grants cover). A grant to an organisation
 * reaches each of its members.
 */
export async function listGranteesCovering(
  db: Database,
  roomId: string,
  folderIds: string[],
  now: Date,
): Promise<Recipient[]> {
  const covers = folderIds.length
    ? or(isNull(grants.folderIds), arrayOverlaps(grants.folderIds, folderIds))
    : isNull(grants.folderIds);
  const live = and(
    eq(grants.roomId, roomId),
    isNull(grants.revokedAt),
    or(isNull(grants.expiresAt), sql`${grants.expiresAt} > ${now}`),
    covers,
  );
  const direct = db
    .select({ userId: grants.userId })
    .from(grants)
    .where(and(live, isNotNull(grants.userId)));
  const viaOrganization = db
    .select({ userId: members.userId })
    .from(members)
    .innerJoin(grants, eq(grants.organizationId, members.organizationId))
    .where(live);
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(or(inArray(users.id, direct), inArray(users.id, viaOrganization)));
}

export async function memberIdsOf(db: Database, organizationId: string): Promise<string[]> {
  if (!organizationId) return [];
  const rows = await db
    .select({ userId: members.userId })
    .from(members)
    .where(eq(members.organizationId, organizationId));
  return rows.map((row) => row.userId);
}

export async function findRecipients(db: Database, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, userIds));
}

export async function insertNotifications(
  db: Database,
  rows: Array<{ userId: string; kind: string; data: Record<string, unknown>; createdAt: Date }>,
): Promise<void> {
  if (rows.length) await db.insert(n).values(rows);
}

export interface NotificationRow {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

/** One page of a user's notifications, newest first, after the keyset `(createdAt, id)`. */
export async function listNotifications(
  db: Database,
  userId: string,
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<NotificationRow[]> {
  const keyset = after
    ? or(lt(n.createdAt, after.createdAt), and(eq(n.createdAt, after.createdAt), lt(n.id, after.id)))
    : undefined;
  return db
    .select({ id: n.id, kind: n.kind, data: n.data, createdAt: n.createdAt, readAt: n.readAt })
    .from(n)
    .where(and(eq(n.userId, userId), keyset))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(limit);
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(n)
    .where(and(eq(n.userId, userId), isNull(n.readAt)));
  return Number(row?.count ?? 0);
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Database, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(n)
    .set({ readAt: sql`coalesce(${n.readAt}, ${at})` })
    .where(and(eq(n.id, id), eq(n.userId, userId)))
    .returning({ id: n.id });
  return rows.length > 0;
}

export async function markAllRead(db: Database, userId: string, at: Date): Promise<void> {
  await db
    .update(n)
    .set({ readAt: at })
    .where(and(eq(n.userId, userId), isNull(n.readAt)));
}
