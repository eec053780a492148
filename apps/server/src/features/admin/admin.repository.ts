import { and, type Database, desc, eq, ilike, lt, or, schema, sql } from '@karvan/db';

export async function listUsers(
  db: Database,
  filter: { q?: string | undefined; beforeEmail?: string | null; limit: number },
) {
  const u = schema.users;
  const conditions = [];
  if (filter.q) conditions.push(or(ilike(u.email, `%${filter.q}%`), ilike(u.name, `%${filter.q}%`)));
  if (filter.beforeEmail) conditions.push(sql`${u.email} > ${filter.beforeEmail}`);
  const rows = await db
    .select({
      id: u.id,
      email: u.email,
      name: u.name,
      platformRoles: u.platformRoles,
      createdAt: u.createdAt,
      isDemo: u.isDemo,
    })
    .from(u)
    .where(and(...conditions))
    .orderBy(u.email)
    .limit(filter.limit + 1);
  return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
}

export async function setPlatformRoles(
  db: Database,
  userId: string,
  roles: string[],
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(schema.users)
    .set({ platformRoles: roles, updatedAt: now })
    .where(eq(schema.users.id, userId))
    .returning({ id: schema.users.id });
  return rows.length > 0;
}

export async function listOutbox(
  db: Database,
  before: { createdAt: Date; id: string } | null,
  limit: number,
) {
  const t = schema.outboxMessages;
  const rows = await db
    .select({
      id: t.id,
      to: t.to,
      subject: t.subject,
      text: t.text,
      kind: t.kind,
      sentVia: t.sentVia,
      createdAt: t.createdAt,
    })
    .from(t)
    .where(
      before
        ? or(lt(t.createdAt, before.createdAt), and(eq(t.createdAt, before.createdAt), lt(t.id, before.id)))
        : undefined,
    )
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

export async function listAudit(db: Database, beforeSeq: number | null, limit: number) {
  const t = schema.auditLog;
  const rows = await db
    .select({
      seq: t.seq,
      at: t.at,
      actorUserId: t.actorUserId,
      actorKind: t.actorKind,
      action: t.action,
      subjectType: t.subjectType,
      subjectId: t.subjectId,
      data: t.data,
      hash: t.hash,
    })
    .from(t)
    .where(beforeSeq ? lt(t.seq, beforeSeq) : undefined)
    .orderBy(desc(t.seq))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}
