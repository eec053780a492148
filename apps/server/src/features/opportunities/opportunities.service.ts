import { type Locale, type LocalizedText, toSearchText } from '@karvan/domain';
import type { OpportunityStatus } from '@karvan/domain/opportunity';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, auditActorOf, deny } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import { rateTable } from '../exchange-rates/exchange-rates.service.ts';
import { referenceLookups } from '../reference/reference-lookups.ts';
import { opportunityPolicies as can } from './opportunities.policies.ts';
import * as repo from './opportunities.repository.ts';
import type {
  TCreateOpportunityRequest,
  TManageQuery,
  TOpportunity,
  TUpdateOpportunityRequest,
} from './opportunities.schemas.ts';
import { checkReferences, firstLanguageOf, requiredUsdOf, searchTextOf } from './opportunity-values.ts';

export const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

type Detail = NonNullable<Awaited<ReturnType<typeof repo.findOpportunity>>>;

function toOpportunity(actor: Actor, row: Detail, isMember: boolean): TOpportunity {
  const status = row.status as OpportunityStatus;
  return {
    ...repo.toSummary(row),
    description: row.description ?? {},
    contact: can.canSeeContact(actor)
      ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone }
      : null,
    statusNote: can.canViewTimeline(actor, isMember) ? row.statusNote : null,
    createdAt: row.createdAt,
    allowed: {
      edit: can.canEdit(actor, status, isMember),
      submit: can.canSubmit(actor, status, isMember),
      publish: can.canPublish(actor, status),
      return: can.canReturn(actor, status),
      close: can.canClose(actor, status, isMember),
      viewTimeline: can.canViewTimeline(actor, isMember),
    },
  };
}

/** Loads an opportunity the actor may see, or answers 404 — never 403, which would confirm it exists. */
async function loadVisible(deps: AppDeps, actor: Actor, id: string) {
  const row = await repo.findOpportunity(deps.db, id);
  if (!row) throw new AppError('resource.not_found');
  const isMember = await repo.isMemberOf(deps.db, row.organizationId, userIdOf(actor));
  if (!can.canView(actor, row.status as OpportunityStatus, isMember))
    throw new AppError('resource.not_found');
  return { row, isMember };
}

export async function getOpportunity(deps: AppDeps, actor: Actor, id: string): Promise<TOpportunity> {
  const { row, isMember } = await loadVisible(deps, actor, id);
  return toOpportunity(actor, row, isMember);
}

/** The columns written from the API fields given (undefined ones are left alone on update). */
async function valuesFrom(
  deps: AppDeps,
  input: TUpdateOpportunityRequest,
  current: {
    title: LocalizedText | null;
    summary: LocalizedText | null;
    kind: string | null;
    province: string | null;
    commodities: string[] | null;
    externalId: string | null;
  } | null,
  locale: Locale,
): Promise<Partial<repo.OpportunityValues>> {
  const lookups = referenceLookups();
  const derived = checkReferences(lookups, input, locale);
  const values: Partial<repo.OpportunityValues> = {};
  const set = <K extends keyof repo.OpportunityValues>(
    key: K,
    value: repo.OpportunityValues[K] | undefined,
  ) => {
    if (value !== undefined) values[key] = value;
  };
  set('kind', input.kind);
  set('title', input.title);
  set('summary', input.summary);
  set('description', input.description);
  set('externalId', input.externalId);
  if (input.title || input.sourceLanguage) {
    set('sourceLanguage', input.sourceLanguage ?? firstLanguageOf(input.title ?? current?.title ?? {}));
  }
  if (input.textOrigins) set('textOrigins', input.textOrigins as Record<string, string>);
  if (input.province) {
    set('province', input.province);
    set('country', derived.country);
  }
  set('latitude', input.latitude);
  set('longitude', input.longitude);
  set('isic', input.isic);
  set('isicPaths', derived.isicPaths);
  set('commodities', input.commodities);
  set('hs', input.hs);
  set('investmentTypes', input.investmentTypes);
  if (input.requiredInvestment !== undefined) {
    const money = input.requiredInvestment;
    values.requiredAmount = money?.amount ?? null;
    values.requiredCurrency = money?.currency ?? null;
    values.requiredUsd = requiredUsdOf(await rateTable(deps), money);
  }
  if (input.capacity !== undefined) {
    values.capacity = input.capacity?.quantity ?? null;
    values.capacityUnit = input.capacity?.unit ?? null;
  }
  set('stage', input.stage);
  if (input.contact) {
    values.contactName = input.contact.name ?? null;
    values.contactEmail = input.contact.email ?? null;
    values.contactPhone = input.contact.phone ?? null;
  }
  const merged = {
    title: input.title ?? current?.title ?? {},
    summary: input.summary ?? current?.summary ?? {},
    kind: input.kind ?? current?.kind ?? 'other',
    province: input.province ?? current?.province ?? '',
    commodities: input.commodities ?? current?.commodities ?? [],
    externalId: input.externalId ?? current?.externalId ?? null,
  };
  values.searchText = searchTextOf(lookups, merged);
  return values;
}

