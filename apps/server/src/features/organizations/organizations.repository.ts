import { and, asc, type Database, desc, eq, gt, isNull, lt, or, type SQL, schema, sql } from '@karvan/db';
import type { LocalizedText } from '@karvan/domain';
import type { OrganizationRole, TOrganization } from './organizations.schemas.ts';

const o = schema.organizations;
const m = schema.memberships;

const memberCount = sql<number>`(select count(*)::int from ${m} where ${m.organizationId} = ${o.id})`.as(
  'member_count',
);

function myRoleColumn(userId: string | null) {
  if (!userId) return sql<OrganizationRole | null>`null::text`.as('my_role');
  return sql<OrganizationRole | null>`(select ${m.role} from ${m} where ${m.organizationId} = ${o.id} and ${m.userId} = ${userId})`.as(
    'my_role',
  );
}

const columns = (userId: string | null) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  description: o.description,
  kind: o.kind,
  country: o.country,
  province: o.province,
  isDemo: o.isDemo,
  createdAt: o.createdAt,
  memberCount,
  myRole: myRoleColumn(userId),
});

type Row = Awaited<ReturnType<typeof selectOrganizations>>[number];
const selectOrganizations = (db: Database, userId: string | null) => db.select(columns(userId)).from(o);

const toOrganization = (row: Row): TOrganization => ({ ...row, kind: row.kind as TOrganization['kind'] });

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export async function findOrganization(
  db: Database,
  idOrSlug: string,
  viewerId: string | null,
): Promise<TOrganization | null> {
  const where = isUuid(idOrSlug) ? eq(o.id, idOrSlug) : eq(o.slug, idOrSlug.toLowerCase());
  const [row] = await selectOrganizations(db, viewerId).where(where);
  return row ? toOrganization(row) : null;
}

export interface OrganizationFilter {
  searchText: string | null;
  kind?: string | undefined;
  country?: string | undefined;
  province?: string | undefined;
  after: { createdAt: string; id: string } | null;
  limit: number;
}

/**
 * How many of the newest organisations (after the cursor, within the filters) a text search tests
 * one by one before it asks the full-text index for all its matches instead.
 */
const NEWEST_WINDOW = 3000;

/**
 * The ids of a page of a text search, newest first, chosen without trusting the planner's guess
 * of how many organisations match. A broad text ("industrial parks": 5,800 of 200,000) has its
 * page among the newest few thousand, which are tested in index order (1 ms); sorting all its
 * matches, as the planner chose when it took the two words to be independent, took 25 ms. A rare
 * text (a brand) does not fill a page there, and then the index finds its few matches (2 ms).
 * The window is a prefix of the same order, so both ways give the same page (and `in` ignores
 * the ids found both ways).
 */
function textPageIds(filters: SQL, searchText: string, size: number, newestWindow: number): SQL {
  const query = sql`plainto_tsquery('simple', ${searchText})`;
  return sql`(
    with newest as materialized (
      select id from (
        select ${o.id}, ${o}.search_vector from ${o} where ${filters}
        order by ${o.createdAt} desc, ${o.id} desc limit ${newestWindow}
      ) w where w.search_vector @@ ${query} limit ${size}
    )
    select id from newest
    union all
    select id from (
      select ${o.id} from ${o} where ${filters} and ${o}.search_vector @@ ${query}
      order by ${o.createdAt} desc, ${o.id} desc limit ${size}
    ) matches where (select count(*) from newest) < ${size}
  )`;
}

/**
 * Lists organisations newest first with keyset pagination. Text matches the stored full-text vector of
 * search_text (GIN-indexed), which holds the normalised names in every language.
 */
export async function listOrganizations(
  db: Database,
  filter: OrganizationFilter,
  viewerId: string | null,
  newestWindow = NEWEST_WINDOW,
) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(o.kind, filter.kind));
  if (filter.country) conditions.push(eq(o.country, filter.country));
  if (filter.province) conditions.push(eq(o.province, filter.province));
  if (filter.after) {
    const at = new Date(filter.after.createdAt);
    conditions.push(or(lt(o.createdAt, at), and(eq(o.createdAt, at), lt(o.id, filter.after.id)))!);
  }
  const filters = and(...conditions) ?? sql`true`;
  const where = filter.searchText
    ? sql`${o.id} in ${textPageIds(filters, filter.searchText, filter.limit + 1, newestWindow)}`
    : filters;
  const rows = await selectOrganizations(db, viewerId)
    .where(where)
    .orderBy(desc(o.createdAt), desc(o.id))
    .limit(filter.limit + 1);
  return { items: rows.slice(0, filter.limit).map(toOrganization), hasMore: rows.length > filter.limit };
}

export async function isSlugTaken(db: Database, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: o.id }).from(o).where(eq(o.slug, slug));
  return Boolean(row);
}

export async function insertOrganization(
  db: Database,
  values: {
    slug: string;
    name: LocalizedText;
    description: LocalizedText;
    kind: string;
    country: string;
    province: string | null;
    searchText: string;
    isDemo?: boolean;
    now: Date;
  },
): Promise<string | null> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(o)
    .values({ ...rest, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: o.slug })
    .returning({ id: o.id });
  return row?.id ?? null;
}

