import {
  and,
  type Database,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  or,
  rowsOf,
  type SQL,
  type StoredLocalizedText,
  schema,
  sql,
} from '@karvan/db';

// Queries of the reading side of the data room: activity, search inside documents and Q&A.
// Rooms, folders, documents and grants are read through room-access.repository.ts.

const activity = schema.dataRoomActivity;
const documents = schema.dataRoomDocuments;
const folders = schema.dataRoomFolders;
const pageTexts = schema.dataRoomPageTexts;
const questions = schema.dataRoomQuestions;
const users = schema.users;

export type ActivityAction = 'open' | 'page' | 'download' | 'download-original';

export interface ActivityInput {
  roomId: string;
  documentId: string;
  version: number;
  userId: string;
  action: ActivityAction;
  page: number | null;
  at: Date;
}

export async function insertActivity(db: Database, input: ActivityInput): Promise<void> {
  await db.insert(activity).values(input);
}

/**
 * Adds `ms` to the newest `page` row of this user, document and page (the one the viewer is
 * reporting on); nothing happens when there is none.
 */
export async function addPageTime(
  db: Database,
  where: { documentId: string; userId: string; page: number },
  ms: number,
): Promise<void> {
  const newest = db
    .select({ id: activity.id })
    .from(activity)
    .where(
      and(
        eq(activity.documentId, where.documentId),
        eq(activity.userId, where.userId),
        eq(activity.page, where.page),
        eq(activity.action, 'page'),
      ),
    )
    .orderBy(desc(activity.at), desc(activity.id))
    .limit(1);
  await db
    .update(activity)
    .set({ durationMs: sql`least(coalesce(${activity.durationMs}, 0)::bigint + ${ms}, 2147483647)::int` })
    .where(inArray(activity.id, newest));
}

export interface ActivityFilter {
  userId?: string | undefined;
  documentId?: string | undefined;
  action?: ActivityAction | undefined;
}

export interface ActivityRow {
  id: number;
  at: Date;
  action: string;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  documentId: string | null;
  documentName: string | null;
  version: number | null;
  page: number | null;
  durationMs: number | null;
}

/** One page of a room's activity, newest first, after the keyset `(at, id)`. */
export async function listActivity(
  db: Database,
  roomId: string,
  filter: ActivityFilter,
  after: { at: Date; id: number } | null,
  limit: number,
): Promise<ActivityRow[]> {
  const conditions: Array<SQL | undefined> = [eq(activity.roomId, roomId)];
  if (filter.userId) conditions.push(eq(activity.userId, filter.userId));
  if (filter.documentId) conditions.push(eq(activity.documentId, filter.documentId));
  if (filter.action) conditions.push(eq(activity.action, filter.action));
  if (after)
    conditions.push(or(lt(activity.at, after.at), and(eq(activity.at, after.at), lt(activity.id, after.id))));
  return db
    .select({
      id: activity.id,
      at: activity.at,
      action: activity.action,
      userId: activity.userId,
      userName: users.name,
      userEmail: users.email,
      documentId: activity.documentId,
      documentName: documents.name,
      version: activity.version,
      page: activity.page,
      durationMs: activity.durationMs,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.userId))
    .leftJoin(documents, eq(documents.id, activity.documentId))
    .where(and(...conditions))
    .orderBy(desc(activity.at), desc(activity.id))
    .limit(limit);
}

/**
 * For each user, the organisations through which a grant of the room (live or not) reached
 * them: what the activity log names beside the person.
 */
export async function grantOrganizationsOfUsers(
  db: Database,
  roomId: string,
  userIds: string[],
): Promise<Array<{ userId: string; name: StoredLocalizedText }>> {
  if (userIds.length === 0) return [];
  const m = schema.memberships;
  const g = schema.dataRoomGrants;
  const o = schema.organizations;
  return db
    .selectDistinct({ userId: m.userId, name: o.name, slug: o.slug })
    .from(m)
    .innerJoin(g, and(eq(g.organizationId, m.organizationId), eq(g.roomId, roomId)))
    .innerJoin(o, eq(o.id, m.organizationId))
    .where(inArray(m.userId, userIds))
    .orderBy(o.slug);
}

/** Where a search may look: live documents in these folders, and at the top level when allowed. */
export interface SearchScope {
  roomId: string;
  folderIds: string[];
  includeTopLevel: boolean;
}

export interface PageHit {
  documentId: string;
  page: number;
  text: string;
}

/**
 * Pages of the current versions of live documents in scope whose stored vector matches the
 * normalised query (`plainto_tsquery('simple', …)`, as the opportunity search), best first.
 */