function assertCoordinates(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
  locale: Locale,
) {
  if ((latitude == null) !== (longitude == null)) {
    const path = latitude == null ? 'latitude' : 'longitude';
    throw new AppError('validation.failed', { errors: [fieldError(path, 'coordinates_incomplete', locale)] });
  }
}

export async function createOpportunity(
  deps: AppDeps,
  actor: Actor,
  input: TCreateOpportunityRequest,
  locale: Locale,
  options: { isDemo?: boolean } = {},
): Promise<TOpportunity> {
  const isMember = await repo.isMemberOf(deps.db, input.organizationId, userIdOf(actor));
  if (!can.canCreate(actor, isMember)) deny(actor);
  assertCoordinates(input.latitude, input.longitude, locale);
  const { organizationId, ...fields } = input;
  const values = await valuesFrom(deps, fields, null, locale);
  const now = deps.now();
  const id = await inTransaction(deps.db, async (tx) => {
    if (input.externalId && (await repo.isExternalIdTaken(tx, organizationId, input.externalId))) {
      throw new AppError('opportunity.external_id_taken');
    }
    const id = await repo.insertOpportunity(tx, {
      ...(values as repo.OpportunityValues),
      organizationId,
      status: 'draft',
      isDemo: options.isDemo ?? false,
      createdBy: userIdOf(actor),
      createdAt: now,
      updatedAt: now,
    });
    await recordEvent(tx, actor, { opportunityId: id, at: now, action: 'created', toStatus: 'draft' });
    await appendAudit(
      tx,
      actor,
      { action: 'opportunity.created', subjectType: 'opportunity', subjectId: id, data: { organizationId } },
      now,
    );
    return id;
  });
  return getOpportunity(deps, actor, id);
}

export async function updateOpportunity(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: TUpdateOpportunityRequest,
  locale: Locale,
): Promise<TOpportunity> {
  const { row, isMember } = await loadVisible(deps, actor, id);
  if (!can.canEdit(actor, row.status as OpportunityStatus, isMember)) deny(actor);
  const latitude = input.latitude !== undefined ? input.latitude : row.latitude;
  const longitude = input.longitude !== undefined ? input.longitude : row.longitude;
  assertCoordinates(latitude, longitude, locale);
  const values = await valuesFrom(deps, input, row, locale);
  const now = deps.now();
  await inTransaction(deps.db, async (tx) => {
    if (input.externalId && (await repo.isExternalIdTaken(tx, row.organizationId, input.externalId, id))) {
      throw new AppError('opportunity.external_id_taken');
    }
    await repo.updateOpportunity(tx, id, { ...values, updatedAt: now });
    await recordEvent(tx, actor, { opportunityId: id, at: now, action: 'updated' });
    await appendAudit(
      tx,
      actor,
      {
        action: 'opportunity.updated',
        subjectType: 'opportunity',
        subjectId: id,
        data: { fields: Object.keys(input) },
      },
      now,
    );
  });
  return getOpportunity(deps, actor, id);
}