export async function updateOrganization(
  db: Database,
  id: string,
  changes: Partial<{
    name: LocalizedText;
    description: LocalizedText;
    province: string | null;
    searchText: string;
  }>,
  now: Date,
): Promise<void> {
  await db
    .update(o)
    .set({ ...changes, updatedAt: now })
    .where(eq(o.id, id));
}

// Memberships

export async function findRole(
  db: Database,
  organizationId: string,
  userId: string,
): Promise<OrganizationRole | null> {
  const [row] = await db
    .select({ role: m.role })
    .from(m)
    .where(and(eq(m.organizationId, organizationId), eq(m.userId, userId)));
  return (row?.role as OrganizationRole | undefined) ?? null;
}

export async function upsertMembership(
  db: Database,
  organizationId: string,
  userId: string,
  role: OrganizationRole,
  now: Date,
) {
  await db
    .insert(m)
    .values({ organizationId, userId, role, createdAt: now })
    .onConflictDoUpdate({ target: [m.organizationId, m.userId], set: { role } });
}

export async function deleteMembership(
  db: Database,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(m)
    .where(and(eq(m.organizationId, organizationId), eq(m.userId, userId)))
    .returning({ userId: m.userId });
  return rows.length > 0;
}

/** Counts owners, locking their rows so two concurrent demotions cannot both pass the last-owner check. */
export async function countOwnersForUpdate(db: Database, organizationId: string): Promise<number> {
  const rows = await db
    .select({ userId: m.userId })
    .from(m)
    .where(and(eq(m.organizationId, organizationId), eq(m.role, 'owner')))
    .for('update');
  return rows.length;
}

export async function listMembers(db: Database, organizationId: string) {
  const rows = await db
    .select({
      userId: m.userId,
      name: schema.users.name,
      email: schema.users.email,
      role: m.role,
      joinedAt: m.createdAt,
    })
    .from(m)
    .innerJoin(schema.users, eq(schema.users.id, m.userId))
    .where(eq(m.organizationId, organizationId))
    .orderBy(asc(m.createdAt));
  return rows.map((row) => ({ ...row, role: row.role as OrganizationRole }));
}

export async function listMembershipsOfUser(db: Database, userId: string) {
  const rows = await db
    .select({ id: o.id, slug: o.slug, name: o.name, kind: o.kind, country: o.country, role: m.role })
    .from(m)
    .innerJoin(o, eq(o.id, m.organizationId))
    .where(eq(m.userId, userId))
    .orderBy(asc(m.createdAt));
  return rows.map(({ role, ...organization }) => ({
    organization: { ...organization, name: organization.name as Record<string, string> },
    role: role as OrganizationRole,
  }));
}

// Invitations

const inv = schema.invitations;
const openInvitation = (now: Date) =>
  and(isNull(inv.acceptedAt), isNull(inv.closedAt), gt(inv.expiresAt, now));

export async function insertInvitation(
  db: Database,
  values: {
    organizationId: string;
    email: string;
    role: OrganizationRole;
    invitedBy: string | null;
    expiresAt: Date;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(inv)
    .values({ ...rest, createdAt: now })
    .returning({
      id: inv.id,
      email: inv.email,
      role: inv.role,
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
    });
  return { ...row!, role: row!.role as OrganizationRole };
}

export async function listOpenInvitations(db: Database, organizationId: string, now: Date) {
  const rows = await db
    .select({
      id: inv.id,
      email: inv.email,
      role: inv.role,
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
    })
    .from(inv)
    .where(and(eq(inv.organizationId, organizationId), openInvitation(now)))
    .orderBy(desc(inv.createdAt));
  return rows.map((row) => ({ ...row, role: row.role as OrganizationRole }));
}

export async function listInvitationsForEmail(db: Database, email: string, now: Date) {
  const rows = await db
    .select({
      id: inv.id,
      role: inv.role,
      createdAt: inv.createdAt,
      organization: { id: o.id, slug: o.slug, name: o.name, kind: o.kind },
    })
    .from(inv)
    .innerJoin(o, eq(o.id, inv.organizationId))
    .where(and(eq(inv.email, email), openInvitation(now)))
    .orderBy(desc(inv.createdAt));
  return rows.map((row) => ({ ...row, role: row.role as OrganizationRole }));
}

export async function findOpenInvitation(db: Database, invitationId: string, now: Date) {
  const [row] = await db
    .select({ id: inv.id, organizationId: inv.organizationId, email: inv.email, role: inv.role })
    .from(inv)
    .where(and(eq(inv.id, invitationId), openInvitation(now)));
  return row ? { ...row, role: row.role as OrganizationRole } : null;
}

export async function closeInvitation(
  db: Database,
  invitationId: string,
  outcome: 'accepted' | 'closed',
  now: Date,
) {
  await db
    .update(inv)
    .set(outcome === 'accepted' ? { acceptedAt: now } : { closedAt: now })
    .where(eq(inv.id, invitationId));
}

export async function isKnownProvince(db: Database, country: string, province: string): Promise<boolean> {
  const [row] = await db
    .select({ code: schema.refProvinces.code })
    .from(schema.refProvinces)
    .where(and(eq(schema.refProvinces.code, province), eq(schema.refProvinces.country, country)));
  return Boolean(row);
}

export async function isKnownCountry(db: Database, country: string): Promise<boolean> {
  const [row] = await db
    .select({ code: schema.refCountries.code })
    .from(schema.refCountries)
    .where(eq(schema.refCountries.code, country));
  return Boolean(row);
}
