import { and, type Database, desc, eq, inArray, type SQL, schema, sql } from '@karvan/db';
import type { OpportunityStatus } from '@karvan/domain/opportunity';
import type { TOpportunitySummary } from './opportunities.schemas.ts';

const op = schema.opportunities;
const org = schema.organizations;
const ev = schema.opportunityEvents;

/** The columns every listing shows, with the owner organisation's name. */
export const summaryColumns = {
  id: op.id,
  externalId: op.externalId,
  status: op.status,
  kind: op.kind,
  title: op.title,
  summary: op.summary,
  sourceLanguage: op.sourceLanguage,
  textOrigins: op.textOrigins,
  organizationId: op.organizationId,
  organizationSlug: org.slug,
  organizationName: org.name,
  country: op.country,
  province: op.province,
  latitude: op.latitude,
  longitude: op.longitude,
  isic: op.isic,
  commodities: op.commodities,
  hs: op.hs,
  investmentTypes: op.investmentTypes,
  requiredAmount: op.requiredAmount,
  requiredCurrency: op.requiredCurrency,
  requiredUsd: op.requiredUsd,
  capacity: op.capacity,
  capacityUnit: op.capacityUnit,
  stage: op.stage,
  publishedAt: op.publishedAt,
  updatedAt: op.updatedAt,
  isDemo: op.isDemo,
};

const detailColumns = {
  ...summaryColumns,
  description: op.description,
  contactName: op.contactName,
  contactEmail: op.contactEmail,
  contactPhone: op.contactPhone,
  statusNote: op.statusNote,
  createdAt: op.createdAt,
};

export type SummaryRow = {
  [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] | null;
};
export type DetailRow = Awaited<ReturnType<typeof findOpportunity>> & object;

/** Numeric columns come back as strings with trailing zeros (`12.5000`); show them as written. */
export const trimDecimal = (value: string | null): string | null =>
  value === null ? null : value.includes('.') ? value.replace(/\.?0+$/, '') : value;

export function toSummary(row: SummaryRow): TOpportunitySummary {
  return {
    id: row.id!,
    externalId: row.externalId,
    status: row.status as TOpportunitySummary['status'],
    kind: row.kind as TOpportunitySummary['kind'],
    title: row.title ?? {},
    summary: row.summary ?? {},
    sourceLanguage: row.sourceLanguage as TOpportunitySummary['sourceLanguage'],
    textOrigins: (row.textOrigins ?? {}) as TOpportunitySummary['textOrigins'],
    organization: { id: row.organizationId!, slug: row.organizationSlug!, name: row.organizationName ?? {} },
    country: row.country!,
    province: row.province!,
    latitude: row.latitude,
    longitude: row.longitude,
    isic: row.isic ?? [],
    commodities: row.commodities ?? [],
    hs: row.hs ?? [],
    investmentTypes: (row.investmentTypes ?? []) as TOpportunitySummary['investmentTypes'],
    requiredInvestment:
      row.requiredAmount && row.requiredCurrency
        ? { amount: trimDecimal(row.requiredAmount)!, currency: row.requiredCurrency }
        : null,
    requiredInvestmentUsd: trimDecimal(row.requiredUsd),
    capacity:
      row.capacity && row.capacityUnit
        ? { quantity: trimDecimal(row.capacity)!, unit: row.capacityUnit }
        : null,
    stage: row.stage as TOpportunitySummary['stage'],
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt!,
    isDemo: row.isDemo ?? false,
  };
}

export const selectSummaries = (db: Database) =>
  db.select(summaryColumns).from(op).innerJoin(org, eq(org.id, op.organizationId));

export async function findOpportunity(db: Database, id: string) {
  const [row] = await db
    .select(detailColumns)
    .from(op)
    .innerJoin(org, eq(org.id, op.organizationId))
    .where(eq(op.id, id));
  return row ?? null;
}

/** What the service writes; the database fills id and timestamps it is not given. */
export type OpportunityValues = typeof op.$inferInsert;