export type WorkflowStep = 'submit' | 'publish' | 'return' | 'close';

const TARGET: Record<WorkflowStep, OpportunityStatus> = {
  submit: 'submitted',
  publish: 'published',
  return: 'returned',
  close: 'closed',
};

function mayTake(step: WorkflowStep, actor: Actor, status: OpportunityStatus, isMember: boolean): boolean {
  switch (step) {
    case 'submit':
      return can.canSubmit(actor, status, isMember);
    case 'publish':
      return can.canPublish(actor, status);
    case 'return':
      return can.canReturn(actor, status);
    case 'close':
      return can.canClose(actor, status, isMember);
  }
}

/**
 * Moves an opportunity one step through vetting. The row is locked, so of two officers acting
 * at once one wins and the other gets 409. Returning and closing need a comment (the reason).
 */
export async function takeStep(
  deps: AppDeps,
  actor: Actor,
  id: string,
  step: WorkflowStep,
  comment: string | null,
): Promise<TOpportunity> {
  const { isMember } = await loadVisible(deps, actor, id);
  const now = deps.now();
  await inTransaction(deps.db, async (tx) => {
    const current = await repo.lockStatus(tx, id);
    if (!current) throw new AppError('resource.not_found');
    if (!mayTake(step, actor, current.status, isMember)) {
      // Someone who may never take this step is refused; a step that does not fit the state is a conflict.
      const anyState = (['draft', 'submitted', 'returned', 'published'] as const).some((s) =>
        mayTake(step, actor, s, isMember),
      );
      if (!anyState) deny(actor);
      throw new AppError('opportunity.invalid_transition');
    }
    const to = TARGET[step];
    await repo.updateOpportunity(tx, id, {
      status: to,
      updatedAt: now,
      ...(step === 'publish' ? { publishedAt: now, statusNote: null } : {}),
      ...(step === 'return' || step === 'close' ? { statusNote: comment } : {}),
    });
    await recordEvent(tx, actor, {
      opportunityId: id,
      at: now,
      action: step,
      fromStatus: current.status,
      toStatus: to,
      comment,
    });
    await appendAudit(
      tx,
      actor,
      {
        action: `opportunity.${step}`,
        subjectType: 'opportunity',
        subjectId: id,
        data: { from: current.status, to, ...(comment ? { comment } : {}) },
      },
      now,
    );
  });
  return getOpportunity(deps, actor, id);
}

async function recordEvent(
  tx: AppDeps['db'],
  actor: Actor,
  event: Omit<repo.EventInput, 'actorUserId' | 'actorKind'>,
) {
  await repo.insertEvent(tx, { ...event, ...auditActorOf(actor) });
}

export async function listTimeline(deps: AppDeps, actor: Actor, id: string) {
  const { isMember } = await loadVisible(deps, actor, id);
  if (!can.canViewTimeline(actor, isMember)) throw new AppError('resource.not_found');
  const events = await repo.listEvents(deps.db, id);
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    comment: e.comment,
    actor: { kind: e.actorKind, name: e.actorName },
  }));
}

/** Owners see their organisations' opportunities in every state; officers see all of them. */
export async function listManaged(deps: AppDeps, actor: Actor, query: TManageQuery) {
  const userId = userIdOf(actor);
  if (!userId) deny(actor);
  let organizationIds: string[] | null = null;
  if (!can.isOfficer(actor)) {
    const mine = await repo.organizationIdsOf(deps.db, userId);
    organizationIds = query.organizationId ? mine.filter((id) => id === query.organizationId) : mine;
  } else if (query.organizationId) {
    organizationIds = [query.organizationId];
  }
  const offset = Number(decodeCursor(query.cursor)?.[0] ?? 0) || 0;
  const { items, hasMore } = await repo.listManaged(deps.db, {
    organizationIds,
    statuses: query.status,
    searchText: query.q ? toSearchText(query.q) || null : null,
    offset,
    limit: query.limit,
  });
  return { items, nextCursor: hasMore ? encodeCursor([offset + query.limit]) : null };
}