export async function searchPages(
  db: Database,
  scope: SearchScope,
  searchText: string,
  limit: number,
): Promise<PageHit[]> {
  const places: SQL[] = [];
  if (scope.folderIds.length) places.push(inArray(documents.folderId, scope.folderIds));
  if (scope.includeTopLevel) places.push(isNull(documents.folderId));
  if (places.length === 0) return [];
  const query = sql`plainto_tsquery('simple', ${searchText})`;
  // No table aliases: the conditions above name the tables in full.
  const result = await db.execute<{ document_id: string; page: number; text: string }>(sql`
    select ${pageTexts.documentId} as document_id, ${pageTexts.page} as page, ${pageTexts.text} as text
    from ${pageTexts}
    join ${documents} on ${documents.id} = ${pageTexts.documentId}
      and ${documents.currentVersion} = ${pageTexts.version}
    where ${documents.roomId} = ${scope.roomId} and ${documents.deletedAt} is null and (${or(...places)})
      and ${pageTexts}.search_vector @@ ${query}
    order by ts_rank(${pageTexts}.search_vector, ${query}) desc, ${documents.name}, ${pageTexts.page}
    limit ${limit}`);
  return rowsOf<{ document_id: string; page: number; text: string }>(result).map((row) => ({
    documentId: row.document_id,
    page: Number(row.page),
    text: row.text,
  }));
}

export interface QuestionRow {
  id: string;
  roomId: string;
  documentId: string | null;
  folderId: string | null;
  askedBy: string | null;
  askedByName: string | null;
  askedForOrganizationId: string | null;
  askedForName: StoredLocalizedText | null;
  question: string;
  assignedTo: string | null;
  assignedToName: string | null;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  isPublished: boolean;
  createdAt: Date;
}

const questionColumns = {
  id: questions.id,
  roomId: questions.roomId,
  documentId: questions.documentId,
  folderId: questions.folderId,
  askedBy: questions.askedBy,
  askedByName: sql<string | null>`(select name from ${users} where id = ${questions.askedBy})`,
  askedForOrganizationId: questions.askedForOrganizationId,
  askedForName: sql<StoredLocalizedText | null>`(select name from ${schema.organizations} where id = ${questions.askedForOrganizationId})`,
  question: questions.question,
  assignedTo: questions.assignedTo,
  assignedToName: sql<string | null>`(select name from ${users} where id = ${questions.assignedTo})`,
  answer: questions.answer,
  answeredByName: sql<string | null>`(select name from ${users} where id = ${questions.answeredBy})`,
  answeredAt: questions.answeredAt,
  isPublished: questions.isPublished,
  createdAt: questions.createdAt,
};

/**
 * Questions of a room a caller may read, newest first. `askers` of null means every question
 * (owner side); otherwise those asked for one of `organizationIds` or by `userId` personally,
 * plus the published ones (the caller then keeps those about what they can see).
 */
export async function listQuestions(
  db: Database,
  roomId: string,
  reader: { userId: string; organizationIds: string[] } | null,
): Promise<QuestionRow[]> {
  let visible: SQL | undefined;
  if (reader) {
    const own = and(isNull(questions.askedForOrganizationId), eq(questions.askedBy, reader.userId));
    visible = or(
      eq(questions.isPublished, true),
      own,
      reader.organizationIds.length
        ? inArray(questions.askedForOrganizationId, reader.organizationIds)
        : undefined,
    );
  }
  return db
    .select(questionColumns)
    .from(questions)
    .where(and(eq(questions.roomId, roomId), visible))
    .orderBy(desc(questions.createdAt), desc(questions.id));
}

export async function findQuestion(db: Database, id: string): Promise<QuestionRow | null> {
  const [row] = await db.select(questionColumns).from(questions).where(eq(questions.id, id));
  return row ?? null;
}

export async function insertQuestion(
  db: Database,
  input: {
    roomId: string;
    documentId: string | null;
    folderId: string | null;
    askedBy: string;
    askedForOrganizationId: string | null;
    question: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(questions).values(input).returning({ id: questions.id });
  return row!.id;
}

export async function updateQuestion(
  db: Database,
  id: string,
  change: Partial<{
    assignedTo: string;
    answer: string;
    answeredBy: string | null;
    answeredAt: Date;
    isPublished: boolean;
  }>,
): Promise<void> {
  await db.update(questions).set(change).where(eq(questions.id, id));
}

/** Whether the user belongs to the organisation (owner-side colleagues for assigning). */
export async function isMember(db: Database, organizationId: string, userId: string): Promise<boolean> {
  const m = schema.memberships;
  const [row] = await db
    .select({ userId: m.userId })
    .from(m)
    .where(and(eq(m.organizationId, organizationId), eq(m.userId, userId)));
  return Boolean(row);
}

/** Names of folders and documents by id, binned ones included (for subjects of questions). */
export async function namesOf(
  db: Database,
  ids: { folderIds: string[]; documentIds: string[] },
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.folderIds.length) {
    for (const row of await db
      .select({ id: folders.id, name: folders.name })
      .from(folders)
      .where(inArray(folders.id, ids.folderIds)))
      names.set(row.id, row.name);
  }
  if (ids.documentIds.length) {
    for (const row of await db
      .select({ id: documents.id, name: documents.name })
      .from(documents)
      .where(inArray(documents.id, ids.documentIds)))
      names.set(row.id, row.name);
  }
  return names;
}