export async function insertOpportunity(db: Database, values: OpportunityValues): Promise<string> {
  const [row] = await db.insert(op).values(values).returning({ id: op.id });
  return row!.id;
}

export async function updateOpportunity(db: Database, id: string, values: Partial<OpportunityValues>) {
  await db.update(op).set(values).where(eq(op.id, id));
}

/** Locks the row for a workflow transition so two officers cannot both act on one state. */
export async function lockStatus(
  db: Database,
  id: string,
): Promise<{ status: OpportunityStatus; organizationId: string } | null> {
  const [row] = await db
    .select({ status: op.status, organizationId: op.organizationId })
    .from(op)
    .where(eq(op.id, id))
    .for('update');
  return row ? { status: row.status as OpportunityStatus, organizationId: row.organizationId } : null;
}

export async function isExternalIdTaken(
  db: Database,
  organizationId: string,
  externalId: string,
  exceptId?: string,
) {
  const conditions = [eq(op.organizationId, organizationId), eq(op.externalId, externalId)];
  if (exceptId) conditions.push(sql`${op.id} <> ${exceptId}`);
  const [row] = await db
    .select({ id: op.id })
    .from(op)
    .where(and(...conditions));
  return Boolean(row);
}

export interface EventInput {
  opportunityId: string;
  at: Date;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  comment?: string | null;
}

export async function insertEvent(db: Database, event: EventInput) {
  await db.insert(ev).values(event);
}

export async function listEvents(db: Database, opportunityId: string) {
  return db
    .select({
      id: ev.id,
      at: ev.at,
      action: ev.action,
      fromStatus: ev.fromStatus,
      toStatus: ev.toStatus,
      comment: ev.comment,
      actorKind: ev.actorKind,
      actorName: schema.users.name,
    })
    .from(ev)
    .leftJoin(schema.users, eq(schema.users.id, ev.actorUserId))
    .where(eq(ev.opportunityId, opportunityId))
    .orderBy(ev.seq);
}

export async function isMemberOf(
  db: Database,
  organizationId: string,
  userId: string | null,
): Promise<boolean> {
  if (!userId) return false;
  const m = schema.memberships;
  const [row] = await db
    .select({ role: m.role })
    .from(m)
    .where(and(eq(m.organizationId, organizationId), eq(m.userId, userId)));
  return Boolean(row);
}

export async function organizationIdsOf(db: Database, userId: string): Promise<string[]> {
  const m = schema.memberships;
  const rows = await db.select({ id: m.organizationId }).from(m).where(eq(m.userId, userId));
  return rows.map((r) => r.id);
}

export interface ManageFilter {
  /** null: every organisation (officers). */
  organizationIds: string[] | null;
  statuses: string[] | undefined;
  searchText: string | null;
  offset: number;
  limit: number;
}

/** The working list of owners and officers: any status, most recently changed first. */
export async function listManaged(db: Database, filter: ManageFilter) {
  const conditions: SQL[] = [];
  if (filter.organizationIds) {
    if (!filter.organizationIds.length) return { items: [], hasMore: false };
    conditions.push(inArray(op.organizationId, filter.organizationIds));
  }
  if (filter.statuses?.length) conditions.push(inArray(op.status, filter.statuses));
  if (filter.searchText) conditions.push(textMatches(filter.searchText));
  const rows = await selectSummaries(db)
    .where(and(...conditions))
    .orderBy(desc(op.updatedAt), desc(op.id))
    .limit(filter.limit + 1)
    .offset(filter.offset);
  return { items: rows.slice(0, filter.limit).map(toSummary), hasMore: rows.length > filter.limit };
}

/**
 * Full text over the normalised search text (the stored `search_vector`, GIN-indexed). Typos are
 * handled before this, by correcting the words (platform/search-correction.ts).
 */
export const textMatches = (searchText: string): SQL =>
  sql`${op}.search_vector @@ plainto_tsquery('simple', ${searchText})`;
